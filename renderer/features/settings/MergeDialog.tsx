import { useState } from 'react';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { useStore } from '../../store';

interface Props {
  kind: 'roles' | 'skills' | 'channels';
  from: { id: number; name: string };
  options: { id: number; name: string }[];
  onClose: () => void;
}

/** Merges one role or skill into another: people, demand lines (and so their bookings) follow, in one undoable step. */
export function MergeDialog({ kind, from, options, onClose }: Props) {
  const merge = useStore((s) => s.mergeList);
  const others = options.filter((o) => o.id !== from.id);
  const [intoId, setIntoId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noun = kind === 'roles' ? 'role' : kind === 'skills' ? 'skill' : 'channel';

  async function submit() {
    if (intoId === null) return setError(`Choose the ${noun} to keep.`);
    setBusy(true);
    try {
      await merge(kind, from.id, intoId);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  const into = others.find((o) => o.id === intoId);
  return (
    <Dialog
      title={`Merge “${from.name}”`}
      onClose={onClose}
      onSubmit={() => void submit()}
      busy={busy}
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy || intoId === null}>
            Merge
          </Button>
        </>
      }
    >
      <FormError message={error} />
      <Field label={`Merge into`}>
        <select className="select" value={intoId ?? ''} onChange={(e) => setIntoId(e.target.value ? Number(e.target.value) : null)} data-autofocus>
          <option value="">Choose a {noun}…</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      <p className="settings-merge-note">
        {kind === 'channels'
          ? `Every brief that names “${from.name}” names ${into ? `“${into.name}”` : 'the channel you choose'} instead.`
          : kind === 'roles'
          ? `Everyone whose role is “${from.name}”, and every demand line that asks for it (with its bookings), moves to ${into ? `“${into.name}”` : 'the role you choose'}.`
          : `Everyone who lists “${from.name}”, and every demand line that asks for it, moves to ${into ? `“${into.name}”` : 'the skill you choose'}; someone with both keeps the higher level.`}{' '}
        “{from.name}” is then deleted. Undo puts everything back.
      </p>
    </Dialog>
  );
}
