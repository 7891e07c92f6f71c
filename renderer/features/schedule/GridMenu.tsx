import { useEffect, useLayoutEffect, useRef } from 'react';
import { fmtRange } from './days';
import { newDraft } from './draftFor';
import { setSchedule, useSchedule } from './state';
import { findTimeOff, openTimeOff, removeTimeOff } from './timeOffPointer';
import { timeOffOpenOf } from '../timeoff/timeOffDraft';

interface Item {
  label: string;
  run(): void;
  danger?: boolean;
}

/** The right-click menu on the grid: on an empty day, book or add time off; on time off, edit or delete it. */
export function GridMenu() {
  const menu = useSchedule((s) => s.menu);
  const ref = useRef<HTMLDivElement>(null);
  const close = () => setSchedule({ menu: null });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Kept on screen: opened near the right or bottom edge, it opens to the left or upwards.
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth - 4) el.style.left = `${Math.max(4, window.innerWidth - r.width - 4)}px`;
    if (r.bottom > window.innerHeight - 4) el.style.top = `${Math.max(4, window.innerHeight - r.height - 4)}px`;
    el.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);
  useEffect(() => {
    if (!menu) return;
    const away = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && close();
    window.addEventListener('mousedown', away);
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('mousedown', away);
      window.removeEventListener('blur', close);
    };
  }, [menu]);
  if (!menu) return null;
  const off = menu.timeOffId === null ? undefined : findTimeOff(menu.timeOffId);
  const items: Item[] = off
    ? [
        { label: 'Edit time off…', run: () => setSchedule({ timeOffOpen: timeOffOpenOf(off), menu: null }) },
        { label: 'Delete time off', danger: true, run: () => void removeTimeOff(off) },
      ]
    : [
        { label: 'New booking…', run: () => setSchedule({ draft: newDraft(menu.talentId, menu.day, menu.day), menu: null }) },
        { label: 'Add time off…', run: () => openTimeOff(menu.talentId, menu.day, menu.day) },
      ];
  const onKeyDown = (e: React.KeyboardEvent) => {
    const list = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = list.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') list[(i + (e.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div ref={ref} className="sch-menu" role="menu" aria-label={off ? 'Time off' : `${fmtRange(menu.day, menu.day)}`} style={{ left: menu.x, top: menu.y }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button key={item.label} type="button" role="menuitem" className={item.danger ? 'danger' : undefined} onClick={item.run}>
          {item.label}
        </button>
      ))}
    </div>
  );
}
