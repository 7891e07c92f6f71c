import type { BackupEntry } from '@shared/contract';
import { Button } from '../../components/Button';
import { formatNumber } from '../../lib/format';
import { formatSize, formatTakenAt, REASONS } from './format';

interface Props {
  backup: BackupEntry;
  onRestore: (backup: BackupEntry) => void;
  onDelete: (backup: BackupEntry) => void;
  busy: boolean;
}

const count = (n: number | undefined) => (n === undefined ? '–' : formatNumber(n, 0));

/** One backup: when, why, what it holds; a damaged one says why and offers Delete instead of Restore. */
export function BackupRow({ backup: b, onRestore, onDelete, busy }: Props) {
  const why = REASONS[b.reason] ?? b.reason;
  if (b.status === 'damaged') {
    return (
      <tr className="backup-damaged" data-file={b.file}>
        <td>
          <div className="backup-when">{formatTakenAt(b.takenAt)}</div>
          <span className="badge badge-damaged">Damaged</span>
        </td>
        <td colSpan={3} className="backup-problem">
          {why}: can’t be restored, {b.problem ?? 'it could not be read'}.
        </td>
        <td className="num">{formatSize(b.sizeBytes)}</td>
        <td className="actions-cell">
          <Button size="sm" variant="danger" onClick={() => onDelete(b)} disabled={busy} aria-label={`Delete the damaged backup of ${formatTakenAt(b.takenAt)}`}>
            Delete
          </Button>
        </td>
      </tr>
    );
  }
  return (
    <tr data-file={b.file}>
      <td>
        <div className="backup-when">{formatTakenAt(b.takenAt)}</div>
        <div className="muted backup-note">{why}</div>
        {b.status === 'unattributed' && <div className="backup-note backup-unattributed">From the folder workspaces used to share: it may be another workspace’s</div>}
      </td>
      <td className="num">{count(b.counts?.talent)}</td>
      <td className="num">{count(b.counts?.campaigns)}</td>
      <td className="num">{count(b.counts?.bookings)}</td>
      <td className="num">{formatSize(b.sizeBytes)}</td>
      <td className="actions-cell">
        <Button size="sm" onClick={() => onRestore(b)} disabled={busy}>
          Restore…
        </Button>
      </td>
    </tr>
  );
}
