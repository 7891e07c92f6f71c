import { useEffect, useId } from 'react';
import { useStore } from '../store';
import type { Toast, ToastStep } from '../store/appSlice';
import { stepButton } from '../store/historySlice';
import { Icon } from './Icon';

const LIFETIME = { success: 6000, info: 5000, error: 9000 } as const;
/** A toast that offers Undo stays long enough to reach for it. */
const STEP_LIFETIME = 10_000;

/** Undo (or Redo) of exactly the step the toast names; disabled, saying why, once another step is next. */
function StepButton({ step, onDone }: { step: ToastStep; onDone: () => void }) {
  const state = stepButton(step, useStore((s) => s.history));
  const reasonId = useId();
  const run = () => {
    onDone();
    const s = useStore.getState();
    void (step.direction === 'undo' ? s.undoStep(step.id) : s.redoStep(step.id));
  };
  return (
    <>
      {!state.enabled && (
        <span id={reasonId} className="toast-reason">
          {state.reason}
        </span>
      )}
      <button type="button" className="toast-action" disabled={!state.enabled} aria-describedby={state.enabled ? undefined : reasonId} onClick={run}>
        {step.direction === 'undo' ? 'Undo' : 'Redo'}
      </button>
    </>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useStore((s) => s.dismissToast);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), toast.step ? STEP_LIFETIME : LIFETIME[toast.kind]);
    return () => window.clearTimeout(timer);
  }, [toast.id, toast.kind, toast.step, dismiss]);
  return (
    <div className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
      <Icon name={toast.kind === 'error' ? 'alert' : toast.kind === 'success' ? 'check' : 'info'} />
      <span className="toast-message">{toast.message}</span>
      {toast.step && <StepButton step={toast.step} onDone={() => dismiss(toast.id)} />}
      <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useStore((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}
