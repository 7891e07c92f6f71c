import type { TimeOff } from '@shared/domain';
import { deleteTimeOff } from '../timeoff/timeOffWrites';
import { notifyRefused } from './appBridge';
import { errorMessage } from '../../api';

/**
 * A time-off bar as drawn: its days for tests and tools, a name for screen readers, reachable by
 * Tab; Enter opens it, and Delete (or Backspace) removes it as one undoable step.
 */
export function timeOffMounted(el: HTMLElement, t: TimeOff, label: string, inList: boolean): void {
  el.dataset.range = `${t.start}..${t.end}`;
  el.dataset.timeOffId = String(t.id);
  el.setAttribute('role', 'button');
  // A list row shows its time and type beside the name, so its own text names it (label in name).
  if (!inList) el.setAttribute('aria-label', `Time off: ${label.replace(/\n/g, ', ')}`);
  el.tabIndex = 0;
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') return el.click();
    if (e.key !== 'Delete' && e.key !== 'Backspace') return;
    e.preventDefault();
    deleteTimeOff(t).catch((error: unknown) => notifyRefused(errorMessage(error)));
  });
}
