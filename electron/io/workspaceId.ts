import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import { getMeta, setMeta } from '../db/repos/meta';

/** A random id for this workspace, made on first need: it keeps exported calendar UIDs stable. */
export function workspaceId(db: Db): string {
  const existing = getMeta(db, 'workspace_id');
  if (existing) return existing;
  const id = randomUUID();
  setMeta(db, 'workspace_id', id);
  return id;
}
