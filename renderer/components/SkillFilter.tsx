import type { Skill } from '@shared/domain';

interface Props {
  skills: Skill[];
  skillId: number | null;
  minLevel: number;
  onChange: (patch: { skillId?: number | null; minLevel?: number }) => void;
}

/** "Any skill", or a skill and the minimum level someone must have in it: the filter every people view shares. */
export function SkillFilter({ skills, skillId, minLevel, onChange }: Props) {
  return (
    <>
      <select className="select" aria-label="Skill" value={skillId ?? ''} onChange={(e) => onChange({ skillId: e.target.value ? Number(e.target.value) : null })}>
        <option value="">Any skill</option>
        {skills.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {skillId !== null && (
        <select className="select" aria-label="Minimum skill level" value={minLevel} onChange={(e) => onChange({ minLevel: Number(e.target.value) })}>
          <option value={1}>Any level</option>
          {[2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              Level {n}+
            </option>
          ))}
        </select>
      )}
    </>
  );
}
