import type { DeleteImpact, ListDeleteImpact } from '@shared/contract';
import type { Id } from '@shared/domain';
import type { Db } from '../db/open';
import { countBookingsOf, listBookings } from '../db/repos/bookings';
import type { CapacityModel } from '../capacity/model';
import { withTotals } from './figures';
import { listDemandLines } from '../db/repos/demandLines';
import { getRole, roleUses } from '../db/repos/roles';
import { getSkill, skillUses } from '../db/repos/skills';
import { found } from './found';

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

const lines = (n: number, bookings: number) =>
  `${plural(n, 'demand line')}${bookings ? ` (with ${plural(bookings, 'booking')})` : ''}`;

/** What deleting a role does; blocked while someone holds it as primary role or a line asks for it. */
export function roleDeleteImpact(db: Db, id: Id): ListDeleteImpact {
  const role = found(getRole(db, id), 'role');
  const u = roleUses(db, id);
  const uses = [
    u.primaryPeople && `the primary role of ${plural(u.primaryPeople, 'person', 'people')}`,
    u.demandLines && `asked for by ${lines(u.demandLines, u.bookings)}`,
    u.templates && `used in ${plural(u.templates, 'template', 'templates')}`,
    u.handoffs && `the receiver of ${plural(u.handoffs, 'handoff', 'handoffs')}`,
  ].filter(Boolean);
  const blocked = uses.length ? `“${role.name}” is ${uses.join(' and ')}. Merge it into another role instead, so they keep a role.` : null;
  const message =
    blocked ?? (u.otherPeople ? `Deleting “${role.name}” takes it off ${plural(u.otherPeople, 'person', 'people')}’s other roles.` : `No one has “${role.name}”: deleting it changes nothing else.`);
  return { people: u.primaryPeople + u.otherPeople, demandLines: u.demandLines, bookings: u.bookings, blocked, message };
}

/** What deleting a skill does: it comes off every person and demand line that lists it. */
export function skillDeleteImpact(db: Db, id: Id): ListDeleteImpact {
  const skill = found(getSkill(db, id), 'skill');
  const u = skillUses(db, id);
  const where = [u.people && plural(u.people, 'person', 'people'), u.demandLines && lines(u.demandLines, u.bookings)].filter(Boolean);
  const message = where.length ? `Deleting “${skill.name}” takes it off ${where.join(' and ')}.` : `No one lists “${skill.name}”: deleting it changes nothing else.`;
  return { people: u.people, demandLines: u.demandLines, bookings: u.bookings, blocked: null, message };
}
