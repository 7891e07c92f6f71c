import { bookingRecords } from '@shared/contract/bookings';
import type { Handlers, ParsedInput } from '@shared/contract';
import { bookingDays, checkBookingChange, explainDays, formatLongDate } from '@shared/capacity';
import type { Booking, Campaign, Talent } from '@shared/domain';
import { AppError } from '@shared/errors';
import { deleteBooking, getBooking, insertBooking, listBookings, updateBooking } from '../db/repos/bookings';
import { getCampaign } from '../db/repos/campaigns';
import { getDemandLine } from '../db/repos/demandLines';
import { recordChange } from '../db/repos/history';
import { getTalent } from '../db/repos/talent';
import type { Db } from '../db/open';
import type { CapacityModel } from '../capacity/model';
import { localIsoDate, type HandlerContext } from './context';
import { withTotals } from './figures';
import { found } from './found';
import { closureNamesIn, refuseOverAllocation } from './overAllocation';
import { mergePatch } from './patch';

type BookingInput = Omit<ParsedInput<'bookings:create'>, 'allowOverAllocation'>;

/** The booking's person and campaign; refuses ids that name nothing, and a demand line of another campaign. */
export function bookingRefs(db: Db, b: Pick<BookingInput, 'talentId' | 'campaignId' | 'demandLineId'>): { person: Talent; campaign: Campaign } {
  const person = found(getTalent(db, b.talentId), 'person', 'talentId');
  const campaign = found(getCampaign(db, b.campaignId), 'campaign', 'campaignId');
  if (b.demandLineId !== null) {
    const line = found(getDemandLine(db, b.demandLineId), 'demand line', 'demandLineId');
    if (line.campaignId !== b.campaignId) throw new AppError('invalid_input', 'Demand line: it belongs to another campaign', 'demandLineId');
  }
  return { person, campaign };
}

/** Checks references and returns a label naming the person and the campaign. */
function checkBooking(db: Db, b: BookingInput): { person: string; campaign: string } {
  const { person, campaign } = bookingRefs(db, b);
  if (person.activeTo && b.start > person.activeTo) {
    throw new AppError('invalid_input', `Start: ${person.name}'s contract ends on ${formatLongDate(person.activeTo)}, before this booking starts.`, 'start');
  }
  return { person: person.name, campaign: campaign.name };
}

type Move = ParsedInput<'bookings:moveMany'>['moves'][number];

/** Move i of a batch as the booking's full fields, checked as bookings:update would; errors name moves.i.field. */
function movedFields(db: Db, move: Move, i: number, moves: readonly Move[]): BookingInput {
  const at = (field: string) => `moves.${i}.${field}`;
  if (moves.findIndex((m) => m.id === move.id) !== i) throw new AppError('invalid_input', 'Booking: it is in the list twice', at('id'));
  const current = getBooking(db, move.id);
  if (!current) throw new AppError('not_found', 'That booking no longer exists. Reload to see the latest.', at('id'));
  if (move.expectedUpdatedAt && move.expectedUpdatedAt !== current.updatedAt) {
    throw new AppError('conflict', 'A booking was changed elsewhere since you picked it up. Reload to see the latest.', at('id'));
  }
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = current;
  const fields = { ...rest, talentId: move.talentId, start: move.start, end: move.end };
  try {
    checkBooking(db, fields);
  } catch (error) {
    if (error instanceof AppError && error.field) throw new AppError(error.code, error.message, at(error.field));
    throw error;
  }
  return fields;
}

/** A booking's fields as the capacity core takes them (id −1: a new one). */
function asBooking(f: BookingInput, id: number, stamp: string): Booking {
  return { ...f, id, createdAt: stamp, updatedAt: stamp };
}

export function bookingHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  const now = () => ctx.now().toISOString();
  // Warnings about another year than today's name it: "on 4 March 2031".
  const thisYear = () => Number(localIsoDate(ctx.now()).slice(0, 4));
  const view = (id: number) => withTotals(model, [found(getBooking(db, id), 'booking')])[0];
  /** Inside the write's transaction: refuses an over-allocating write unless it is allowed. */
  const guard = (allow: boolean, proposed: Booking[]) => {
    if (allow || proposed.length === 0) return;
    const span = { start: proposed.reduce((a, b) => (b.start < a ? b.start : a), proposed[0].start), end: proposed.reduce((a, b) => (b.end > a ? b.end : a), proposed[0].end) };
    refuseOverAllocation(db, model.stateFor(span), proposed, thisYear());
  };
  return {
    'bookings:list': (filter) => withTotals(model, listBookings(db, filter)),
    'bookings:get': ({ id }) => view(id),
    'bookings:create': ({ allowOverAllocation, ...f }) => {
      const names = checkBooking(db, f);
      let id = 0;
      model.applyWrite(
        () =>
          (id = recordChange(db, `Book ${names.person} on ${names.campaign}`, () => {
            guard(allowOverAllocation, [asBooking(f, -1, now())]);
            return insertBooking(db, f, now());
          })),
        () => ({ bookings: [found(getBooking(db, id), 'booking')] }),
      );
      return view(id);
    },
    'bookings:update': ({ id, expectedUpdatedAt, allowOverAllocation, ...patch }) => {
      const current = found(getBooking(db, id), 'booking');
      const f = mergePatch(bookingRecords.booking, current, patch);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) {
        throw new AppError('conflict', 'This booking was changed elsewhere since you opened it. Reload to see the latest.');
      }
      const names = checkBooking(db, f);
      const moved = f.start !== current.start || f.talentId !== current.talentId;
      const label = moved ? `Move ${names.person}'s booking` : `Change ${names.person}'s booking`;
      model.applyWrite(
        () =>
          recordChange(db, label, () => {
            guard(allowOverAllocation, [asBooking(f, id, now())]);
            updateBooking(db, id, f, now());
          }),
        () => ({ bookings: [found(getBooking(db, id), 'booking')] }),
      );
      return view(id);
    },
    'bookings:moveMany': ({ moves, copy, allowOverAllocation }) => {
      const fields = moves.map((move, i) => movedFields(db, move, i, moves));
      const n = moves.length;
      const label = `${copy ? 'Copy' : 'Move'} ${n} ${n === 1 ? 'booking' : 'bookings'}`;
      let ids: number[] = [];
      model.applyWrite(
        () =>
          (ids = recordChange(db, label, () => {
            // Copies are new bookings (ids below 0); moves replace their booking's old days.
            guard(allowOverAllocation, fields.map((f, i) => asBooking(f, copy ? -1 - i : moves[i].id, now())));
            return fields.map((f, i) => {
              if (copy) return insertBooking(db, f, now());
              updateBooking(db, moves[i].id, f, now());
              return moves[i].id;
            });
          })),
        () => ({ bookings: ids.map((id) => found(getBooking(db, id), 'booking')) }),
      );
      return { ids, bookings: withTotals(model, ids.map((id) => found(getBooking(db, id), 'booking'))) };
    },
    'bookings:delete': ({ id }) => {
      const b = found(getBooking(db, id), 'booking');
      const person = getTalent(db, b.talentId)?.name ?? 'someone';
      model.applyWrite(
        () => recordChange(db, `Delete ${person}'s booking`, () => deleteBooking(db, id)),
        () => ({ bookings: [id] }),
      );
    },
    'bookings:check': (input) => {
      const person = found(getTalent(db, input.talentId), 'person', 'talentId');
      if (input.campaignId !== undefined) bookingRefs(db, { talentId: input.talentId, campaignId: input.campaignId, demandLineId: input.demandLineId });
      if (input.id !== undefined) found(getBooking(db, input.id), 'booking', 'id');
      const state = model.stateFor(input);
      const span = bookingDays(state, input);
      const hoursPerDay = input.hoursPerDay ?? span.patternHours?.min ?? 8;
      const booking = asBooking({ ...input, campaignId: input.campaignId ?? -1, note: input.note ?? '', hoursPerDay }, input.id ?? -1, now());
      const check = checkBookingChange(state, booking, thisYear());
      const p = state.personIndexById.get(input.talentId) ?? -1;
      const why = explainDays(state, p, check.days, closureNamesIn(db, input));
      return {
        message: check.message ? `${person.name}: ${check.message}` : null,
        days: why.map((d, k) => ({ ...d, alreadyOver: check.days[k].alreadyOver })),
        hoursPerDay,
        totalHours: check.totalHours,
        ...span,
        personName: person.name,
        range: { start: input.start, end: input.end },
      };
    },
  } satisfies Partial<Handlers>;
}
