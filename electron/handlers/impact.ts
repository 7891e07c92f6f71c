import type { DeleteImpact } from '@shared/contract';
import type { Id } from '@shared/domain';
import type { Db } from '../db/open';
import { countBookingsOf, listBookings } from '../db/repos/bookings';
import type { CapacityModel } from '../capacity/model';
import { withTotals } from './figures';
import { listDemandLines } from '../db/repos/demandLines';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What deleting a person, a campaign or a demand line does to bookings, in words. */
export function bookingImpact(db: Db, model: CapacityModel, by: { talentId?: Id; campaignId?: Id; demandLineId?: Id }, name: string): DeleteImpact {
  const counts = countBookingsOf(db, by);
  const bookings = listBookings(db, {
    talentIds: by.talentId === undefined ? undefined : [by.talentId],
    campaignIds: by.campaignId === undefined ? undefined : [by.campaignId],
    demandLineIds: by.demandLineId === undefined ? undefined : [by.demandLineId],
  });
  const bookingHours = withTotals(model, bookings).reduce((sum, b) => sum + b.totalHours, 0);
  const demandLines = by.campaignId !== undefined ? listDemandLines(db, { campaignIds: [by.campaignId] }).length : 0;
  let message: string;
  if (by.demandLineId !== undefined) {
    message = counts.bookings
      ? `Deleting this demand line keeps its ${plural(counts.bookings, 'booking')}; they stay on the campaign, no longer tied to a line.`
      : 'This demand line has no bookings.';
  } else if (by.campaignId !== undefined) {
    message = `Deleting “${name}” also deletes its ${plural(demandLines, 'demand line')} and ${plural(counts.bookings, 'booking')}.`;
  } else {
    message = counts.bookings
      ? `Deleting ${name} also deletes their ${plural(counts.bookings, 'booking')}` +
        (counts.onDemandLines ? `; the ${plural(counts.onDemandLines, 'booking')} on demand lines become open demand again.` : '.')
      : `${name} has no bookings.`;
  }
  return { bookings: counts.bookings, bookingHours, demandLines, message };
}
