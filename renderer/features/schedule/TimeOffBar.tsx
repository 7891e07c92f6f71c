import { memo } from 'react';
import type { BookingView } from '@shared/contract';
import { TIME_OFF_TYPE_WORDS, type TimeOff } from '@shared/domain';
import { formatNumber } from '../../lib/format';
import { dayFromIso, fmtRange } from './days';
import { NAME_W } from './geometry';
import { labelRun, labelText } from './timeOffLabel';

interface Props {
  off: TimeOff;
  name: string;
  dayStart: number;
  dayEnd: number;
  axisStart: number;
  dayW: number;
  selected: boolean;
  /** The person's bookings in view: the label goes where none covers the bar. */
  bookings: BookingView[];
}

/** What a period of time off says, to a screen reader and in its tooltip. */
export function timeOffLabel(o: TimeOff, name: string): string {
  const part = o.hoursPerDay === null ? '' : ` · ${formatNumber(o.hoursPerDay, 2)} h a day`;
  return `${TIME_OFF_TYPE_WORDS[o.type]}: ${name} · ${fmtRange(dayFromIso(o.start), dayFromIso(o.end))}${part}${o.note ? ` · ${o.note}` : ''}`;
}

/**
 * A period of time off: hatched grey across the row, under the booking bars, with its type. It is
 * dragged like a booking (its ends are resize grips), and selected by a click (Delete, Enter).
 */
export const TimeOffBar = memo(function TimeOffBar({ off: o, name, dayStart, dayEnd, axisStart, dayW, selected, bookings }: Props) {
  const s = Math.max(dayFromIso(o.start), dayStart);
  const e = Math.min(dayFromIso(o.end), dayEnd);
  if (e < s) return null;
  const width = (e - s + 1) * dayW;
  const label = timeOffLabel(o, name);
  const hours = o.hoursPerDay === null ? '' : ` · ${formatNumber(o.hoursPerDay, 2)} h`;
  const run = labelRun(s, e, bookings.map((b) => [dayFromIso(b.start), dayFromIso(b.end)]));
  const text = labelText(o.type, hours, run.days * dayW);
  return (
    <div
      id={`sch-o-${o.id}`}
      className={`sch-off${selected ? ' selected' : ''}`}
      data-time-off-id={o.id}
      data-talent-id={o.talentId}
      data-start={o.start}
      data-end={o.end}
      role="button"
      aria-label={label}
      aria-pressed={selected}
      title={label}
      style={{ left: NAME_W + (s - axisStart) * dayW, width }}
    >
      {text && (
        <span style={{ marginLeft: (run.start - s) * dayW, maxWidth: run.days * dayW }}>
          {text.word}
          {text.hours && <small>{text.hours}</small>}
        </span>
      )}
    </div>
  );
});
