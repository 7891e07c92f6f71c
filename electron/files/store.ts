import { existsSync } from 'node:fs';
import Store from 'electron-store';
import { addRecent, cleanRecent, removeRecent } from './recent';

interface WorkspaceFiles {
  recent: string[];
}

export interface RecentStore {
  list(): string[];
  add(path: string): void;
  remove(path: string): void;
  clear(): void;
  /** The workspace to open on start: the last one used, if it still exists. */
  last(): string | null;
}

/** The recent workspaces, in electron-store (workspaces.json in userData, or in `cwd`). */
export function createRecentStore(options: { cwd?: string } = {}): RecentStore {
  const store = new Store<WorkspaceFiles>({ name: 'workspaces', defaults: { recent: [] }, clearInvalidConfig: true, ...(options.cwd ? { cwd: options.cwd } : {}) });
  const list = () => cleanRecent(store.get('recent'), existsSync);
  return {
    list,
    add: (path) => store.set('recent', addRecent(list(), path)),
    remove: (path) => store.set('recent', removeRecent(list(), path)),
    clear: () => store.set('recent', []),
    last: () => list()[0] ?? null,
  };
}
