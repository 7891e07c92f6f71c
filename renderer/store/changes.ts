import type { ChangeArea, WorkspaceChange } from '@shared/contract';
import type { StoreState } from './types';

/**
 * One reaction per slice to a change announced by the main process: each slice refetches only
 * what it holds and what the change names. Add one line per slice; nothing else refreshes data.
 */
type Reaction = (state: StoreState, change: WorkspaceChange) => unknown;

const REACTIONS: Reaction[] = [
  // e.g. (s, c) => touches(c, 'people') && s.peopleLoaded && s.loadPeople(),
  (s, c) => touches(c, 'people') && s.allPeopleLoaded && s.loadAllPeople(),
  (s, c) => touches(c, 'campaigns') && s.allCampaignsLoaded && s.loadAllCampaigns(),
  // The Schedule: the rows, then only the rows and days the change names among those it holds.
  (s, c) => touches(c, 'people') && s.schedule.rowsLoaded && s.schedule.rowIds && s.loadScheduleRows(),
  (s, c) => touches(c, 'bookings') && s.scheduleBookingsChanged(c),
  (s, c) => touches(c, 'timeOff') && s.scheduleTimeOffChanged(c),
  (s, c) => touches(c, 'bookings', 'timeOff', 'patterns', 'lookups', 'people') && s.scheduleShadeChanged(c),
  (s, c) => touches(c, 'lookups') && s.scheduleHolidaysChanged(),
  (s, c) => touches(c, 'campaigns') && !touches(c, 'bookings') && s.reloadScheduleOpenLines(),
  // The Calendar: the bookings, or what surrounds them, when the change meets the range in view.
  (s, c) => touches(c, 'bookings') && s.calendarBookingsChanged(c),
  (s, c) => touches(c, 'timeOff', 'patterns', 'lookups', 'people') && s.calendarContextChanged(c),
];

/** Routes one announced change to every slice's reaction. */
export function applyChange(state: StoreState, change: WorkspaceChange): void {
  for (const react of REACTIONS) void react(state, change);
}

/** True when the change touches any of `areas` (a 'workspace' change touches everything). */
export function touches(change: WorkspaceChange, ...areas: ChangeArea[]): boolean {
  return change.areas.includes('workspace') || change.areas.some((a) => areas.includes(a));
}
