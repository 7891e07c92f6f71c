import { useEffect, useState } from 'react';
import { TALENT_KINDS, type TalentKind } from '@shared/domain';
import { SkillFilter } from '../../components/SkillFilter';
import { Button } from '../../components/Button';
import { useDebounced } from '../../lib/useDebounced';
import { useStore } from '../../store';
import { isFilterActive } from './filter';
import { KIND_LABEL } from './labels';
import { useCapacity } from './store';

/** Who the heatmap and the over-allocations show: role, skill and level, kind, tag and name. */
export function CapacityFilters() {
  const filter = useCapacity((s) => s.filter);
  const setFilter = useCapacity((s) => s.setFilter);
  const reset = useCapacity((s) => s.resetFilter);
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const [text, setText] = useState(filter.text);
  const [tag, setTag] = useState(filter.tag);
  const debouncedText = useDebounced(text, 250);
  const debouncedTag = useDebounced(tag, 250);
  useEffect(() => {
    const s = useCapacity.getState().filter;
    if (s.text !== debouncedText || s.tag !== debouncedTag) setFilter({ text: debouncedText, tag: debouncedTag });
  }, [debouncedText, debouncedTag, setFilter]);
  useEffect(() => {
    setText(filter.text);
    setTag(filter.tag);
  }, [filter.text, filter.tag]);

  function toggleKind(kind: TalentKind) {
    setFilter({ kinds: filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind] });
  }

  return (
    <div className="toolbar capacity-filters" role="search" aria-label="Filter people">
      <input className="input input-search" type="search" placeholder="Search name, email, team…" aria-label="Search people" value={text} onChange={(e) => setText(e.target.value)} style={{ width: 210 }} />
      <select className="select" aria-label="Role" value={filter.roleId ?? ''} onChange={(e) => setFilter({ roleId: e.target.value ? Number(e.target.value) : null })}>
        <option value="">Any role</option>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      {filter.roleId !== null && (
        <label className="checkbox">
          <input type="checkbox" checked={filter.includeOtherRoles} onChange={(e) => setFilter({ includeOtherRoles: e.target.checked })} />
          Also as other role
        </label>
      )}
      <SkillFilter skills={skills} skillId={filter.skillId} minLevel={filter.minLevel} onChange={setFilter} />
      <div className="segmented" role="group" aria-label="Kind">
        {TALENT_KINDS.map((k) => (
          <button key={k} type="button" aria-pressed={filter.kinds.includes(k)} onClick={() => toggleKind(k)}>
            {KIND_LABEL[k]}
          </button>
        ))}
      </div>
      <input className="input" placeholder="Tag" aria-label="Tag" value={tag} onChange={(e) => setTag(e.target.value)} style={{ width: 110 }} />
      {isFilterActive(filter) && (
        <Button variant="ghost" size="sm" onClick={reset}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
