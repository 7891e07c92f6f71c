import type { ChangeArea, WorkspaceChange } from '@shared/contract';
import type { StoreState } from './types';

/**
 * One reaction per slice to a change announced by the main process: each slice refetches only
 * what it holds and what the change names. Add one line per slice; nothing else refreshes data.
 */
type Reaction = (state: StoreState, change: WorkspaceChange) => unknown;

const REACTIONS: Reaction[] = [
  // e.g. (s, c) => touches(c, 'people') && s.peopleLoaded && s.loadPeople(),
  (s, c) => touches(c, 'lookups') && s.closuresLoaded && s.loadClosures(),
  (s, c) => touches(c, 'settings') && s.defaults !== null && s.loadDefaults(),
  (s, c) => touches(c, 'lookups', 'people', 'campaigns') && s.listUsage !== null && s.loadListUsage(),
  (s, c) => touches(c, 'lookups', 'people') && s.holidayCalendars !== null && s.loadHolidayCalendars(),
];

/** Routes one announced change to every slice's reaction. */
export function applyChange(state: StoreState, change: WorkspaceChange): void {
  for (const react of REACTIONS) void react(state, change);
}

/** True when the change touches any of `areas` (a 'workspace' change touches everything). */
export function touches(change: WorkspaceChange, ...areas: ChangeArea[]): boolean {
  return change.areas.includes('workspace') || change.areas.some((a) => areas.includes(a));
}
