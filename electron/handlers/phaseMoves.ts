import type { CampaignPhase } from '@shared/contract';
import type { Booking, Campaign } from '@shared/domain';
import { shiftSpan, type PhaseDates, type StudioCalendar } from '@shared/phases';
import { AppError } from '@shared/errors';
import { listBookings, updateBooking } from '../db/repos/bookings';
import { updateCampaign } from '../db/repos/campaigns';
import { listDemandLines, setPhaseLineWindows } from '../db/repos/demandLines';
import { setPhaseDates } from '../db/repos/phases';
import type { Db } from '../db/open';
import type { CapacityModel } from '../capacity/model';
import { refuseOverAllocation } from './overAllocation';

export const hasHandoff = (p: Pick<CampaignPhase, 'handoffRoleId' | 'handoffTalentId'>) => p.handoffRoleId !== null || p.handoffTalentId !== null;

/** Phases given new days (from movePhase): which moved, by how many working days, and their bookings when asked to move. */
export interface MovePlan {
  campaign: Campaign;
  phases: readonly CampaignPhase[];
  dates: readonly PhaseDates[];
  moved: readonly number[];
  bookings: Booking[];
}

/** Plans the writes of a move: refuses days past 2199 (naming `field`), and shifts the moved phases' bookings when asked. */
export function planMove(
  db: Db,
  cal: StudioCalendar,
  campaign: Campaign,
  phases: readonly CampaignPhase[],
  result: { dates: PhaseDates[]; moved: number[]; shift: number[] },
  moveBookings: boolean,
  stamp: string,
  field = 'start',
): MovePlan {
  const last = result.dates.reduce((m, d) => (d.end > m ? d.end : m), campaign.end);
  const label = field === 'start' ? 'Start' : field === 'durationDays' ? 'Working days' : 'After';
  if (last >= '2200-01-01') throw new AppError('invalid_input', `${label}: the phases would run past 2199, beyond the years the app plans.`, field);
  const index = new Map(phases.map((p, i) => [p.id, i]));
  const movedLines = new Map<number, number>(); // line id → phase index
  for (const l of listDemandLines(db, { campaignIds: [campaign.id] })) {
    const i = l.phaseId != null ? index.get(l.phaseId) : undefined;
    // A phase that only got longer or shorter (no shift) leaves its bookings where they are.
    if (i !== undefined && result.moved.includes(i) && result.shift[i] !== 0) movedLines.set(l.id, i);
  }
  const bookings: Booking[] = !moveBookings || movedLines.size === 0 ? [] : listBookings(db, { demandLineIds: [...movedLines.keys()] })
    .map((b) => ({ ...b, ...shiftSpan(cal, b, result.shift[movedLines.get(b.demandLineId!)!]), updatedAt: stamp }));
  return { campaign, phases, dates: result.dates, moved: result.moved, bookings };
}

/** Writes a planned move: the campaign's span, the moved phases' days and demand windows, their bookings (call inside one recorded change). */
export function writeMove(db: Db, model: CapacityModel, plan: MovePlan, allowOverAllocation: boolean, stamp: string, year: number): void {
  const { campaign, phases, dates, bookings } = plan;
  if (!allowOverAllocation && bookings.length > 0) {
    const span = { start: bookings.reduce((m, b) => (b.start < m ? b.start : m), bookings[0].start), end: bookings.reduce((m, b) => (b.end > m ? b.end : m), bookings[0].end) };
    refuseOverAllocation(db, model.stateFor(span), bookings, year);
  }
  const first = dates.reduce((m, d) => (d.start < m ? d.start : m), campaign.start);
  const last = dates.reduce((m, d) => (d.end > m ? d.end : m), campaign.end);
  if (first !== campaign.start || last !== campaign.end) updateCampaign(db, campaign.id, { ...campaign, start: first, end: last });
  for (const i of plan.moved) {
    const d = dates[i];
    setPhaseDates(db, phases[i].id, d.start, d.end, hasHandoff(phases[i]) ? d.end : null);
    setPhaseLineWindows(db, phases[i].id, d.start, d.end);
  }
  for (const { id, createdAt: _c, updatedAt: _u, ...b } of bookings) updateBooking(db, id, b, stamp);
}
