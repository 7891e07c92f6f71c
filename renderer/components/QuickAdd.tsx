import { useState } from 'react';
import { errorMessage } from '../api';
import { Button } from './Button';
import { FieldMessage } from './Field';

interface Props {
  /** e.g. "New role" */
  label: string;
  placeholder: string;
  onAdd: (name: string) => Promise<void>;
}

/** A small "+ New …" link that opens a one-line name box; Enter adds, Escape cancels. */
export function QuickAdd({ label, placeholder, onAdd }: Props) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function add() {
    if (!name.trim()) return setError('Enter a name');
    setBusy(true);
    try {
      await onAdd(name.trim());
      setName('');
      setOpen(false);
      setError(undefined);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  if (!open)
    return (
      <Button size="sm" variant="ghost" icon="plus" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  return (
    <div className="quick-add">
      <div className="quick-add-row">
        <input
          className="input"
          autoFocus
          aria-label={label}
          placeholder={placeholder}
          value={name}
          disabled={busy}
          onChange={(e) => {
            setName(e.target.value);
            setError(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            } else if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        />
        <Button size="sm" variant="primary" onClick={() => void add()} disabled={busy}>
          Add
        </Button>
        <Button size="sm" onClick={() => setOpen(false)} disabled={busy}>
          Cancel
        </Button>
      </div>
      <FieldMessage error={error} />
    </div>
  );
}
