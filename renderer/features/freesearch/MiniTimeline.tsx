import type { FreeDayStatus, FreePerson } from '@shared/contract';
import { formatHours, parseIsoDate, toIsoDate } from '../../lib/format';

const STATUS_WORDS: Record<Exclude<FreeDayStatus, 'work'>, string> = {
  timeOff: 'time off',
  off: 'not a working day',
  holiday: 'public holiday',
  closed: 'studio closed',
  inactive: 'outside their contract',
};

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

/** The range's days as ISO dates. */
export function daysOf(start: string, count: number): string[] {
  const d = parseIsoDate(start) as Date;
  return Array.from({ length: count }, (_, i) => toIsoDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() + i)));
}

/** "Thu 6 May: 3.5 h free of 7.5 h" / "Mon 3 May: public holiday" */
export function dayTitle(date: string, status: FreeDayStatus, free: number, capacity: number): string {
  const day = dayFormat.format(parseIsoDate(date) as Date);
  if (status === 'work' || (status === 'timeOff' && capacity > 0)) {
    const away = status === 'timeOff' ? ' (part of the day off)' : '';
    return `${day}: ${formatHours(free)} free of ${formatHours(capacity)}${away}`;
  }
  return `${day}: ${STATUS_WORDS[status]}`;
}

interface Props {
  person: FreePerson;
  dates: string[];
  /** Print each day's free hours under its bar (when the days are wide enough). */
  numbers: boolean;
}

/** Free hours per day: a green bar for free, grey above it for booked (scaled to their longest day); days without work drawn by what they are. */
export function MiniTimeline({ person, dates, numbers }: Props) {
  const { free, capacity, status } = person.days;
  // Each person's own longest day fills a bar: a part-timer's full day reads as full.
  const scale = Math.max(0.25, ...capacity);
  const summary = dates.map((d, i) => dayTitle(d, status[i], free[i], capacity[i])).join('; ');
  return (
    <div className="ft-timeline" role="img" aria-label={`${person.name}, day by day: ${summary}`} style={{ gridTemplateColumns: `repeat(${dates.length}, minmax(0, 1fr))` }}>
      {dates.map((date, i) => {
        const working = status[i] === 'work' || (status[i] === 'timeOff' && capacity[i] > 0);
        const cap = working ? Math.min(1, capacity[i] / scale) : 0;
        const f = working ? Math.min(cap, free[i] / scale) : 0;
        return (
          <div key={date} className={`ft-day ft-${status[i]}${working && free[i] === 0 ? ' ft-full' : ''}`} title={dayTitle(date, status[i], free[i], capacity[i])}>
            <div className="ft-bar">
              {working && <span className="ft-cap" style={{ height: `${cap * 100}%` }} />}
              {working && f > 0 && <span className="ft-free" style={{ height: `${f * 100}%` }} />}
            </div>
            {numbers && <span className="ft-num">{working ? (free[i] > 0 ? formatHours(free[i]).replace(' h', '') : '0') : ''}</span>}
          </div>
        );
      })}
    </div>
  );
}

/**
 * Weekday initials and day numbers above the timelines, on the same grid; over two weeks, only each
 * Monday's date ("Mon 21"), which has room to run over the days after it.
 */
export function TimelineHeader({ dates }: { dates: string[] }) {
  const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'narrow' });
  const monday = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  const compact = dates.length > 14;
  return (
    <div className={`ft-timeline ft-head${compact ? ' ft-compact' : ''}`} aria-hidden="true" style={{ gridTemplateColumns: `repeat(${dates.length}, minmax(0, 1fr))` }}>
      {dates.map((date, i) => {
        const d = parseIsoDate(date) as Date;
        const weekend = d.getDay() === 0 || d.getDay() === 6;
        if (compact) return <div key={date} className="ft-head-day">{d.getDay() === 1 || i === 0 ? <span>{monday.format(d)}</span> : null}</div>;
        return (
          <div key={date} className={`ft-head-day${weekend ? ' ft-weekend' : ''}`}>
            <span>{weekday.format(d)}</span>
            <span>{d.getDate()}</span>
          </div>
        );
      })}
    </div>
  );
}

/** What the timeline's marks mean. */
export function TimelineLegend() {
  const items: [string, string][] = [
    ['ft-key-free', 'Free'],
    ['ft-key-booked', 'Booked'],
    ['ft-key-timeOff', 'Time off'],
    ['ft-key-holiday', 'Holiday or closure'],
    ['ft-key-off', 'Not working'],
    ['ft-key-inactive', 'Outside contract'],
  ];
  return (
    <ul className="ft-legend" aria-label="Timeline key">
      {items.map(([cls, label]) => (
        <li key={cls}>
          <span className={`ft-key ${cls}`} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
