import { checkBookingChanges, dayFromIso, explainDays, formatDayList, type BookingCheck, type CapacityState } from '@shared/capacity';
import type { Booking } from '@shared/domain';
import { AppError, type OverAllocationRefusal } from '@shared/errors';
import { listClosures } from '../db/repos/closures';
import type { Db } from '../db/open';

/** Closure day → its name, for the days a check covers. */
export function closureNamesIn(db: Db, range: { start: string; end: string }): Map<number, string> {
  return new Map(listClosures(db, { from: range.start, to: range.end }).map((c) => [dayFromIso(c.date), c.name]));
}

function spanOf(bookings: readonly Pick<Booking, 'start' | 'end'>[]): { start: string; end: string } {
  let start = bookings[0].start;
  let end = bookings[0].end;
  for (const b of bookings) {
    if (b.start < start) start = b.start;
    if (b.end > end) end = b.end;
  }
  return { start, end };
}

/** Per person, the days the bookings would over-allocate, with why; null when none would be. */
export function overAllocationOf(db: Db, state: CapacityState, checks: readonly BookingCheck[], proposed: readonly Booking[]): OverAllocationRefusal | null {
  const byPerson = new Map<number, Map<string, { date: string; booked: number; capacity: number }>>();
  checks.forEach((check, k) => {
    if (check.days.length === 0) return;
    const days = byPerson.get(proposed[k].talentId) ?? new Map();
    for (const d of check.days) days.set(d.date, d);
    byPerson.set(proposed[k].talentId, days);
  });
  if (byPerson.size === 0) return null;
  const closures = closureNamesIn(db, spanOf(proposed));
  return {
    people: [...byPerson].map(([talentId, days]) => {
      const p = state.personIndexById.get(talentId) ?? -1;
      const sorted = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
      return { talentId, name: state.people[p]?.name ?? 'Someone', days: explainDays(state, p, sorted, closures) };
    }),
  };
}

const MAX_DAYS_NAMED = 4;

/** "Ada Lovelace would be over-allocated on 3 and 6 April: 3 April, Good Friday (public holiday); 6 April, vacation (time off)." */
export function refusalMessage(refusal: OverAllocationRefusal, currentYear?: number): string {
  return refusal.people
    .map(({ name, days }) => {
      const named = days.slice(0, MAX_DAYS_NAMED).map((d) => `${formatDayList([d.date], currentYear)}, ${d.why}`);
      const more = days.length > MAX_DAYS_NAMED ? `; and ${days.length - MAX_DAYS_NAMED} more ${days.length - MAX_DAYS_NAMED === 1 ? 'day' : 'days'}` : '';
      return `${name} would be over-allocated on ${formatDayList(days.map((d) => d.date), currentYear)}: ${named.join('; ')}${more}.`;
    })
    .join(' ');
}

/**
 * Refuses, with the days and why, bookings that would over-allocate anyone. Called inside the
 * write's transaction, before anything is written, so check and write are one step.
 */
export function refuseOverAllocation(db: Db, state: CapacityState, proposed: readonly Booking[], currentYear?: number): void {
  const refusal = overAllocationOf(db, state, checkBookingChanges(state, proposed, currentYear), proposed);
  if (refusal) throw new AppError('over_allocated', refusalMessage(refusal, currentYear), undefined, refusal);
}
