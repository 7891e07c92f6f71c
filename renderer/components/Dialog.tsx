import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button } from './Button';

interface Props {
  title: ReactNode;
  onClose: () => void;
  /** When given, the body is a form: Enter submits it. */
  onSubmit?: () => void;
  footer?: ReactNode;
  children: ReactNode;
  size?: 'normal' | 'wide' | 'side';
  /** The closing "×" and Escape are disabled while saving. */
  busy?: boolean;
  /**
   * Unsaved changes: Escape, a click outside and "×" then ask before discarding them (Cancel,
   * the form's own button, still closes at once).
   */
  dirty?: boolean;
  /** What the changes are to, for that question ("Discard your changes to Spring Launch?"); the title by default. */
  changesTo?: string;
  /** 'alertdialog' for a question that interrupts the user, such as "Discard your changes…?". */
  role?: 'dialog' | 'alertdialog';
}

/** Dialogs, the topmost last: only the topmost answers Escape. */
const DIALOGS = '[role="dialog"], [role="alertdialog"]';

// Tab stops only: a button a button group keeps out of the tab order (tabindex -1) is not one.
const FOCUSABLE = ':is(input, select, textarea, button):not([disabled]):not([tabindex="-1"]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: Escape closes it (asking first when it has unsaved changes), focus stays inside
 * and returns to where it was.
 */
export function Dialog({ title, onClose, onSubmit, footer, children, size = 'normal', busy, dirty, changesTo, role = 'dialog' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [asking, setAsking] = useState(false);
  const dismissRef = useRef(() => {});
  dismissRef.current = () => {
    if (busy) return;
    if (dirty) setAsking(true);
    else onClose();
  };

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const root = ref.current;
    const body = root?.querySelector<HTMLElement>('.dialog-body');
    const first = root?.querySelector<HTMLElement>('[data-autofocus]') ?? body?.querySelector<HTMLElement>(FOCUSABLE) ?? root?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    // Escape closes the topmost dialog wherever focus is (even on the page body), unless an
    // inline editor inside it handled Escape first and stopped it.
    function onEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const dialogs = document.querySelectorAll(DIALOGS);
      if (dialogs[dialogs.length - 1] !== root) return;
      event.preventDefault();
      dismissRef.current();
    }
    window.addEventListener('keydown', onEscape);
    return () => {
      window.removeEventListener('keydown', onEscape);
      previous?.focus?.();
    };
  }, []);

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) onSubmit?.();
  }

  const inner = (
    <>
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <Button variant="ghost" size="sm" iconOnly icon="close" label="Close" onClick={() => dismissRef.current()} disabled={busy} />
      </div>
      <div className="dialog-body">{children}</div>
      {footer && <div className="dialog-footer">{footer}</div>}
    </>
  );
  const className = `dialog${size === 'wide' ? ' dialog-wide' : size === 'side' ? ' dialog-side' : ''}`;

  return (
    <div
      className={`dialog-backdrop${size === 'side' ? ' side' : ''}`}
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) dismissRef.current();
      }}
    >
      <div ref={ref} role={role} aria-modal="true" aria-labelledby={titleId} className={className} onKeyDown={onKeyDown}>
        {onSubmit ? (
          <form onSubmit={submit} noValidate style={{ display: 'contents' }}>
            {inner}
          </form>
        ) : (
          inner
        )}
      </div>
      {asking &&
        createPortal(
          <DiscardPrompt what={changesTo ?? (typeof title === 'string' ? title : 'this')} onKeep={() => setAsking(false)} onDiscard={onClose} />,
          document.body,
        )}
    </div>
  );
}

/** "Discard your changes to …?": Keep editing (the default, and Escape) or Discard. */
function DiscardPrompt({ what, onKeep, onDiscard }: { what: string; onKeep: () => void; onDiscard: () => void }) {
  return (
    <Dialog
      role="alertdialog"
      title={`Discard your changes to ${what}?`}
      onClose={onKeep}
      footer={
        <>
          <Button variant="danger" onClick={onDiscard}>
            Discard
          </Button>
          <Button variant="primary" onClick={onKeep} data-autofocus>
            Keep editing
          </Button>
        </>
      }
    >
      <p>What you entered here has not been saved.</p>
    </Dialog>
  );
}

interface FormButtonsProps {
  busy?: boolean;
  onCancel: () => void;
  /** The submit button's label; none when the form can't be saved from here. */
  submit: string | null;
  cancel?: string;
  disabled?: boolean;
  /** The form's one destructive action (Delete, Remove phase), on the left. */
  remove?: { label: string; onClick: () => void };
  /** Buttons before Cancel (Restore defaults). */
  children?: ReactNode;
}

/** A form dialog's footer: any extra buttons, Cancel, and the submit button, which says "Saving…" while busy. */
export function FormButtons({ busy, onCancel, submit, cancel = 'Cancel', disabled, remove, children }: FormButtonsProps) {
  return (
    <>
      {remove && (
        <Button variant="ghost" icon="trash" className="left danger-text" onClick={remove.onClick} disabled={busy}>
          {remove.label}
        </Button>
      )}
      {children}
      <Button onClick={onCancel} disabled={busy}>
        {cancel}
      </Button>
      {submit !== null && (
        <Button type="submit" variant="primary" disabled={busy || disabled}>
          {busy ? 'Saving…' : submit}
        </Button>
      )}
    </>
  );
}
