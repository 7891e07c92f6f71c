import { useState } from 'react';
import { minLevelWords, SKILL_LEVELS, TALENT_KINDS } from '@shared/domain';
import { Button } from '../../components/Button';
import { RoleSelect } from '../../components/RoleSelect';
import { KIND_GROUP_LABEL } from '../../lib/talentKinds';
import { useStore } from '../../store';
import { PRESET_LABEL, presetRange, type FreeForm, type RangePreset } from './freeQuery';
import { todayIso } from '../../lib/format';

const PRESETS = Object.keys(PRESET_LABEL) as RangePreset[];

/** When, who (role, skills with a level, kind, tags) and how free: every change searches again. */
export function FreeFilters() {
  const form = useStore((s) => s.freeForm);
  const set = useStore((s) => s.setFreeForm);
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const [tagText, setTagText] = useState(form.tags.join(', '));
  const [minText, setMinText] = useState(form.minValue);

  const toggleKind = (k: FreeForm['kinds'][number]) => set({ kinds: form.kinds.includes(k) ? form.kinds.filter((x) => x !== k) : [...form.kinds, k] });
  const skillName = (id: number) => skills.find((s) => s.id === id)?.name ?? 'Skill';
  const setLevel = (skillId: number, minLevel: number) => set({ skills: form.skills.map((s) => (s.skillId === skillId ? { ...s, minLevel } : s)) });
  const commitTags = () => {
    const tags = [...new Set(tagText.split(',').map((t) => t.trim()).filter(Boolean))].slice(0, 20);
    if (tags.join('\u0000') !== form.tags.join('\u0000')) set({ tags });
  };

  return (
    <div className="ft-filters">
      <div className="ft-line">
        <span className="ft-label" id="ft-when">When</span>
        <div className="segmented" role="group" aria-labelledby="ft-when">
          {PRESETS.map((p) => (
            <button key={p} type="button" aria-pressed={form.preset === p} onClick={() => set({ preset: p, ...presetRange(p, todayIso()) })}>
              {PRESET_LABEL[p]}
            </button>
          ))}
        </div>
        <input className="input" type="date" aria-label="First day" value={form.start} onChange={(e) => set({ start: e.target.value, preset: null })} />
        <span className="muted">to</span>
        <input className="input" type="date" aria-label="Last day" value={form.end} onChange={(e) => set({ end: e.target.value, preset: null })} />
      </div>
      <div className="ft-line">
        <span className="ft-label">Who</span>
        <RoleSelect roles={roles} value={form.roleId} onChange={(roleId) => set({ roleId })} anyLabel="Any role" aria-label="Role" data-autofocus />
        <select className="select" aria-label="Add a skill" value="" onChange={(e) => e.target.value && set({ skills: [...form.skills, { skillId: Number(e.target.value), minLevel: 1 }] })}>
          <option value="">Add a skill…</option>
          {skills.filter((s) => !form.skills.some((x) => x.skillId === s.id)).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <div className="segmented" role="group" aria-label="Kind">
          {TALENT_KINDS.map((k) => (
            <button key={k} type="button" aria-pressed={form.kinds.includes(k)} onClick={() => toggleKind(k)}>
              {KIND_GROUP_LABEL[k]}
            </button>
          ))}
        </div>
        <input className="input ft-tags" type="text" aria-label="Tags" placeholder="Tags, comma-separated" value={tagText} onChange={(e) => setTagText(e.target.value)} onBlur={commitTags} onKeyDown={(e) => e.key === 'Enter' && commitTags()} />
      </div>
      {form.skills.length > 0 && (
        <ul className="ft-chips" aria-label="Skills asked for">
          {form.skills.map((s) => (
            <li key={s.skillId} className="ft-chip">
              <span>{skillName(s.skillId)}</span>
              <select className="ft-chip-level" aria-label={`Minimum level of ${skillName(s.skillId)}`} value={s.minLevel} onChange={(e) => setLevel(s.skillId, Number(e.target.value))}>
                {SKILL_LEVELS.map((n) => (
                  <option key={n} value={n}>
                    {minLevelWords(n).toLowerCase()}
                  </option>
                ))}
              </select>
              <Button variant="ghost" size="sm" iconOnly icon="close" label={`Remove ${skillName(s.skillId)}`} onClick={() => set({ skills: form.skills.filter((x) => x.skillId !== s.skillId) })} />
            </li>
          ))}
        </ul>
      )}
      <div className="ft-line">
        <span className="ft-label" id="ft-free">Free</span>
        <span>at least</span>
        <input
          className="input num ft-min"
          type="text"
          inputMode="decimal"
          aria-label={form.minMode === 'hours' ? 'At least this many hours free' : 'At least this share of capacity free'}
          placeholder="0"
          value={minText}
          onChange={(e) => setMinText(e.target.value)}
          onBlur={() => minText !== form.minValue && set({ minValue: minText })}
          onKeyDown={(e) => e.key === 'Enter' && set({ minValue: minText })}
        />
        <select className="select" aria-label="Hours or share of capacity" value={form.minMode} onChange={(e) => set({ minMode: e.target.value as FreeForm['minMode'] })}>
          <option value="hours">hours over the days</option>
          <option value="percent">% of their capacity</option>
        </select>
        <label className="ft-check">
          <input type="checkbox" checked={form.tentativeIsFree} onChange={(e) => set({ tentativeIsFree: e.target.checked })} />
          Count tentative bookings as free
        </label>
      </div>
    </div>
  );
}
