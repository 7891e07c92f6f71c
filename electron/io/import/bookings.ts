// Booking rows: always created; the person by email or external id, the campaign by external id
// or name, and optionally a demand line of that campaign by its id.

import { BOOKING_STATUS_WORDS, BOOKING_STATUSES } from '@shared/domain';
import { horizonProblem } from '@shared/horizon';
import { quote } from '@shared/io/text';
import { parseChoice, parseInteger, parsePositiveHours, textOf } from '@shared/io/values';
import { insertBookingsBatch, type BookingFields } from '../../db/repos/bookings';
import { listDemandLines } from '../../db/repos/demandLines';
import { CampaignRefs, TalentRefs } from './refs';
import { SeenKeys, type EntityImporter, type ImporterContext, type PlannedRow } from './types';
import { formatLongDate } from '@shared/capacity/warnings';

const BATCH = 500;

const STATUS_SYNONYMS: Record<string, (typeof BOOKING_STATUSES)[number]> = { pencil: 'tentative', pencilled: 'tentative', penciled: 'tentative', hold: 'tentative', firm: 'confirmed', booked: 'confirmed' };

export function bookingImporter(ctx: ImporterContext): EntityImporter {
  const campaigns = new CampaignRefs(ctx.db);
  const people = new TalentRefs(ctx.db);
  const lineCampaign = new Map(listDemandLines(ctx.db).map((l) => [l.id, l.campaignId]));
  const seen = new SeenKeys();
  const fieldsOf = new WeakMap<PlannedRow, BookingFields>();
  return {
    writeAll(db, plans, progress) {
      for (let i = 0; i < plans.length; i += BATCH) {
        insertBookingsBatch(db, plans.slice(i, i + BATCH).map((p) => fieldsOf.get(p)!), ctx.now);
        progress(Math.min(plans.length, i + BATCH));
      }
    },
    checkColumns: (mapped) => [...TalentRefs.columnProblem(mapped), ...CampaignRefs.columnProblem(mapped)],
    resolve(r) {
      const person = people.find(r);
      const campaign = campaigns.find(r);
      const lineId = r.optional('demandLineId', (c) => parseInteger(c, 'a demand line id', 1, Number.MAX_SAFE_INTEGER), null);
      if (lineId && campaign) {
        const owner = lineCampaign.get(lineId);
        if (owner === undefined) r.fail('demandLineId', `no demand line has id ${lineId}`);
        else if (owner !== campaign.id) r.fail('demandLineId', `demand line ${lineId} belongs to another campaign than ${quote(campaign.name)}`);
      }
      const start = r.has('start') ? r.date('start') : r.fail('start', 'is required and is empty');
      const end = r.has('end') ? r.date('end') : r.fail('end', 'is required and is empty');
      const hoursPerDay = r.required('hoursPerDay', (c) => parsePositiveHours(c, 24));
      const status = r.optional('status', (c) => parseChoice(c, BOOKING_STATUSES, STATUS_SYNONYMS, BOOKING_STATUS_WORDS), 'tentative' as const);
      const note = r.has('note') ? textOf(r.cell('note')) : '';
      if (r.failed || !person || !campaign || !start || !end || hoursPerDay === undefined || !status || lineId === undefined) return null;
      if (end < start) return r.fail('end', `must be on or after the start (${formatLongDate(start)}); got ${formatLongDate(end)}`);
      const tooLong = horizonProblem(start, end, 'a booking');
      if (tooLong) return r.fail('end', tooLong);
      const first = seen.check('booking', `${person.id}|${campaign.id}|${start}|${end}|${lineId ?? ''}`, r.row);
      if (first !== null) return r.fail(null, `duplicates row ${first} (same person, campaign and dates)`);
      const fields: BookingFields = { talentId: person.id, campaignId: campaign.id, demandLineId: lineId, start, end, hoursPerDay, status, note };
      const plan: PlannedRow = { row: r.row, action: 'create', label: `${person.name} on ${campaign.name}`, write: (db) => void insertBookingsBatch(db, [fields], ctx.now) };
      fieldsOf.set(plan, fields);
      return plan;
    },
  };
}
