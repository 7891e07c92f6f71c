import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
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
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A modal dialog: Escape closes it, focus stays inside and returns to where it was. */
export function Dialog({ title, onClose, onSubmit, footer, children, size = 'normal', busy }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const busyRef = useRef(busy);
  busyRef.current = busy;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const root = ref.current;
    const body = root?.querySelector<HTMLElement>('.dialog-body');
    const first = body?.querySelector<HTMLElement>('[data-autofocus]') ?? body?.querySelector<HTMLElement>(FOCUSABLE) ?? root?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    // Escape closes the topmost dialog wherever focus is (even on the page body), unless an
    // inline editor inside it handled Escape first and stopped it.
    function onEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const dialogs = document.querySelectorAll('[role="dialog"]');
      if (dialogs[dialogs.length - 1] !== root) return;
      event.preventDefault();
      if (!busyRef.current) closeRef.current();
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
        <Button variant="ghost" size="sm" iconOnly icon="close" label="Close" onClick={onClose} disabled={busy} />
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
        if (e.target === e.currentTarget && !busy) onClose();
      }}
    >
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={titleId} className={className} onKeyDown={onKeyDown}>
        {onSubmit ? (
          <form onSubmit={submit} noValidate style={{ display: 'contents' }}>
            {inner}
          </form>
        ) : (
          inner
        )}
      </div>
    </div>
  );
}

interface FormButtonsProps {
  busy?: boolean;
  onCancel: () => void;
  /** The submit button's label; none when the form can't be saved from here. */
  submit: string | null;
  cancel?: string;
  disabled?: boolean;
  /** Buttons before Cancel (Delete, Restore defaults). */
  children?: ReactNode;
}

/** A form dialog's footer: any extra buttons, Cancel, and the submit button, which says "Saving…" while busy. */
export function FormButtons({ busy, onCancel, submit, cancel = 'Cancel', disabled, children }: FormButtonsProps) {
  return (
    <>
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
