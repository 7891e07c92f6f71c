import type { DeliveryAnswer, DeliveryPhaseAnswer } from '@shared/contract';
import { formatHours } from '@shared/capacity/warnings';
import { formatDate } from '../../lib/format';

// A campaign under way in the delivery card: how much of it is already booked, and each phase's
// dates as booked (finished, fully booked) or planned from today (under way, keeping its start).

/** "312 h of 480 h already booked; the open 168 h can be done by 14 March 2027." */
export function DeliveryProgressLine({ a }: { a: DeliveryAnswer }) {
  if (!a.progress?.sentence) return null;
  return <p className="delivery-progress">{a.progress.sentence}</p>;
}

function note(p: DeliveryPhaseAnswer): string | null {
  const pr = p.progress;
  if (!pr) return null;
  if (pr.state === 'booked') return 'booked';
  if (pr.state === 'finished') return pr.bookedHours < pr.hours ? `ended; ${formatHours(pr.hours - pr.bookedHours)} never booked` : 'done';
  if (pr.state === 'underway') return `under way; open hours ${formatDate(p.start)} – ${formatDate(p.end)}`;
  return null;
}

/** The phase's dates in the answer's table. */
export function PhaseDates({ p }: { p: DeliveryPhaseAnswer }) {
  if (!p.start) return <>Does not fit</>;
  const start = p.progress?.state === 'underway' ? p.progress.startedOn : p.start;
  const n = note(p);
  return (
    <>
      {`${formatDate(start)} – ${formatDate(p.end)}`}
      {n && <span className="muted"> ({n})</span>}
      {p.waitDays > 0 && <span className="muted"> (waits {p.waitDays} working day{p.waitDays === 1 ? '' : 's'})</span>}
    </>
  );
}
