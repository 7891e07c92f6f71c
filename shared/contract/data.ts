import { z } from 'zod';
import { channel } from './channel';

export interface BackupEntry {
  file: string;
  takenAt: string;
  reason: 'start' | 'migration' | 'import' | 'plan' | 'manual' | 'restore';
  sizeBytes: number;
  schemaVersion: number;
  counts: { talent: number; campaigns: number; demandLines: number; bookings: number } | null;
}

export interface BackupList {
  folder: string;
  backups: BackupEntry[];
}

const none = z.undefined().or(z.object({}).strict());

/** Keeping the workspace safe: backups and restore. */
export const dataChannels = {
  'backups:list': channel<BackupList>()(none),
  'backups:create': channel<BackupList>()(none),
  'backups:restore': channel<{ restored: string; safetyBackup: string }>()(
    z.object({ file: z.string().regex(/^workspace-[0-9TZ-]+-[a-z]+\.db$/, 'Choose a backup from the list') }).strict(),
  ),
  /** Shows the backups folder in the system's file manager. */
  'backups:reveal': channel<{ folder: string }>()(none),
};
