import { useState } from 'react';
import { TalentFilterControls } from '../../components/TalentFilterControls';
import { Button } from '../../components/Button';
import { Popover } from '../../components/Popover';
import { dayFromIso, todayDay } from './days';
import { currentLines } from './demandLines';
import { useStore } from '../../store';
import { setSchedule, useSchedule } from './state';
import type { GroupBy, ScheduleFilters, SortBy, Zoom } from './types';
import { ROVING } from '../../lib/roving';

const ZOOMS: { id: Zoom; label: string }[] = [
  { id: 'day', label: 'Days' },
  { id: 'week', label: 'Weeks' },
  { id: 'month', label: 'Months' },
];

function setFilters(patch: Partial<ScheduleFilters>) {
  setSchedule((s) => {
    const changed = (Object.keys(patch) as (keyof ScheduleFilters)[]).some((k) => patch[k] !== s.filters[k]);
    return changed ? { filters: { ...s.filters, ...patch } } : {};
  });
}

const jumpTo = (day: number) => setSchedule((s) => ({ jump: { day, seq: (s.jump?.seq ?? 0) + 1 } }));

/** How many of the folded-away controls are set: the "More" button says so. */
function foldedInUse(filters: ScheduleFilters, groupBy: GroupBy, sortBy: SortBy): number {
  const kinds = filters.kinds.length > 0 && filters.kinds.length < 3;
  return [kinds, filters.skillId !== null, filters.tag.trim() !== '', groupBy !== 'none', sortBy !== 'name'].filter(Boolean).length;
}

/**
 * Filters like the People list, grouping and sorting, zoom, and navigation in time, on one row
 * (a 1024-pixel window): search, role, zoom, Today and the demand panel stay; kind, skill, tag,
 * grouping, sorting and "Go to date" fold into "More".
 */
export function ScheduleToolbar({ demandOpen, onToggleDemand }: { demandOpen: boolean; onToggleDemand: () => void }) {
  const filters = useSchedule((s) => s.filters);
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const zoom = useSchedule((s) => s.zoom);
  const groupBy = useSchedule((s) => s.groupBy);
  const sortBy = useSchedule((s) => s.sortBy);
  const openCount = useSchedule((s) => currentLines(s.openLines).length);
  const [date, setDate] = useState('');

  return (
    <div className="toolbar sch-toolbar" role="search">
      <TalentFilterControls part="searchRole" filter={filters} onChange={setFilters} roles={roles} skills={skills} searchPlaceholder="Search people…" widths={{ search: 180, tag: 90 }} />
      <Popover label="More" size="sm" align="left" badge={foldedInUse(filters, groupBy, sortBy)} title="Kind, skill, tag, grouping, sorting, go to a date">
        {() => (
          <>
            <TalentFilterControls part="rest" filter={filters} onChange={setFilters} roles={roles} skills={skills} widths={{ search: 180, tag: 248 }} />
            <hr />
            <select className="select" aria-label="Group by" value={groupBy} onChange={(e) => setSchedule({ groupBy: e.target.value as GroupBy })}>
              <option value="none">No grouping</option>
              <option value="role">Group by role</option>
              <option value="kind">Group by kind</option>
              <option value="team">Group by team</option>
            </select>
            <select className="select" aria-label="Sort by" value={sortBy} onChange={(e) => setSchedule({ sortBy: e.target.value as SortBy })}>
              <option value="name">Sort by name</option>
              <option value="role">Sort by role</option>
              <option value="kind">Sort by kind</option>
              <option value="team">Sort by team</option>
            </select>
            <label className="popover-field">
              Go to date
              <input
                className="input sch-date"
                type="date"
                value={date}
                onChange={(e) => {
                  setDate(e.target.value);
                  if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) jumpTo(dayFromIso(e.target.value));
                }}
              />
            </label>
          </>
        )}
      </Popover>
      <div className="sch-nav">
        <Button size="sm" onClick={() => jumpTo(todayDay())}>
          Today
        </Button>
        <div className="segmented" role="group" aria-label="Zoom" {...ROVING}>
          {ZOOMS.map((z) => (
            <button key={z.id} type="button" aria-pressed={zoom === z.id} onClick={() => setSchedule({ zoom: z.id })}>
              {z.label}
            </button>
          ))}
        </div>
        <Button size="sm" variant={demandOpen ? 'primary' : 'default'} aria-pressed={demandOpen} onClick={onToggleDemand} title={demandOpen ? 'Hide the open demand panel' : 'Show the open demand panel'}>
          Open demand{openCount ? ` (${openCount})` : ''}
        </Button>
      </div>
    </div>
  );
}
