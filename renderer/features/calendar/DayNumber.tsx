import type { DayCellContentArg } from '@fullcalendar/core';
import type { IsoDate } from '@shared/domain';
import { overallocationLabel } from './contextEvents';
import { isoOfDate } from './dates';

/**
 * A day cell's top line: one over-allocation marker with the count (the names in its tooltip and in
 * the day's popover), then the day number. One marker per day, in the top line, clear of the number.
 */
export function dayCellContent(overByDay: Map<IsoDate, string[]>) {
  return function DayTop(arg: DayCellContentArg) {
    const day = isoOfDate(arg.date);
    const names = overByDay.get(day);
    const label = names ? overallocationLabel(day, names) : null;
    return (
      <>
        {label ? (
          <span className="cp-over-marker" title={label.tooltip}>
            <span className="cp-over-count">{names?.length}</span>
            <span className="cp-over-word"> over-allocated</span>
          </span>
        ) : null}
        {/* Shown only in the day's "+N more" popover, which draws this same content above its list. */}
        {names ? <span className="cp-over-names">{names.join(', ')}</span> : null}
        {arg.dayNumberText ? <span className="cp-day-num">{arg.dayNumberText}</span> : null}
      </>
    );
  };
}
