import type { BackupEntry } from '@shared/contract';

export const REASONS: Record<BackupEntry['reason'], string> = {
  start: 'On start',
  migration: 'Before an update',
  import: 'Before an import',
  plan: 'Before a staffing plan',
  manual: 'Backed up by you',
  restore: 'Before a restore',
};

/** '26 Nov 2026, 10:04' in the user's locale and time zone. */
export function formatTakenAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
