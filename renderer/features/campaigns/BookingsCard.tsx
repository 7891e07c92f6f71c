import { useState } from 'react';
import type { BookingView, DemandLineSummary } from '@shared/contract';
import { NO_ROLE_YET, NOT_ON_A_LINE, type Talent } from '@shared/domain';
import { Avatar } from '../../components/Avatar';
import { EmptyState } from '../../components/EmptyState';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateRange, formatHours, formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { BookingEditor } from '../bookings/BookingEditor';
import { draftOfBooking, newBookingDraft, type BookingDraft } from '../bookings/draft';

interface Props {
  campaignId: number;
  bookings: BookingView[];
  people: Record<number, Talent>;
  lines: DemandLineSummary[];
}

/** Who is booked on the campaign, when, and for how many hours. */
export function BookingsCard({ campaignId, bookings, people, lines }: Props) {
  const [editing, setEditing] = useState<BookingDraft | null>(null);
  const roles = useStore((s) => s.roles);
  const setView = useStore((s) => s.setView);
  const lineRole = (id: number | null) => {
    if (id === null) return null;
    const line = lines.find((l) => l.id === id);
    if (!line) return null;
    return line.roleId === null ? NO_ROLE_YET : (roles.find((r) => r.id === line.roleId)?.name ?? null);
  };
  const sorted = [...bookings].sort((a, b) => a.start.localeCompare(b.start) || (people[a.talentId]?.name ?? '').localeCompare(people[b.talentId]?.name ?? ''));
  const total = bookings.reduce((sum, b) => sum + b.totalHours, 0);

  return (
    <section className="card">
      <div className="card-header">
        <h2>Bookings</h2>
        <span className="sub">
          {bookings.length ? `${formatNumber(bookings.length, 0)} ${bookings.length === 1 ? 'booking' : 'bookings'} · ${formatHours(total)}` : 'Nobody booked yet'}
        </span>
        <button type="button" className="btn btn-sm" onClick={() => setEditing(newBookingDraft({ campaignId }))}>
          Book someone
        </button>
      </div>
      {bookings.length === 0 ? (
        <EmptyState icon="calendar" title="Nobody is booked on this campaign" actions={<button type="button" className="btn btn-sm" onClick={() => setView('calendar')}>Open the calendar</button>}>
          Book people against its demand here, or in the Calendar.
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>Person</th>
                <th>For</th>
                <th>Dates</th>
                <th className="num">Hours a day</th>
                <th className="num">Total</th>
                <th>Status</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {sorted.map((b) => {
                const person = people[b.talentId];
                return (
                  <tr key={b.id}>
                    <td>
                      <div className="person-cell">
                        <Avatar name={person?.name ?? '?'} seed={b.talentId} />
                        <span className="cell-strong">{person?.name ?? 'Unknown person'}</span>
                      </div>
                    </td>
                    <td>{lineRole(b.demandLineId) ?? <span className="muted">{NOT_ON_A_LINE}</span>}</td>
                    <td className="nowrap">{formatDateRange(b.start, b.end)}</td>
                    <td className="num">{formatHours(b.hoursPerDay)}</td>
                    <td className="num">{formatHours(b.totalHours)}</td>
                    <td>
                      <StatusBadge status={b.status} />
                    </td>
                    <td className="num">
                      <button type="button" className="btn btn-sm btn-ghost" onClick={() => setEditing(draftOfBooking(b))} aria-label={`Edit ${person?.name ?? 'the'} booking ${formatDateRange(b.start, b.end)}`}>
                        Edit
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <BookingEditor
          initial={editing}
          onClose={() => setEditing(null)}
          onDone={(_saved, message) => {
            setEditing(null);
            void useStore.getState().announceChange(message);
          }}
        />
      )}
    </section>
  );
}
