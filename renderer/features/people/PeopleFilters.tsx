import { useEffect, useState } from 'react';
import { TALENT_KINDS, type TalentKind } from '@shared/domain';
import { SkillFilter } from '../../components/SkillFilter';
import { Button } from '../../components/Button';
import { useDebounced } from '../../lib/useDebounced';
import { useStore } from '../../store';
import { isFilterActive } from '../../store/peopleFilter';
import { KIND_LABEL } from './talentDraft';

/** The filter bar. Every change reloads talent:list with the filter; typed text waits 250 ms. */
export function PeopleFilters() {
  const filter = useStore((s) => s.peopleFilter);
  const setFilter = useStore((s) => s.setPeopleFilter);
  const reset = useStore((s) => s.resetPeopleFilter);
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);

  const [text, setText] = useState(filter.text);
  const [tag, setTag] = useState(filter.tag);
  const debouncedText = useDebounced(text, 250);
  const debouncedTag = useDebounced(tag, 250);
  useEffect(() => setFilter({ text: debouncedText, tag: debouncedTag }), [debouncedText, debouncedTag, setFilter]);
  // Keep the boxes in step when the filter is reset.
  useEffect(() => {
    setText(filter.text);
    setTag(filter.tag);
  }, [filter.text, filter.tag]);

  function toggleKind(kind: TalentKind) {
    const kinds = filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind];
    setFilter({ kinds });
  }

  return (
    <div className="toolbar" role="search">
      <input
        className="input input-search"
        type="search"
        placeholder="Search name, email, team…"
        aria-label="Search people"
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ width: 250 }}
      />
      <div className="segmented" role="group" aria-label="Kind">
        {TALENT_KINDS.map((k) => (
          <button key={k} type="button" aria-pressed={filter.kinds.includes(k)} onClick={() => toggleKind(k)}>
            {KIND_LABEL[k]}
          </button>
        ))}
      </div>
      <select
        className="select"
        aria-label="Role"
        value={filter.roleId ?? ''}
        onChange={(e) => setFilter({ roleId: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">Any role</option>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <SkillFilter skills={skills} skillId={filter.skillId} minLevel={filter.minLevel} onChange={setFilter} />
      <input className="input" placeholder="Tag" aria-label="Tag" value={tag} onChange={(e) => setTag(e.target.value)} style={{ width: 120 }} />
      {isFilterActive(filter) && (
        <Button variant="ghost" size="sm" onClick={reset}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
