// What a workspace's Backups list shows: its own checked backups, leftovers of backups cut short
// (named as damaged, to delete), and backups from the folder all workspaces of a folder shared
// before each had its own, when they can't be told apart.

import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '@shared/contract';
import { CUT_SHORT, inspectBackup, type Inspection } from './inspect';
import { isRestoreStaging, ownBackupsDir, parseLeftover, parseName, SIDE_FILES } from './names';
import { removeDbFile } from './files';
import { inFlight } from './take';

export type BackupInfo = BackupEntry;
export type BackupStatus = BackupEntry['status'];

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

function entry(dir: string, file: string, inspection: Inspection, status: BackupStatus = 'ok'): BackupInfo {
  const base = { file, ...parseName(file)!, sizeBytes: statSync(join(dir, file)).size };
  if (!inspection.ok) return { ...base, schemaVersion: 0, counts: null, status: 'damaged', problem: inspection.problem };
  return { ...base, schemaVersion: inspection.facts.schemaVersion, counts: inspection.facts.counts, status };
}

/** A backup cut short: its temporary file, or only SQLite's files beside it. */
function leftoverEntry(dir: string, leftover: string, backup: string): BackupInfo {
  const sizes = ['', ...SIDE_FILES].map((s) => join(dir, leftover + s)).filter((p) => existsSync(p)).map((p) => statSync(p).size);
  const sizeBytes = sizes.reduce((a, b) => a + b, 0);
  return { file: leftover, ...parseName(backup)!, sizeBytes, schemaVersion: 0, counts: null, status: 'damaged', problem: CUT_SHORT };
}

function ownBackups(dir: string, id: string): BackupInfo[] {
  const out: BackupInfo[] = [];
  const leftovers = new Map<string, string>();
  for (const file of files(dir)) {
    const leftover = parseLeftover(file);
    if (leftover) {
      if (!inFlight.has(join(dir, leftover.leftover))) leftovers.set(leftover.leftover, leftover.backup);
      continue;
    }
    if (!parseName(file)) continue;
    // Renamed into place only once checked: reading it is enough here; a restore checks it in full.
    const inspection = inspectBackup(join(dir, file), 'none');
    if (inspection.ok && inspection.facts.workspaceId !== null && inspection.facts.workspaceId !== id) continue;
    out.push(entry(dir, file, inspection));
  }
  for (const [leftover, backup] of leftovers) out.push(leftoverEntry(dir, leftover, backup));
  return out;
}

/** Backups in the old shared folder that can't be told apart: made before workspaces had ids, or damaged. */
function sharedBackups(root: string): BackupInfo[] {
  const out: BackupInfo[] = [];
  for (const file of files(root)) {
    if (!parseName(file)) continue;
    const look = inspectBackup(join(root, file), 'none');
    if (look.ok && look.facts.workspaceId !== null) continue; // another workspace's: sorted out when it opens
    // Written before backups were checked: read in full before it is offered.
    out.push(entry(root, file, look.ok ? inspectBackup(join(root, file), 'quick') : look, 'unattributed'));
  }
  return out;
}

/** Every backup this workspace may see, newest first. */
export function listBackups(root: string, id: string): BackupInfo[] {
  return [...ownBackups(ownBackupsDir(root, id), id), ...sharedBackups(root)].sort((a, b) => b.takenAt.localeCompare(a.takenAt) || a.file.localeCompare(b.file));
}

/**
 * On opening a workspace: moves its backups out of the old shared folder into its own (those that
 * carry its id, and those with no id when no other workspace lives in the folder), and removes
 * what an interrupted restore left behind.
 */
export function sortSharedBackups(root: string, id: string, aloneInFolder: boolean): void {
  const own = ownBackupsDir(root, id);
  for (const file of files(own)) if (isRestoreStaging(file)) removeDbFile(join(own, file));
  for (const file of files(root)) {
    if (!parseName(file)) continue;
    const look = inspectBackup(join(root, file), 'none');
    const owner = look.ok ? look.facts.workspaceId : undefined;
    if (owner !== id && !(owner === null && aloneInFolder)) continue;
    if (!inspectBackup(join(root, file), 'quick').ok) continue; // a damaged one stays where it was, listed as damaged
    mkdirSync(own, { recursive: true });
    if (!existsSync(join(own, file))) renameSync(join(root, file), join(own, file));
  }
}
