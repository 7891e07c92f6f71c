import type { OverAllocatedDayWhy } from '@shared/errors';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { formatDate, formatHours } from '../../lib/format';

export interface PersonOver {
  name: string;
  days: OverAllocatedDayWhy[];
}

const dayWords = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const dayOf = (iso: string) => dayWords.format(new Date(`${iso}T12:00:00`));
const MAX_DAYS = 6;

/** Why the day is over, its dates as the workspace writes dates (the hours stand beside it). */
export function whyInWords(d: OverAllocatedDayWhy): string {
  const r = d.reason;
  if (r.kind === 'over_capacity') return 'more than capacity';
  if (r.kind === 'outside_contract') return r.side === 'after' ? `after the contract ends (${formatDate(r.date)})` : `before the contract starts (${formatDate(r.date)})`;
  return d.why;
}

/** The days a booking would over-allocate, each with why; and, when offered, "Save anyway". */
export function OverAllocationNotice({ people, onSaveAnyway, busy }: { people: PersonOver[]; onSaveAnyway?: () => void; busy?: boolean }) {
  if (people.length === 0) return null;
  return (
    <div className="bk-over" role="alert">
      <Icon name="alert" size={16} />
      <div className="bk-over-body">
        {people.map((p) => (
          <div key={p.name}>
            <p className="bk-over-title">
              This would over-allocate {p.name} on {p.days.length} {p.days.length === 1 ? 'day' : 'days'}
            </p>
            <ul className="bk-over-days">
              {p.days.slice(0, MAX_DAYS).map((d) => (
                <li key={d.date}>
                  <span className="bk-over-date">{dayOf(d.date)}</span>
                  <span className="bk-over-why">{whyInWords(d)}</span>
                  <span className="bk-over-hours">
                    {formatHours(d.booked)} of {formatHours(d.capacity)}
                  </span>
                </li>
              ))}
              {p.days.length > MAX_DAYS && <li className="bk-over-more">and {p.days.length - MAX_DAYS} more</li>}
            </ul>
          </div>
        ))}
        {onSaveAnyway && (
          <Button size="sm" variant="default" onClick={onSaveAnyway} disabled={busy} className="bk-over-anyway">
            Save anyway
          </Button>
        )}
      </div>
    </div>
  );
}
