import type { ReactNode } from 'react';
import { minLevelWords, SKILL_LEVELS, type Skill } from '@shared/domain';
import { Button } from '../../components/Button';
import { FieldMessage } from '../../components/Field';
import { errorFor, type FieldErrors } from '../../lib/fieldErrors';

interface Props {
  value: { skillId: number; level: number }[];
  onChange: (value: { skillId: number; level: number }[]) => void;
  skills: Skill[];
  errors: FieldErrors;
  /** What the 1–5 picker of a person's own level is called. */
  levelLabel?: string;
  /** Requirements (a demand line, a template's role hours): the level is a minimum, chosen in words ("Level 3+"). */
  minimum?: boolean;
  path?: string;
  /** Shown when there are no rows ('' shows nothing). */
  emptyText?: string;
  /** Shown beside "Add skill", e.g. a quick "New skill" box. */
  extra?: ReactNode;
}

/** A list of skill + level rows; errors like 'skills.1.level' land on row 1. */
export function SkillsEditor({ value, onChange, skills, errors, levelLabel = 'Level', minimum = false, path = 'skills', emptyText, extra }: Props) {
  const used = new Set(value.map((s) => s.skillId));
  const free = skills.filter((s) => !used.has(s.id));
  const empty = emptyText ?? (skills.length ? 'No skills yet.' : 'This workspace has no skills yet.');
  const setLevel = (i: number, level: number) => onChange(value.map((r, j) => (j === i ? { ...r, level } : r)));
  return (
    <div className="skills-editor">
      {value.length === 0 && empty && <p className="muted">{empty}</p>}
      {value.map((row, i) => {
        const name = skills.find((s) => s.id === row.skillId)?.name ?? 'skill';
        return (
          <div key={row.skillId} className="skill-row">
            <select
              className="select"
              aria-label={`Skill ${i + 1}`}
              value={row.skillId}
              onChange={(e) => onChange(value.map((r, j) => (j === i ? { ...r, skillId: Number(e.target.value) } : r)))}
            >
              {skills
                .filter((s) => s.id === row.skillId || !used.has(s.id))
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </select>
            {minimum ? (
              <select className="select" aria-label={`Minimum level of ${name}`} value={row.level} onChange={(e) => setLevel(i, Number(e.target.value))}>
                {SKILL_LEVELS.map((n) => (
                  <option key={n} value={n}>
                    {minLevelWords(n)}
                  </option>
                ))}
              </select>
            ) : (
              <div className="level-picker" role="radiogroup" aria-label={`${levelLabel} for ${name}`}>
                {SKILL_LEVELS.map((n) => (
                  <button key={n} type="button" role="radio" aria-checked={row.level === n} className={n <= row.level ? 'on' : ''} onClick={() => setLevel(i, n)} title={`${levelLabel} ${n}`}>
                    {n}
                  </button>
                ))}
              </div>
            )}
            <Button variant="ghost" size="sm" iconOnly icon="trash" label={`Remove ${name}`} onClick={() => onChange(value.filter((_, j) => j !== i))} />
            <FieldMessage error={errorFor(errors, `${path}.${i}`)} />
          </div>
        );
      })}
      <div className="add-row">
        {skills.length > 0 && (
          <Button size="sm" icon="plus" disabled={free.length === 0} onClick={() => onChange([...value, { skillId: free[0].id, level: 3 }])}>
            Add skill
          </Button>
        )}
        {extra}
      </div>
      <FieldMessage error={errors[path]} />
    </div>
  );
}
