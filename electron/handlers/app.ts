import type { AppInfo, Handlers, HistoryStep } from '@shared/contract';
import { schemaVersion } from '../db/migrate';
import { historyState, redoNext, undoLast } from '../db/repos/history';
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
    'history:state': () => historyState(db),
    'history:undo': (input) => step(undoLast(db, input?.step)),
    'history:redo': (input) => step(redoNext(db, input?.step)),
  } satisfies Partial<Handlers>;
}
