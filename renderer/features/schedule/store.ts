import { create } from 'zustand';
import type { BookingView, CampaignSummary, DemandLineSummary } from '@shared/contract';
import type { Role, Skill, Talent, TimeOff } from '@shared/domain';
import type { OverAllocationRefusal } from '@shared/errors';
import type { BookingDraft as EditorDraft } from '../bookings/draft';
import { todayDay } from './days';
import { NO_TALENT_FILTER } from '../../lib/talentFilter';
import type { GroupBy, Load, ScheduleFilters, SortBy, Zoom } from './types';

/** A booking being created or edited in the editor, with why it was filled in so (a demand line's open hours). */
export type BookingDraft = EditorDraft & { hint?: string };

/** What the user is dragging right now, drawn by the overlay layer only. */
export type DragPreview =
  | { kind: 'create'; row: number; from: number; to: number }
  | { kind: 'move'; copy: boolean; items: { id: number; row: number; start: number; end: number; colour: string; label: string; tentative: boolean }[] }
  | { kind: 'band'; x0: number; y0: number; x1: number; y1: number }
  | { kind: 'demand'; line: DemandLineSummary; x: number; y: number; row: number | null; day: number | null };

export interface UndoNote {
  id: number;
  message: string;
  steps: number;
}

export interface Confirmation {
  refusal: OverAllocationRefusal;
  resolve: (ok: boolean) => void;
}

interface ScheduleState {
  zoom: Zoom;
  groupBy: GroupBy;
  sortBy: SortBy;
  filters: ScheduleFilters;
  axisStart: number;
  axisEnd: number;

  people: Talent[];
  peopleLoaded: boolean;
  peopleError: string | null;
  roles: Role[];
  skills: Skill[];
  campaigns: Map<number, CampaignSummary>;
  openLines: DemandLineSummary[];

  /** Bookings of the rows fetched so far, by id. */
  bookings: Map<number, BookingView>;
  /** Per person: bucket start day → hours. */
  loads: Map<number, Map<number, Load>>;
  timeOff: Map<number, TimeOff[]>;
  /** 'GB/ENG' → day → holiday name. */
  holidays: Map<string, Map<number, string>>;
  closures: Map<number, string>;

  selection: Set<number>;
  focusId: number | null;
  /** Ids of bookings being saved (drawn faded). */
  saving: Set<number>;
  drag: DragPreview | null;
  draft: BookingDraft | null;
  confirm: Confirmation | null;
  undo: UndoNote | null;
  error: string | null;
  /** A request to scroll the grid to a day (Today, Go to date). */
  jump: { day: number; seq: number } | null;
}

const today = todayDay();

export const useSchedule = create<ScheduleState>()(() => ({
  zoom: 'day',
  groupBy: 'none',
  sortBy: 'name',
  filters: NO_TALENT_FILTER,
  axisStart: today - 90,
  axisEnd: today + 270,
  people: [],
  peopleLoaded: false,
  peopleError: null,
  roles: [],
  skills: [],
  campaigns: new Map(),
  openLines: [],
  bookings: new Map(),
  loads: new Map(),
  timeOff: new Map(),
  holidays: new Map(),
  closures: new Map(),
  selection: new Set(),
  focusId: null,
  saving: new Set(),
  drag: null,
  draft: null,
  confirm: null,
  undo: null,
  error: null,
  jump: { day: today, seq: 0 },
}));

export const setSchedule = useSchedule.setState;
export const getSchedule = useSchedule.getState;

/** Asks the user to confirm (the over-allocation step); resolves true for "Save anyway". */
export function askConfirm(refusal: OverAllocationRefusal): Promise<boolean> {
  return new Promise((resolve) => setSchedule({ confirm: { refusal, resolve } }));
}
