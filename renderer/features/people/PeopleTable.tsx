import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, type CSSProperties } from 'react';
import type { Talent } from '@shared/domain';
import { Icon } from '../../components/Icon';
import { useStore } from '../../store';
import { sortTalent, type PeopleSortKey } from '../../store/peopleFilter';
import { PeopleRow } from './PeopleRow';
import './people.css';

export const PEOPLE_GRID = 'minmax(200px, 1.5fr) 92px minmax(150px, 1.1fr) minmax(180px, 1.5fr) minmax(110px, 1fr) minmax(90px, 0.8fr) 96px 96px';
/** The columns' minimum widths, their gaps and the row's padding: narrower than this, the table scrolls sideways. */
const PEOPLE_MIN_WIDTH = 200 + 92 + 150 + 180 + 110 + 90 + 96 + 96 + 7 * 16 + 2 * 24;
const ROW_HEIGHT = 48;

const COLUMNS: { key: PeopleSortKey | null; label: string; num?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Kind' },
  { key: 'role', label: 'Roles' },
  { key: null, label: 'Skills' },
  { key: null, label: 'Tags' },
  { key: 'team', label: 'Team' },
  { key: 'costRate', label: 'Cost rate', num: true },
  { key: 'billRate', label: 'Bill rate', num: true },
];

function SortHeader() {
  const sort = useStore((s) => s.peopleSort);
  const setSort = useStore((s) => s.setPeopleSort);
  return (
    <div className="grid-row grid-head" role="row" style={{ gridTemplateColumns: PEOPLE_GRID }}>
      {COLUMNS.map((c) => {
        const active = c.key !== null && sort.key === c.key;
        return (
          <div
            key={c.label}
            className={`cell${c.num ? ' num' : ''}`}
            role="columnheader"
            aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
          >
            {c.key ? (
              <button
                type="button"
                className="sort-btn"
                data-active={active}
                onClick={() => setSort({ key: c.key as PeopleSortKey, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
              >
                {c.label}
                {active && <Icon name={sort.dir === 'asc' ? 'chevronUp' : 'chevronDown'} size={12} />}
              </button>
            ) : (
              c.label
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Every person, virtualised: only the rows on screen are in the DOM, so 5,000 stay fast. */
export function PeopleTable({ onOpen }: { onOpen: (t: Talent) => void }) {
  const people = useStore((s) => s.people);
  const sort = useStore((s) => s.peopleSort);
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const roleNames = useMemo(() => new Map(roles.map((r) => [r.id, r.name])), [roles]);
  const skillNames = useMemo(() => new Map(skills.map((s) => [s.id, s.name])), [skills]);
  const sorted = useMemo(() => sortTalent(people, sort, (id) => roleNames.get(id) ?? ''), [people, sort, roleNames]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1200, height: 800 },
  });

  return (
    <div
      className="table-wrap people-table"
      ref={scrollRef}
      role="table"
      aria-label="People"
      aria-rowcount={sorted.length + 1}
      style={{ '--people-min-width': `${PEOPLE_MIN_WIDTH}px` } as CSSProperties}
    >
      <SortHeader />
      <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const t = sorted[item.index];
          return (
            <PeopleRow
              key={t.id}
              talent={t}
              index={item.index}
              top={item.start}
              height={ROW_HEIGHT}
              roleNames={roleNames}
              skillNames={skillNames}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}
