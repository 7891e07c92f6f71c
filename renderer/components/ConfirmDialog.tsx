import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api';
import { Button } from './Button';
import { FormError } from './Field';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** 'wide' for a message with a table. */
  size?: 'normal' | 'wide';
}

/** Asks once, runs the action, and shows its error in place if it fails. */
export function ConfirmDialog({ title, message, confirmLabel, danger, onConfirm, onClose, size }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={confirm}
      size={size}
      busy={busy}
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant={danger ? 'danger' : 'primary'} disabled={busy} data-autofocus>
            {busy ? 'Working…' : confirmLabel}
          </Button>
        </>
      }
    >
      <FormError message={error} />
      <div>{message}</div>
    </Dialog>
  );
}
