import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry, BackupList } from '@shared/contract';
import { call, errorMessage } from '../../api';
import { FormError } from '../../components/Field';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { BackupRow } from './BackupRow';
import { formatTakenAt, REASONS } from './format';

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
  const [busy, setBusy] = useState<'backup' | 'delete' | null>(null);
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
    setBusy('backup');
    try {
      setList(await call('backups:create'));
      pushToast({ kind: 'success', message: 'Backed up.' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
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

  async function remove(entry: BackupEntry) {
    setBusy('delete');
    try {
      setList(await call('backups:delete', { file: entry.file }));
      setError(null);
      pushToast({ kind: 'success', message: 'Deleted the damaged backup.' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  const damaged = list?.backups.filter((b) => b.status === 'damaged').length ?? 0;

  return (
    <>
      <Dialog
        title="Backups"
        size="wide"
        onClose={onClose}
        busy={busy !== null}
        footer={
          <>
            <Button onClick={() => void reveal()}>Show backups folder</Button>
            <Button variant="primary" icon="plus" onClick={() => void backUpNow()} disabled={busy !== null}>
              {busy === 'backup' ? 'Backing up…' : 'Back up now'}
            </Button>
          </>
        }
      >
        <p className="muted">
          A copy of the workspace is kept on each start, before updates, imports and restores, and whenever you back up. The newest ten and
          one a day for 30 days are kept. Each workspace keeps its own backups, in its own folder.
        </p>
        {list && <p className="muted path">{list.folder}</p>}
        <FormError message={error} />
        {damaged > 0 && (
          <p className="backup-warning" role="status">
            {damaged === 1 ? 'One backup is damaged' : `${damaged} backups are damaged`} and can’t be restored (cut short when the app stopped, or
            unreadable). Delete {damaged === 1 ? 'it' : 'them'} to tidy the folder; your other backups are not affected.
          </p>
        )}
        {list && list.backups.length === 0 && <p>No backups yet.</p>}
        {list && list.backups.length > 0 && (
          <table className="table backups-table" aria-label="Backups">
            <thead>
              <tr>
                <th>Taken, and why</th>
                <th className="num">People</th>
                <th className="num">Campaigns</th>
                <th className="num">Bookings</th>
                <th className="num">Size</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((b) => (
                <BackupRow key={b.file} backup={b} busy={busy !== null} onRestore={setRestoring} onDelete={(x) => void remove(x)} />
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
              {restoring.status === 'unattributed' && (
                <p className="backup-warning">
                  This backup comes from the folder all workspaces here shared before each kept its own, so it may be another workspace’s: check the
                  counts ({formatNumber(restoring.counts?.talent ?? 0, 0)} people, {formatNumber(restoring.counts?.bookings ?? 0, 0)} bookings).
                </p>
              )}
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
