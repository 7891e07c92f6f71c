// What the File menu's workspace items do, over a session, the platform's dialogs and the recent
// list. No Electron here: main.ts passes the real ones, tests pass fakes.

import type { FileFilter, Platform } from '../handlers/context';
import type { FileMenuDeps } from '../menu';
import { recentLabel } from './recent';
import type { WorkspaceSession } from './session';
import type { RecentStore } from './store';

export const WORKSPACE_FILTERS: FileFilter[] = [{ name: 'Capacity Planner workspace', extensions: ['db', 'sqlite', 'cpw'] }];

export interface FileActionsDeps {
  session: () => WorkspaceSession;
  platform: Pick<Platform, 'chooseOpenPath' | 'chooseSavePath'>;
  recent: RecentStore;
  /** Rebuilds the menu (the recent list changed). */
  refreshMenu: () => void;
  /** Reports an unexpected failure of an action (a dialog that threw). */
  onError: (error: unknown) => void;
}

const stamp = (d: Date) => d.toISOString().slice(0, 10);

export function fileMenuActions(deps: FileActionsDeps): FileMenuDeps {
  const run = (action: () => Promise<unknown>) => () => {
    action()
      .catch(deps.onError)
      .finally(deps.refreshMenu);
  };
  return {
    newWorkspace: run(async () => {
      const path = await deps.platform.chooseSavePath({ title: 'New Workspace', defaultName: 'New workspace.db', filters: WORKSPACE_FILTERS });
      if (path) await deps.session().create(path);
    }),
    openWorkspace: run(async () => {
      const path = await deps.platform.chooseOpenPath({ title: 'Open Workspace', filters: WORKSPACE_FILTERS });
      if (path) await deps.session().open(path);
    }),
    openRecent: (path) => run(() => deps.session().open(path))(),
    clearRecent: () => {
      deps.recent.clear();
      deps.refreshMenu();
    },
    saveCopyAs: run(async () => {
      const current = deps.session().current.path;
      const name = (current.split(/[\\/]/).pop() ?? 'workspace.db').replace(/\.db$/i, '');
      const path = await deps.platform.chooseSavePath({ title: 'Save a Copy As', defaultName: `${name} copy ${stamp(new Date())}.db`, filters: WORKSPACE_FILTERS });
      if (path) await deps.session().saveCopyAs(path);
    }),
    recent: deps.recent.list(),
    label: recentLabel,
  };
}
