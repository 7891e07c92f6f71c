import type { StaffLine } from './bookingDraft';
import { MAX_DRAWN_BOOKINGS } from './bookingEvents';
import type { DrawMode } from '../../store/calendarSlice';
import type { Lookups } from './lookups';

interface Props {
  drawn: DrawMode | null;
  staffLine?: StaffLine;
  lookups: Lookups;
  /** A person, role or campaign filter is on. */
  narrowed: boolean;
}

/** One quiet line above the calendar: what is being staffed, and when the view is summarised. */
export function DrawNotice({ drawn, staffLine, lookups, narrowed }: Props) {
  const parts: string[] = [];
  if (staffLine) {
    const campaign = lookups.campaignById.get(staffLine.campaignId)?.name ?? 'the campaign';
    parts.push(`Staffing a demand line of ${campaign}: select days to book someone on it.`);
  }
  if (drawn?.mode === 'counts') {
    parts.push(`${drawn.count.toLocaleString()} bookings in view: too many to draw one by one (over ${MAX_DRAWN_BOOKINGS}), so each day shows a count. Choose a person, role or campaign to see the bookings.`);
  } else if (drawn?.mode === 'narrow') {
    parts.push(drawn.reason);
  } else if (drawn?.mode === 'bookings' && drawn.count === 0 && narrowed) {
    parts.push('No bookings in view for these filters. Select days on the calendar to book someone.');
  }
  if (!parts.length) return null;
  return (
    <div className="cp-notice" role="status">
      {parts.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </div>
  );
}
