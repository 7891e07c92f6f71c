import { useEffect, useRef, useState, type ReactNode } from 'react';
import { minLevelWords, SKILL_LEVELS, TALENT_KINDS, type Role, type Skill, type TalentKind } from '@shared/domain';
import type { TalentFilterFields } from '../lib/talentFilter';
import { KIND_GROUP_LABEL } from '../lib/talentKinds';
import { useDebounced } from '../lib/useDebounced';
import { RoleSelect } from './RoleSelect';
import { ROVING } from '../lib/roving';

interface Props {
  filter: TalentFilterFields;
  onChange: (patch: Partial<TalentFilterFields>) => void;
  roles: Role[];
  skills: Skill[];
  searchPlaceholder?: string;
  /** Widths of the search and tag boxes, in px. */
  widths?: { search: number; tag: number };
  /** Controls shown after the role (e.g. "Also as other role"). */
  afterRole?: ReactNode;
  /** Which controls: all (default), the search and role only, or the rest (kind, skill and level, tag) for a folded-away panel. */
  part?: 'all' | 'searchRole' | 'rest';
}

/**
 * Search, kind, role, skill with a minimum level, and tag. Typed text and tags are applied 250 ms
 * after the last key; the boxes follow the filter when it is reset from outside.
 */
export function TalentFilterControls({ filter, onChange, roles, skills, searchPlaceholder = 'Search name, role, skill, tag…', widths = { search: 220, tag: 110 }, afterRole, part = 'all' }: Props) {
  const [text, setText] = useState(filter.text);
  const [tag, setTag] = useState(filter.tag);
  const debouncedText = useDebounced(text, 250);
  const debouncedTag = useDebounced(tag, 250);
  // Only typing (once debounced) applies text and tag: a reset from outside must not be undone here.
  // A part sends only its own box: the other part's box may be typed in at the same moment.
  const latest = useRef({ filter, onChange, part });
  latest.current = { filter, onChange, part };
  useEffect(() => {
    const { filter: f, onChange: change, part: p } = latest.current;
    const patch = p === 'rest' ? { tag: debouncedTag } : p === 'searchRole' ? { text: debouncedText } : { text: debouncedText, tag: debouncedTag };
    if ((patch.text ?? f.text) !== f.text || (patch.tag ?? f.tag) !== f.tag) change(patch);
  }, [debouncedText, debouncedTag]);
  useEffect(() => {
    setText(filter.text);
    setTag(filter.tag);
  }, [filter.text, filter.tag]);

  const toggleKind = (kind: TalentKind) => onChange({ kinds: filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind] });

  const main = part !== 'rest';
  const rest = part !== 'searchRole';
  return (
    <>
      {main && (
        <input
          className="input input-search"
          type="search"
          placeholder={searchPlaceholder}
          aria-label="Search people"
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: widths.search }}
        />
      )}
      {rest && (
        <div className="segmented" role="group" aria-label="Kind" {...ROVING}>
          {TALENT_KINDS.map((k) => (
            <button key={k} type="button" aria-pressed={filter.kinds.includes(k)} onClick={() => toggleKind(k)}>
              {KIND_GROUP_LABEL[k]}
            </button>
          ))}
        </div>
      )}
      {main && <RoleSelect roles={roles} value={filter.roleId} onChange={(roleId) => onChange({ roleId })} anyLabel="Any role" aria-label="Role" />}
      {main && afterRole}
      {rest && (
        <select className="select" aria-label="Skill" value={filter.skillId ?? ''} onChange={(e) => onChange({ skillId: e.target.value ? Number(e.target.value) : null })}>
          <option value="">Any skill</option>
          {skills.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
      {rest && filter.skillId !== null && (
        <select className="select" aria-label="Minimum skill level" value={filter.minLevel} onChange={(e) => onChange({ minLevel: Number(e.target.value) })}>
          {SKILL_LEVELS.map((n) => (
            <option key={n} value={n}>
              {minLevelWords(n)}
            </option>
          ))}
        </select>
      )}
      {rest && <input className="input" placeholder="Tag" aria-label="Tag" value={tag} onChange={(e) => setTag(e.target.value)} style={{ width: widths.tag }} />}
    </>
  );
}
