import type { DayCellContentArg } from '@fullcalendar/core';
import type { IsoDate } from '@shared/domain';
import { overallocationLabel } from './contextEvents';
import { isoOfDate } from './dates';

/**
 * A day cell's top line: one over-allocation marker with the count (the names in its tooltip), then
 * the day number. One marker per day, in the cell's top line, so nothing overlaps the number.
 */
export function dayCellContent(overByDay: Map<IsoDate, string[]>) {
  return function DayTop(arg: DayCellContentArg) {
    const day = isoOfDate(arg.date);
    const names = overByDay.get(day);
    const label = names ? overallocationLabel(day, names) : null;
    return (
      <>
        {label ? (
          <span className="cp-over-marker" title={label.tooltip} aria-label={label.tooltip}>
            <span className="cp-over-count">{names?.length}</span>
            <span className="cp-over-word"> over-allocated</span>
          </span>
        ) : null}
        {arg.dayNumberText ? <span className="cp-day-num">{arg.dayNumberText}</span> : null}
      </>
    );
  };
}
