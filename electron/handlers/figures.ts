import { bookingTotalHours, campaignCosts, campaignHoursOutsideLines, demandLineFigures } from '@shared/capacity';
import type { BookingView } from '@shared/contract';
import type { Booking, Id } from '@shared/domain';
import type { CapacityModel } from '../capacity/model';

/** Each booking with its total hours: the sum of its days under the capacity rules. */
export function withTotals(model: CapacityModel, bookings: Booking[]): BookingView[] {
  const state = model.state();
  return bookings.map((b) => ({ ...b, totalHours: bookingTotalHours(state, b) }));
}

export interface BookedFigures {
  hoursByCampaign: Map<Id, number>;
  costByCampaign: Map<Id, number>;
  hoursByLine: Map<Id, number>;
  /** Hours of bookings that name no demand line, per campaign. */
  outsideByCampaign: Map<Id, number>;
}

/** Booked hours and planned cost per campaign, and booked hours per demand line. */
export function bookedFigures(model: CapacityModel): BookedFigures {
  const state = model.state();
  const figures: BookedFigures = { hoursByCampaign: new Map(), costByCampaign: new Map(), hoursByLine: new Map(), outsideByCampaign: new Map() };
  for (const c of campaignCosts(state)) {
    figures.hoursByCampaign.set(c.campaignId, c.confirmedHours + c.tentativeHours);
    figures.costByCampaign.set(c.campaignId, c.plannedCost);
  }
  for (const l of demandLineFigures(state)) figures.hoursByLine.set(l.demandLineId, l.booked);
  campaignHoursOutsideLines(state).forEach((hours, c) => figures.outsideByCampaign.set(state.campaigns[c].id, hours));
  return figures;
}
