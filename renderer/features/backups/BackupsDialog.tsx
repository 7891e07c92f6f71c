import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry, BackupList } from '@shared/contract';
import { call, errorMessage } from '../../api';
import { FormError } from '../../components/Field';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { formatSize, formatTakenAt, REASONS } from './format';

interface Props {
  onClose: () => void;
  /** After a restore the whole app reloads; tests pass their own. */
  reload?: () => void;
}

/** The workspace's backups: when, why, what they hold; back up now, restore one, show the folder. */
export function BackupsDialog({ onClose, reload = () => window.location.reload() }: Props) {
  const pushToast = useStore((s) => s.pushToast);
  const [list, setList] = useState<BackupList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);

  const load = useCallback(async () => {
    try {
      setList(await call('backups:list'));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function backUpNow() {
    setBusy(true);
    try {
      setList(await call('backups:create'));
      pushToast({ kind: 'success', message: 'Backed up.' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function reveal() {
    try {
      await call('backups:reveal');
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function restore(entry: BackupEntry) {
    await call('backups:restore', { file: entry.file });
    reload();
  }

  return (
    <>
      <Dialog
        title="Backups"
        size="wide"
        onClose={onClose}
        busy={busy}
        footer={
          <>
            <Button onClick={() => void reveal()}>Show backups folder</Button>
            <Button variant="primary" icon="plus" onClick={() => void backUpNow()} disabled={busy}>
              {busy ? 'Backing up…' : 'Back up now'}
            </Button>
          </>
        }
      >
        <p className="muted">
          A copy of the workspace is kept on each start, before updates, imports and restores, and whenever you back up. The newest ten and
          one a day for 30 days are kept.
        </p>
        {list && <p className="muted path">{list.folder}</p>}
        <FormError message={error} />
        {list && list.backups.length === 0 && <p>No backups yet.</p>}
        {list && list.backups.length > 0 && (
          <table className="table" aria-label="Backups">
            <thead>
              <tr>
                <th>Taken</th>
                <th>Why</th>
                <th className="num">People</th>
                <th className="num">Campaigns</th>
                <th className="num">Bookings</th>
                <th className="num">Size</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.backups.map((b) => (
                <tr key={b.file} data-file={b.file}>
                  <td>{formatTakenAt(b.takenAt)}</td>
                  <td>{REASONS[b.reason] ?? b.reason}</td>
                  <td className="num">{b.counts ? formatNumber(b.counts.talent, 0) : '–'}</td>
                  <td className="num">{b.counts ? formatNumber(b.counts.campaigns, 0) : '–'}</td>
                  <td className="num">{b.counts ? formatNumber(b.counts.bookings, 0) : '–'}</td>
                  <td className="num">{formatSize(b.sizeBytes)}</td>
                  <td>
                    <Button size="sm" onClick={() => setRestoring(b)} disabled={!b.counts} title={b.counts ? undefined : 'This backup cannot be read'}>
                      Restore…
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Dialog>
      {restoring && (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore"
          danger
          message={
            <>
              <p>
                The workspace will hold the data of {formatTakenAt(restoring.takenAt)} ({REASONS[restoring.reason] ?? restoring.reason}).
              </p>
              <p>Restoring first backs up the current state, so you can come back to it from this list.</p>
            </>
          }
          onConfirm={() => restore(restoring)}
          onClose={() => setRestoring(null)}
        />
      )}
    </>
  );
}
