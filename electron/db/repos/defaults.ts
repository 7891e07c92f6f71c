import type { Db } from '../open';
import type { DateFormat, WorkspaceDefaults } from '@shared/contract';
import type { WeekHours } from '@shared/domain';

export const BUILT_IN_WEEK: WeekHours = [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0];

export function getWorkspaceDefaults(db: Db): WorkspaceDefaults {
  const row = db.prepare('SELECT week, first_day, date_format FROM workspace_defaults WHERE one = 1').get() as
    | { week: string; first_day: number | null; date_format: DateFormat }
    | undefined;
  if (!row) return { week: [...BUILT_IN_WEEK] as WeekHours, firstDayOfWeek: null, dateFormat: 'system' };
  return { week: JSON.parse(row.week) as WeekHours, firstDayOfWeek: row.first_day, dateFormat: row.date_format };
}

export function setWorkspaceDefaults(db: Db, d: WorkspaceDefaults): void {
  db.prepare(
    `INSERT INTO workspace_defaults (one, week, first_day, date_format) VALUES (1, @week, @first, @format)
     ON CONFLICT (one) DO UPDATE SET week = excluded.week, first_day = excluded.first_day, date_format = excluded.date_format`,
  ).run({ week: JSON.stringify(d.week), first: d.firstDayOfWeek, format: d.dateFormat });
}
