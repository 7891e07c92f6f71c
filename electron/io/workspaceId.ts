import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import { getMeta, setMeta } from '../db/repos/meta';

/**
 * This workspace's random id, made when it is first opened (or first needed): it keeps exported
 * calendar UIDs stable, and names the workspace's own backups folder. Backups keep it; a copy
 * saved as another workspace gets a new one (newWorkspaceId).
 */
export function workspaceId(db: Db): string {
  const existing = getMeta(db, 'workspace_id');
  if (existing) return existing;
  const id = randomUUID();
  setMeta(db, 'workspace_id', id);
  return id;
}

/** Gives a copy its own id, so that it is a workspace of its own (its own backups). */
export function newWorkspaceId(db: Db): string {
  const id = randomUUID();
  setMeta(db, 'workspace_id', id);
  return id;
}
