import { memo } from 'react';
import { bucketsIn, dayOfMonth, fmtFull, fmtMonth, fmtMonthYear, fmtWeekday, isWeekend, isoFromDay, yearOf } from './days';
import { NAME_W } from './geometry';
import type { Zoom } from './types';

interface Props {
  dayStart: number;
  dayEnd: number;
  axisStart: number;
  dayW: number;
  zoom: Zoom;
  today: number;
  count: string;
}

/** The sticky date header: months (or years) above days (or weeks, or months). */
export const GridHeader = memo(function GridHeader({ dayStart, dayEnd, axisStart, dayW, zoom, today, count }: Props) {
  const x = (d: number) => (d - axisStart) * dayW;
  const top = zoom === 'month' ? yearsIn(dayStart, dayEnd) : bucketsIn(dayStart, dayEnd, 'month');
  const bottom = bucketsIn(dayStart, dayEnd, zoom);
  return (
    <div className="sch-header">
      <div className="sch-corner" style={{ width: NAME_W }}>
        <span>{count}</span>
      </div>
      {top.map(({ start, days }) => (
        <div key={`t${start}`} className="sch-h-top" style={{ left: NAME_W + x(start), width: days * dayW }}>
          <span>{zoom === 'month' ? String(yearOf(start)) : fmtMonthYear(start)}</span>
        </div>
      ))}
      {bottom.map(({ start, days }) => {
        const isToday = zoom === 'day' ? start === today : today >= start && today < start + days;
        const cls = ['sch-h-cell', zoom === 'day' && isWeekend(start) && 'we', isToday && 'today'].filter(Boolean).join(' ');
        return (
          <div key={`b${start}`} className={cls} data-day={isoFromDay(start)} title={fmtFull(start)} style={{ left: NAME_W + x(start), width: days * dayW }}>
            {zoom === 'day' ? (
              <>
                <small>{fmtWeekday(start)}</small>
                <b>{dayOfMonth(start)}</b>
              </>
            ) : zoom === 'week' ? (
              <b>
                {dayOfMonth(start)} {fmtMonth(start)}
              </b>
            ) : (
              <b>{fmtMonth(start)}</b>
            )}
          </div>
        );
      })}
    </div>
  );
});

function yearsIn(from: number, to: number): { start: number; days: number }[] {
  const out: { start: number; days: number }[] = [];
  const months = bucketsIn(from, to, 'month');
  for (const m of months) {
    const last = out[out.length - 1];
    if (last && yearOf(last.start) === yearOf(m.start)) last.days += m.days;
    else out.push({ start: m.start, days: m.days });
  }
  return out;
}
