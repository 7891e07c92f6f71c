import type { Id } from '../domain';

/**
 * What a committed write changed, as the main process announces it to the window after every
 * write (a handler, an undo or redo, an import, and later a sync). The window never announces its
 * own writes: each store slice refetches only what it holds and what the change names.
 */
export type ChangeArea =
  | 'people' // talent records, their roles, skills, tags, rates
  | 'patterns' // working patterns
  | 'timeOff'
  | 'lookups' // roles, skills, closures, holiday places
  | 'campaigns' // campaigns and their demand lines
  | 'bookings'
  | 'actuals' // hours logged (imported or entered by hand), and remembered names
  | 'retros' // retrospectives and their actions
  | 'money' // reporting currency, exchange rates
  | 'snapshots'
  | 'templates' // campaign templates, their phases, role hours and handoffs
  | 'settings' // staffing settings, snapshot schedule
  | 'workspace'; // the whole workspace changed (demo loaded, restore, another file)

export type ChangeSource = 'window' | 'undo' | 'import' | 'peer';

export interface WorkspaceChange {
  areas: ChangeArea[];
  source: ChangeSource;
  /** The people touched, when cheap to know; absent means "any". */
  people?: Id[];
  /** The campaigns touched, when cheap to know; absent means "any". */
  campaigns?: Id[];
  /** The days touched (inclusive ISO dates), when cheap to know; absent means "any". */
  range?: { start: string; end: string };
  /** The undo step the write made, when it made one (a window's own note names it without asking). */
  step?: number;
}
