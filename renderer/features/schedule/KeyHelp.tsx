import { Fragment } from 'react';
import { modKey } from '../../lib/keys';
import { useSchedule } from './state';

type Hint = [keys: string[], what: string];

const BROWSE: Hint[] = [
  [['Drag'], 'on empty days to book'],
  [['Alt+drag'], 'time off'],
  [['← → ↑ ↓'], 'move between bars'],
  [['Enter'], 'open'],
];
const SELECTED: Hint[] = [
  [['Alt+← →'], 'move a day'],
  [['Shift+Alt+← →'], 'a week'],
  [['Alt+↑ ↓'], 'to the person above or below'],
  [['Enter'], 'edit'],
  [['Delete'], 'remove'],
  [[`${modKey}Z`], 'undo'],
];

const TIME_OFF: Hint[] = [
  [['Drag'], 'move'],
  [['Alt+← →'], 'move a day'],
  [['Drag an end'], 'change its days'],
  [['Enter'], 'edit'],
  [['Delete'], 'remove'],
  [[`${modKey}Z`], 'undo'],
];

/** A help line under the grid: the keys that apply now (more once a booking or time off is selected). */
export function KeyHelp() {
  const selected = useSchedule((s) => s.selection.size > 0 || s.focusId !== null);
  const timeOff = useSchedule((s) => s.timeOffFocus !== null);
  const hints = timeOff ? TIME_OFF : selected ? SELECTED : BROWSE;
  return (
    <div className="sch-help" aria-hidden="true">
      {hints.map(([keys, what]) => (
        <span key={what}>
          {keys.map((k, i) => (
            <Fragment key={k}>
              {i > 0 && ' '}
              <kbd className="kbd">{k}</kbd>
            </Fragment>
          ))}{' '}
          {what}
        </span>
      ))}
    </div>
  );
}
