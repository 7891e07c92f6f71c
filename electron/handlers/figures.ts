import type { BookingView } from '@shared/contract';
import type { Booking, Id } from '@shared/domain';
import type { Db } from '../db/open';
import { listBookings, type BookingFilter } from '../db/repos/bookings';
import { listTalent } from '../db/repos/talent';

// INTERIM: counts Mon–Fri days; replaced by the capacity core's booking-hours rule.
function bookingTotalHours(b: Booking): number {
  const start = Date.parse(b.start + 'T00:00:00Z');
  const end = Date.parse(b.end + 'T00:00:00Z');
  let days = 0;
  for (let t = start; t <= end; t += 86_400_000) {
    const dow = new Date(t).getUTCDay();
    if (dow !== 0 && dow !== 6) days++;
  }
  return (days || Math.round((end - start) / 86_400_000) + 1) * b.hoursPerDay;
}

export function withTotals(_db: Db, bookings: Booking[]): BookingView[] {
  return bookings.map((b) => ({ ...b, totalHours: bookingTotalHours(b) }));
}

export interface BookedFigures {
  hoursByCampaign: Map<Id, number>;
  costByCampaign: Map<Id, number>;
  hoursByLine: Map<Id, number>;
}

/** Booked hours and cost per campaign and per demand line, for the bookings the filter selects. */
export function bookedFigures(db: Db, filter: BookingFilter): BookedFigures {
  const bookings = listBookings(db, filter);
  const rates = new Map(listTalent(db, { ids: [...new Set(bookings.map((b) => b.talentId))] }).map((t) => [t.id, t.costRate]));
  const figures: BookedFigures = { hoursByCampaign: new Map(), costByCampaign: new Map(), hoursByLine: new Map() };
  const add = (map: Map<Id, number>, key: Id, value: number) => map.set(key, (map.get(key) ?? 0) + value);
  for (const b of withTotals(db, bookings)) {
    add(figures.hoursByCampaign, b.campaignId, b.totalHours);
    add(figures.costByCampaign, b.campaignId, b.totalHours * (rates.get(b.talentId) ?? 0));
    if (b.demandLineId !== null) add(figures.hoursByLine, b.demandLineId, b.totalHours);
  }
  return figures;
}
