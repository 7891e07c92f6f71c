import { planningRecords } from '@shared/contract/planning';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { Campaign, Talent } from '@shared/domain';
import { AppError } from '@shared/errors';
import { deleteBooking, getBooking, insertBooking, listBookings, updateBooking } from '../db/repos/bookings';
import { getCampaign } from '../db/repos/campaigns';
import { getDemandLine } from '../db/repos/demandLines';
import { recordChange } from '../db/repos/history';
import { getTalent } from '../db/repos/talent';
import type { Db } from '../db/open';
import type { CapacityModel } from '../capacity/model';
import type { HandlerContext } from './context';
import { withTotals } from './figures';
import { found } from './found';
import { mergePatch } from './patch';

type BookingInput = ParsedInput<'bookings:create'>;

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
    throw new AppError('invalid_input', `Start: ${person.name}'s contract ends on ${person.activeTo}`, 'start');
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

export function bookingHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  const now = () => ctx.now().toISOString();
  const view = (id: number) => withTotals(model, [found(getBooking(db, id), 'booking')])[0];
  return {
    'bookings:list': (filter) => withTotals(model, listBookings(db, filter)),
    'bookings:get': ({ id }) => view(id),
    'bookings:create': (f) => {
      const names = checkBooking(db, f);
      let id = 0;
      model.applyWrite(
        () => (id = recordChange(db, `Book ${names.person} on ${names.campaign}`, () => insertBooking(db, f, now()))),
        () => ({ bookings: [found(getBooking(db, id), 'booking')] }),
      );
      return view(id);
    },
    'bookings:update': ({ id, expectedUpdatedAt, ...patch }) => {
      const current = found(getBooking(db, id), 'booking');
      const f = mergePatch(planningRecords.booking, current, patch);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) {
        throw new AppError('conflict', 'This booking was changed elsewhere since you opened it. Reload to see the latest.');
      }
      const names = checkBooking(db, f);
      const moved = f.start !== current.start || f.talentId !== current.talentId;
      const label = moved ? `Move ${names.person}'s booking` : `Change ${names.person}'s booking`;
      model.applyWrite(
        () => recordChange(db, label, () => updateBooking(db, id, f, now())),
        () => ({ bookings: [found(getBooking(db, id), 'booking')] }),
      );
      return view(id);
    },
    'bookings:moveMany': ({ moves, copy }) => {
      const fields = moves.map((move, i) => movedFields(db, move, i, moves));
      const n = moves.length;
      const label = `${copy ? 'Copy' : 'Move'} ${n} ${n === 1 ? 'booking' : 'bookings'}`;
      let ids: number[] = [];
      model.applyWrite(
        () =>
          (ids = recordChange(db, label, () =>
            fields.map((f, i) => {
              if (copy) return insertBooking(db, f, now());
              updateBooking(db, moves[i].id, f, now());
              return moves[i].id;
            }),
          )),
        () => ({ bookings: ids.map((id) => found(getBooking(db, id), 'booking')) }),
      );
      return { ids };
    },
    'bookings:delete': ({ id }) => {
      const b = found(getBooking(db, id), 'booking');
      const person = getTalent(db, b.talentId)?.name ?? 'someone';
      model.applyWrite(
        () => recordChange(db, `Delete ${person}'s booking`, () => deleteBooking(db, id)),
        () => ({ bookings: [id] }),
      );
    },
  } satisfies Partial<Handlers>;
}
