import type { Db } from '../open';
import type { WeekHours } from '@shared/domain';

export interface WorkspaceDefaults {
  /** The working pattern a new person gets when none is given (Monday..Sunday hours). */
  week: WeekHours;
  /** 0 = Sunday … 6 = Saturday; null: from the system's locale. */
  firstDayOfWeek: number | null;
}

export const BUILT_IN_WEEK: WeekHours = [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0];

export function getWorkspaceDefaults(db: Db): WorkspaceDefaults {
  const row = db.prepare('SELECT week, first_day FROM workspace_defaults WHERE one = 1').get() as { week: string; first_day: number | null } | undefined;
  return row ? { week: JSON.parse(row.week) as WeekHours, firstDayOfWeek: row.first_day } : { week: [...BUILT_IN_WEEK] as WeekHours, firstDayOfWeek: null };
}

export function setWorkspaceDefaults(db: Db, d: WorkspaceDefaults): void {
  db.prepare(
    `INSERT INTO workspace_defaults (one, week, first_day) VALUES (1, @week, @first)
     ON CONFLICT (one) DO UPDATE SET week = excluded.week, first_day = excluded.first_day`,
  ).run({ week: JSON.stringify(d.week), first: d.firstDayOfWeek });
}
