import { memo } from 'react';
import { bucketsIn, isWeekend, isoFromDay } from './days';
import { NAME_W } from './geometry';
import { loadFill, loadLevel } from './load';
import type { Load, Zoom } from './types';

interface Props {
  dayStart: number;
  dayEnd: number;
  axisStart: number;
  dayW: number;
  zoom: Zoom;
  loads: Map<number, Load> | undefined;
  holidays: Map<number, string> | undefined;
  closures: Map<number, string>;
}

/**
 * The days of a row that need more than the grid's own background (weekends and day lines are one
 * background on the whole body): holidays and closures, days the person doesn't work, and days with
 * hours booked — their load from capacity:grid as `data-load` (free, full, over) with a strip along
 * the bottom. A working day with nothing booked has no element: that keeps the DOM small.
 */
export const RowCells = memo(function RowCells({ dayStart, dayEnd, axisStart, dayW, zoom, loads, holidays, closures }: Props) {
  const cells = [];
  for (const { start, days } of bucketsIn(dayStart, dayEnd, zoom)) {
    const load = loads?.get(start);
    const booked = load ? load.conf + load.tent > 0.001 : false;
    let off = '';
    if (zoom === 'day' && (closures.has(start) || holidays?.has(start))) off = 'hol';
    else if (load && load.cap <= 0 && !(zoom === 'day' && isWeekend(start))) off = 'off';
    if (!off && !booked && zoom !== 'month') continue;
    const level = loadLevel(load);
    cells.push(
      <div
        key={start}
        className={off ? `sch-cell ${off}` : 'sch-cell'}
        data-day={isoFromDay(start)}
        data-load={level ?? undefined}
        data-fill={level === 'free' ? loadFill(load) : undefined}
        style={{ left: NAME_W + (start - axisStart) * dayW, width: days * dayW }}
      />,
    );
  }
  return <>{cells}</>;
});
