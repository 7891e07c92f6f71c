import { memo } from 'react';
import { TIME_OFF_TYPE_WORDS, type TimeOff } from '@shared/domain';
import { formatNumber } from '../../lib/format';
import { dayFromIso, fmtRange } from './days';
import { NAME_W } from './geometry';

interface Props {
  off: TimeOff;
  name: string;
  dayStart: number;
  dayEnd: number;
  axisStart: number;
  dayW: number;
  selected: boolean;
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
export const TimeOffBar = memo(function TimeOffBar({ off: o, name, dayStart, dayEnd, axisStart, dayW, selected }: Props) {
  const s = Math.max(dayFromIso(o.start), dayStart);
  const e = Math.min(dayFromIso(o.end), dayEnd);
  if (e < s) return null;
  const width = (e - s + 1) * dayW;
  const label = timeOffLabel(o, name);
  const hours = o.hoursPerDay === null ? '' : ` · ${formatNumber(o.hoursPerDay, 2)} h`;
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
      {width > 56 && (
        <span>
          {TIME_OFF_TYPE_WORDS[o.type]}
          {hours && <small>{hours}</small>}
        </span>
      )}
    </div>
  );
});
