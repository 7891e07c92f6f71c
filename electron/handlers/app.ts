import type { AppInfo, Handlers, HistoryStep } from '@shared/contract';
import { schemaVersion } from '../db/migrate';
import { getWorkspaceDefaults, setWorkspaceDefaults } from '../db/repos/defaults';
import { historyState, recordChange, redoNext, undoLast } from '../db/repos/history';
import { countRows, getMeta, setMeta } from '../db/repos/meta';
import { loadDemoStudio } from '../demo/load';
import type { HandlerContext } from './context';
import { localIsoDate } from './context';

export function appHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  const info = (): AppInfo => ({
    name: ctx.app.name,
    version: ctx.app.version,
    workspacePath: ctx.app.workspacePath,
    schemaVersion: schemaVersion(db),
    counts: countRows(db),
    firstRun: getMeta(db, 'onboarded') === undefined,
  });
  const step = (done: string | null): HistoryStep => ({ done, ...historyState(db) });
  return {
    'app:info': info,
    'workspace:loadDemo': ({ today }) => {
      loadDemoStudio(db, today ?? localIsoDate(ctx.now()));
      return info();
    },
    'workspace:startEmpty': () => {
      setMeta(db, 'onboarded', 'empty');
      return info();
    },
    // The workspace's defaults: the working week new people get (the form, talent:create, imports) and the first day of the week.
    'workspace:defaults': () => getWorkspaceDefaults(db),
    'workspace:setDefaults': (d) => {
      recordChange(db, 'Change the workspace defaults', () => setWorkspaceDefaults(db, d));
      return getWorkspaceDefaults(db);
    },
    'history:state': () => historyState(db),
    'history:undo': (input) => step(undoLast(db, input?.step)),
    'history:redo': (input) => step(redoNext(db, input?.step)),
  } satisfies Partial<Handlers>;
}
