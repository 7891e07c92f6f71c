// The open workspace as a document: switching to another file (New…, Open…, Open Recent), and
// "Save a Copy As…". Pure of Electron: main.ts gives it the opener, the IPC binding and the UI.
// A switch opens the new file first (locked, backed up); only when that worked is the current one
// unbound and closed. Anything that fails leaves the current workspace open and untouched.

import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Handlers } from '@shared/contract';
import { removeDbFile } from '../db/backup/files';
import { openWorkspace, type Db } from '../db/open';
import { newWorkspaceId } from '../io/workspaceId';

export interface SessionDeps {
  /** Opens a workspace as the app does (openWorkspaceForApp: lock, backups, migrations). */
  open: (path: string) => Promise<Db>;
  makeHandlers: (db: Db, path: string) => Handlers;
  /** Binds a handler table to IPC; returns the unbind. */
  bind: (handlers: Handlers) => () => void;
  /** Called after a switch: the renderer reloads. */
  changed: (path: string) => void;
  /** The recent list learns each workspace opened. */
  remember: (path: string) => void;
  forget: (path: string) => void;
  showError: (title: string, message: string) => void;
}

export interface OpenWorkspace {
  path: string;
  db: Db;
  handlers: Handlers;
}

export type SwitchResult = 'switched' | 'unchanged' | 'failed';

const samePath = (a: string, b: string) => resolve(a) === resolve(b);

export class WorkspaceSession {
  private currentWs: OpenWorkspace;
  private unbind: () => void;
  private busy = false;

  constructor(
    private readonly deps: SessionDeps,
    initial: { path: string; db: Db },
  ) {
    const handlers = deps.makeHandlers(initial.db, initial.path);
    this.currentWs = { ...initial, handlers };
    this.unbind = deps.bind(handlers);
    deps.remember(initial.path);
  }

  get current(): OpenWorkspace {
    return this.currentWs;
  }

  /** Opens an existing workspace file in place of the current one. */
  open(path: string): Promise<SwitchResult> {
    if (!existsSync(path)) {
      this.deps.forget(path);
      this.deps.showError('The workspace could not be opened', `“${path}” no longer exists. It may have been moved, renamed or deleted.`);
      return Promise.resolve('failed');
    }
    return this.switchTo(path);
  }

  /** Creates a new, empty workspace at `path` and switches to it. Never overwrites a file. */
  create(path: string): Promise<SwitchResult> {
    if (existsSync(path)) {
      this.deps.showError('The workspace could not be created', `“${path}” already exists. Choose a new name; an existing file is never overwritten.`);
      return Promise.resolve('failed');
    }
    return this.switchTo(path);
  }

  private async switchTo(path: string): Promise<SwitchResult> {
    if (samePath(path, this.currentWs.path)) return 'unchanged';
    if (this.busy) return 'unchanged';
    this.busy = true;
    try {
      let db: Db;
      try {
        db = await this.deps.open(path);
      } catch (error) {
        this.deps.showError('The workspace could not be opened', `${(error as Error).message}\n\nThe workspace you had open is still open, unchanged.`);
        return 'failed';
      }
      const previous = this.currentWs;
      this.unbind();
      const handlers = this.deps.makeHandlers(db, path);
      this.currentWs = { path, db, handlers };
      this.unbind = this.deps.bind(handlers);
      if (previous.db.open) previous.db.close();
      this.deps.remember(path);
      this.deps.changed(path);
      return 'switched';
    } finally {
      this.busy = false;
    }
  }

  /**
   * A consistent copy of the open workspace at `dest`, through SQLite's online backup (writes
   * may go on meanwhile). Written beside the destination first and renamed into place, so a
   * failure never leaves a half-written file under the chosen name. The copy is a workspace of
   * its own: it gets its own id, so its backups are never mixed with the original's.
   */
  async saveCopyAs(dest: string): Promise<boolean> {
    if (samePath(dest, this.currentWs.path)) {
      this.deps.showError('The copy was not saved', 'Choose another file than the open workspace itself.');
      return false;
    }
    const partial = `${dest}.partial-${process.pid}`;
    try {
      await this.currentWs.db.backup(partial);
      giveOwnId(partial);
      for (const suffix of ['-wal', '-shm']) rmSync(dest + suffix, { force: true });
      renameSync(partial, dest);
      return true;
    } catch (error) {
      removeDbFile(partial);
      this.deps.showError('The copy was not saved', (error as Error).message);
      return false;
    }
  }

  close(): void {
    this.unbind();
    if (this.currentWs.db.open) this.currentWs.db.close();
  }
}

function giveOwnId(path: string): void {
  const db = openWorkspace(path);
  try {
    newWorkspaceId(db);
  } finally {
    db.close();
  }
}
