// A workspace's identity across file copies. Its id (meta workspace_id) names its backups folder,
// so two files may only share one when they are the same workspace. A copy made outside the app
// (in a file manager) carries the original's id; it is told apart by where the file was last
// opened: if that file still exists and has the same id, the one being opened is a copy and gets
// its own id (and so its own, empty, backups folder; the old backups stay the original's).

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { newWorkspaceId, workspaceId } from '../io/workspaceId';
import { inspectBackup } from './backup';
import type { Db } from './open';
import { getMeta, setMeta } from './repos/meta';

/** Kept as a digest, so a workspace shared with someone does not carry the folder names of its last owner. */
const digest = (path: string) => createHash('sha256').update(resolve(path)).digest('hex');

/** Called on each open as the app does; `candidates` are the files the workspace may have been copied from. */
export function settleWorkspaceId(db: Db, path: string, candidates: string[]): string {
  const id = workspaceId(db);
  const home = getMeta(db, 'workspace_home');
  const here = digest(path);
  if (home && home !== here) {
    const original = candidates.find((c) => resolve(c) !== resolve(path) && digest(c) === home && existsSync(c));
    const look = original ? inspectBackup(original, 'none') : null;
    if (look?.ok && look.facts.workspaceId === id) {
      setMeta(db, 'workspace_home', here);
      return newWorkspaceId(db);
    }
  }
  if (home !== here) setMeta(db, 'workspace_home', here);
  return id;
}
