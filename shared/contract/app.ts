import { z } from 'zod';
import { channel } from './channel';
import type { WeekHours } from '../domain';
import { isoDate, none, weekHours } from './schemas';

export interface AppInfo {
  name: string;
  version: string;
  workspacePath: string;
  schemaVersion: number;
  counts: { talent: number; campaigns: number; demandLines: number; bookings: number };
  /** True until the user picks "Open a demo studio" or "Start empty" on first run. */
  firstRun: boolean;
}

export interface HistoryState {
  undo: string | null;
  redo: string | null;
  /** Which step Undo (Redo) would act on now: an id never given to another step of this workspace session. */
  undoStep: number | null;
  redoStep: number | null;
}

export interface HistoryStep extends HistoryState {
  /** The label of the step just undone or redone, or null when there was nothing to do. */
  done: string | null;
}

const historyStepInput = z.undefined().or(z.object({ step: z.number().int().positive().optional() }).strict());

/** How the app shows dates: as the computer's language has it, day first, month first, or year first (ISO). */
export const DATE_FORMATS = ['system', 'dmy', 'mdy', 'ymd'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** The workspace's defaults: the working week new people get, the first day of the week, the date format. */
export interface WorkspaceDefaults {
  week: WeekHours;
  /** 0 = Sunday … 6 = Saturday; null: from the system's locale. */
  firstDayOfWeek: number | null;
  dateFormat: DateFormat;
}

export const appChannels = {
  'app:info': channel<AppInfo>()(none),
  'workspace:loadDemo': channel<AppInfo>()(z.object({ today: isoDate.optional() }).strict().default({})),
  'workspace:startEmpty': channel<AppInfo>()(none),
  'workspace:defaults': channel<WorkspaceDefaults>()(none),
  'workspace:setDefaults': channel<WorkspaceDefaults>()(
    z.object({ week: weekHours, firstDayOfWeek: z.number().int().min(0).max(6).nullable(), dateFormat: z.enum(DATE_FORMATS) }).strict(),
  ),

  'history:state': channel<HistoryState>()(none),
  /** With `step`, only that step: refused (conflict) when another step is next, e.g. a later change was made. */
  'history:undo': channel<HistoryStep>()(historyStepInput),
  'history:redo': channel<HistoryStep>()(historyStepInput),
};
