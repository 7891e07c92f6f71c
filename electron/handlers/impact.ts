import type { DeleteImpact } from '@shared/contract';
import type { Id } from '@shared/domain';
import type { Db } from '../db/open';
import { countBookingsOf } from '../db/repos/bookings';
import { listDemandLines } from '../db/repos/demandLines';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What deleting a person, a campaign or a demand line does to bookings, in words. */
export function bookingImpact(db: Db, by: { talentId?: Id; campaignId?: Id; demandLineId?: Id }, name: string): DeleteImpact {
  const counts = countBookingsOf(db, by);
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
  return { bookings: counts.bookings, bookingHours: 0, demandLines, message };
}
