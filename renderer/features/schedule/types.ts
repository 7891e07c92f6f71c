import type { DemandLineSummary } from '@shared/contract';
import type { TalentFilterFields } from '../../lib/talentFilter';
import type { Talent } from '@shared/domain';
import type { OverAllocationRefusal } from '@shared/errors';
import type { BookingDraft as EditorDraft } from '../bookings/draft';

export type Zoom = 'day' | 'week' | 'month';
export type GroupBy = 'none' | 'role' | 'kind' | 'team';
export type SortBy = 'name' | 'role' | 'kind' | 'team';

export type ScheduleFilters = TalentFilterFields;

/** One line of the grid: a group heading or a person. */
export type GridRow =
  | { type: 'group'; key: string; label: string; count: number }
  | { type: 'person'; person: Talent };

/** Hours in one bucket (a day, week or month) for one person. */
export interface Load {
  cap: number;
  conf: number;
  tent: number;
}

export type LoadLevel = 'free' | 'full' | 'over';

/** A booking being created or edited in the dialog. */
/** A booking being created or edited in the editor, with why it was filled in so (a demand line's open hours). */
export type BookingDraft = EditorDraft & { hint?: string };

/** What the user is dragging right now, drawn by the overlay layer only. */
export type DragPreview =
  | { kind: 'create'; row: number; from: number; to: number; timeOff?: boolean }
  | { kind: 'timeOff'; id: number; row: number; start: number; end: number; label: string }
  | { kind: 'move'; copy: boolean; items: { id: number; row: number; start: number; end: number; colour: string; label: string; tentative: boolean }[] }
  | { kind: 'band'; x0: number; y0: number; x1: number; y1: number }
  | { kind: 'demand'; line: DemandLineSummary; x: number; y: number; row: number | null; day: number | null };

export interface UndoNote {
  id: number;
  message: string;
  steps: number;
  /** When the write was sent (performance.now()): its step is read after it. */
  since?: number;
}

export interface Confirmation {
  refusal: OverAllocationRefusal;
  resolve: (ok: boolean) => void;
}

/** The menu of a right-click on the grid: on an empty day of a person's row, or on a period of time off. */
export interface GridMenu {
  x: number;
  y: number;
  talentId: number;
  day: number;
  timeOffId: number | null;
}
