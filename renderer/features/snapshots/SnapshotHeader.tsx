import { useState } from 'react';
import type { Snapshot } from '@shared/contract';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useStore } from '../../store';
import { formatDate, takenLabel } from './format';

function EditDialog({ snapshot, onClose }: { snapshot: Snapshot; onClose: () => void }) {
  const [name, setName] = useState(snapshot.name);
  const [note, setNote] = useState(snapshot.note);
  const [error, setError] = useState<string | null>(null);
  const { renameSnapshot: rename, annotateSnapshot: annotate } = useStore.getState();
  async function save() {
    try {
      if (name !== snapshot.name) await rename(snapshot.id, name);
      if (note !== snapshot.note) await annotate(snapshot.id, note);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <Dialog title="Name and note" onClose={onClose} dirty={name !== snapshot.name || note !== snapshot.note} changesTo={`“${snapshot.name}”`} footer={<><Button onClick={onClose}>Cancel</Button><Button variant="primary" onClick={() => void save()}>Save</Button></>}>
      <p className="snap-hint">Only the name and the note can change; the figures stay as they were taken.</p>
      <Field label="Name" error={error ?? undefined}><input className="input" value={name} onChange={(e) => setName(e.target.value)} data-autofocus /></Field>
      <Field label="Note"><textarea className="textarea" rows={4} value={note} onChange={(e) => setNote(e.target.value)} /></Field>
    </Dialog>
  );
}

/** The open snapshot: what it is, and what can be done with it. */
export function SnapshotHeader({ snapshot }: { snapshot: Snapshot }) {
  const list = useStore((s) => s.snapshots);
  const compareId = useStore((s) => s.compareSnapshotId);
  const busy = useStore((s) => s.snapshotsBusy);
  const { compareSnapshot: setCompare, exportSnapshotReport: exportReport, deleteSnapshot: remove } = useStore.getState();
  const roles = useStore((s) => s.roles);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { filter, range } = snapshot.settings;
  const scope = [
    filter.roleId !== undefined ? (roles.find((r) => r.id === filter.roleId)?.name ?? 'One role') : 'All roles',
    filter.kinds?.length ? filter.kinds.join(', ') : null,
    filter.tag ? `tag “${filter.tag}”` : null,
  ].filter(Boolean).join(' · ');
  return (
    <div className="snap-header">
      <div className="snap-title">
        <h2>{snapshot.name}</h2>
        <div className="snap-meta">
          <span>{formatDate(range.start)} – {formatDate(range.end)}</span><span>{scope}</span>
          <span>Taken {takenLabel(snapshot.takenAt)}{snapshot.automatic ? ' (weekly)' : ''}</span><span>v{snapshot.appVersion}</span>
        </div>
        {snapshot.note && <p className="snap-note">{snapshot.note}</p>}
      </div>
      <div className="snap-actions">
        <label className="snap-compare-pick">
          <span>Compare with</span>
          <select className="select" value={compareId ?? ''} onChange={(e) => void setCompare(e.target.value ? Number(e.target.value) : null)}>
            <option value="">Nothing</option>
            {list.filter((s) => s.id !== snapshot.id).map((s) => (
              <option key={s.id} value={s.id}>{s.name} ({formatDate(s.takenOn)})</option>
            ))}
          </select>
        </label>
        <Button icon="file" onClick={() => void exportReport('html')} disabled={busy !== null}>{busy === 'html' ? 'Saving…' : 'Export HTML'}</Button>
        <Button icon="file" onClick={() => void exportReport('pdf')} disabled={busy !== null}>{busy === 'pdf' ? 'Printing…' : 'Export PDF'}</Button>
        <Button icon="edit" iconOnly label="Rename or annotate" onClick={() => setEditing(true)} />
        <Button icon="trash" iconOnly label="Delete snapshot" onClick={() => setDeleting(true)} />
      </div>
      {editing && <EditDialog snapshot={snapshot} onClose={() => setEditing(false)} />}
      {deleting && (
        <ConfirmDialog title="Delete this snapshot?" message={`“${snapshot.name}” and its figures will be gone. Reports already exported stay as they are.`} confirmLabel="Delete" danger onConfirm={() => remove(snapshot.id)} onClose={() => setDeleting(false)} />
      )}
    </div>
  );
}
