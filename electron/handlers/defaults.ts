import type { Handlers } from '@shared/contract';
import { getWorkspaceDefaults, setWorkspaceDefaults } from '../db/repos/defaults';
import { recordChange } from '../db/repos/history';
import type { HandlerContext } from './context';

/** The workspace's defaults: the working week new people get (the form, talent:create, imports) and the first day of the week. */
export function defaultsHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'workspace:defaults': () => getWorkspaceDefaults(db),
    'workspace:setDefaults': (d) => {
      recordChange(db, 'Change the workspace defaults', () => setWorkspaceDefaults(db, d));
      return getWorkspaceDefaults(db);
    },
  } satisfies Partial<Handlers>;
}
