import type { Db } from '../db/open';

/** What every handler needs: the open workspace, a clock, and facts about the app. */
export interface HandlerContext {
  db: Db;
  /** Injected so tests and the e2e bridge run on a fixed clock. */
  now: () => Date;
  app: { name: string; version: string; workspacePath: string };
}

/** The local calendar day of `date` as 'YYYY-MM-DD'. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
