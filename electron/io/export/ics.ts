// Bookings as an iCalendar file: one all-day event per booking (DTEND exclusive), with a UID that
// stays the same across exports so that a calendar re-importing the file updates its events.

import ical, { ICalEventStatus } from 'ical-generator';
import { addDaysIso, utcDateOfIso } from '@shared/dates';
import type { Booking, Campaign } from '@shared/domain';
import type { Db } from '../../db/open';
import { listBookings } from '../../db/repos/bookings';
import { listCampaigns } from '../../db/repos/campaigns';
import { listTalent } from '../../db/repos/talent';
import { workspaceId } from '../workspaceId';
import { writeFileAtomic } from '../writeFile';

export interface IcsRequest {
  path: string;
  talentId?: number;
  campaignId?: number;
  range?: { start: string; end: string };
}

const hours = (h: number) => `${Number.isInteger(h) ? h : Number(h.toFixed(2))} h/day`;

export function bookingSummary(b: Booking, campaign: Campaign | undefined, person?: string): string {
  const what = `${campaign?.name ?? 'Campaign'} — ${hours(b.hoursPerDay)}${b.status === 'tentative' ? ' (tentative)' : ''}`;
  return person ? `${person}: ${what}` : what;
}

export function writeIcs(db: Db, request: IcsRequest, now: Date): { path: string; bytes: number; rows: number; events: number } {
  const wid = workspaceId(db);
  const bookings = listBookings(db, {
    talentIds: request.talentId ? [request.talentId] : undefined,
    campaignIds: request.campaignId ? [request.campaignId] : undefined,
    from: request.range?.start,
    to: request.range?.end,
  });
  const campaigns = new Map(listCampaigns(db).map((c) => [c.id, c]));
  const people = new Map(listTalent(db, { ids: [...new Set(bookings.map((b) => b.talentId))] }).map((t) => [t.id, t.name]));
  const title = request.talentId ? `Bookings: ${people.get(request.talentId) ?? 'person'}` : `Bookings: ${campaigns.get(request.campaignId!)?.name ?? 'campaign'}`;
  const calendar = ical({ name: title, prodId: { company: 'Capacity Planner', product: 'Capacity Planner', language: 'EN' } });
  for (const b of bookings) {
    const campaign = campaigns.get(b.campaignId);
    calendar.createEvent({
      id: `booking-${b.id}@${wid}`,
      allDay: true,
      start: utcDateOfIso(b.start),
      end: utcDateOfIso(addDaysIso(b.end, 1)),
      stamp: now,
      lastModified: new Date(b.updatedAt),
      summary: bookingSummary(b, campaign, request.campaignId ? people.get(b.talentId) : undefined),
      description: [campaign?.client ? `Client: ${campaign.client}` : '', request.talentId ? '' : `Person: ${people.get(b.talentId) ?? ''}`, b.note].filter(Boolean).join('\n') || null,
      status: b.status === 'tentative' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  const text = calendar.toString();
  writeFileAtomic(request.path, text);
  return { path: request.path, bytes: Buffer.byteLength(text), rows: bookings.length, events: bookings.length };
}
