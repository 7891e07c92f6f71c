import { z } from 'zod';
import { channel } from './channel';
import { none } from './schemas';

export interface BackupEntry {
  file: string;
  takenAt: string;
  reason: 'start' | 'migration' | 'import' | 'plan' | 'manual' | 'restore';
  sizeBytes: number;
  schemaVersion: number;
  counts: { talent: number; campaigns: number; demandLines: number; bookings: number } | null;
  /**
   * ok: checked, of this workspace. damaged: can't be restored (`problem` says why), offered for
   * deletion. unattributed: from the folder workspaces shared before each had its own, made before
   * workspaces had ids, so it may be of another workspace in the same folder.
   */
  status: 'ok' | 'damaged' | 'unattributed';
  problem?: string;
}

export interface BackupList {
  folder: string;
  backups: BackupEntry[];
}


/** Keeping the workspace safe: backups and restore. */
export const backupChannels = {
  'backups:list': channel<BackupList>()(none),
  'backups:create': channel<BackupList>()(none),
  'backups:restore': channel<{ restored: string; safetyBackup: string }>()(
    z.object({ file: z.string().regex(/^workspace-[0-9TZ-]+-[a-z]+\.db$/, 'Choose a backup from the list') }).strict(),
  ),
  /** Deletes a damaged backup (or the leftover of one cut short); a sound backup is refused. */
  'backups:delete': channel<BackupList>()(
    z.object({ file: z.string().max(200).regex(/^\.?workspace-[0-9TZ-]+-[a-z]+\.db(\.partial)?$/, 'Choose a damaged backup from the list') }).strict(),
  ),
  /** Shows the backups folder in the system's file manager. */
  'backups:reveal': channel<{ folder: string }>()(none),
};
