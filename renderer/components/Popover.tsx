import './popover.css';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

interface Props {
  /** The button's words (and the panel's name). */
  label: string;
  icon?: IconName;
  size?: 'md' | 'sm';
  disabled?: boolean;
  title?: string;
  /** A quiet count after the label, e.g. filters in use. */
  badge?: number;
  /** Which edge of the button the panel lines up with (default: its right edge, for buttons at the right of a bar). */
  align?: 'left' | 'right';
  /** The panel's content; `close` closes it (e.g. after a choice). */
  children: (close: () => void) => ReactNode;
}

/**
 * A button that opens a small panel under it (controls folded away from a toolbar, or a few
 * choices). It closes on Escape (focus back on the button), on a click outside, or by `close`.
 */
export function Popover({ label, icon, size = 'md', disabled, title, badge, align = 'right', children }: Props) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', outside);
    wrap.current?.addEventListener('keydown', escape);
    const el = wrap.current;
    return () => {
      document.removeEventListener('mousedown', outside);
      el?.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div className="popover" ref={wrap}>
      <button
        ref={button}
        type="button"
        className={`btn${size === 'sm' ? ' btn-sm' : ''}`}
        disabled={disabled}
        title={title}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {icon && <Icon name={icon} size={size === 'sm' ? 14 : 16} />}
        {label}
        {badge ? <span className="popover-badge">{badge}</span> : null}
        <Icon name="chevronDown" size={12} />
      </button>
      {/* Kept mounted while closed: a value typed just before closing is still applied. */}
      <div className={`popover-panel ${align}`} id={panelId} role="group" aria-label={label} hidden={!open}>
        {children(() => setOpen(false))}
      </div>
    </div>
  );
}
