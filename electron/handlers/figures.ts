import { bookingTotalHours, campaignCosts, campaignHoursOutsideLines, demandLineFigures, type CampaignCost } from '@shared/capacity';
import type { BookingView } from '@shared/contract';
import type { Booking, Campaign, Id } from '@shared/domain';
import type { CapacityModel } from '../capacity/model';

/** Each booking with its total hours: the sum of its days under the capacity rules. */
export function withTotals(model: CapacityModel, bookings: Booking[]): BookingView[] {
  const state = model.state();
  return bookings.map((b) => ({ ...b, totalHours: bookingTotalHours(state, b) }));
}

export interface BookedFigures {
  hoursByCampaign: Map<Id, number>;
  costByCampaign: Map<Id, number>;
  /** Each campaign's cost figures in its own and the reporting currency. */
  costs: Map<Id, CampaignCost>;
  hoursByLine: Map<Id, number>;
  /** Hours of bookings that name no demand line, per campaign. */
  outsideByCampaign: Map<Id, number>;
}

/** Booked hours and planned cost per campaign, and booked hours per demand line. */
export function bookedFigures(model: CapacityModel): BookedFigures {
  const state = model.state();
  const figures: BookedFigures = { hoursByCampaign: new Map(), costByCampaign: new Map(), costs: new Map(), hoursByLine: new Map(), outsideByCampaign: new Map() };
  for (const c of campaignCosts(state)) {
    figures.hoursByCampaign.set(c.campaignId, c.confirmedHours + c.tentativeHours);
    figures.costByCampaign.set(c.campaignId, c.plannedCost);
    figures.costs.set(c.campaignId, c);
  }
  for (const l of demandLineFigures(state)) figures.hoursByLine.set(l.demandLineId, l.booked);
  campaignHoursOutsideLines(state).forEach((hours, c) => figures.outsideByCampaign.set(state.campaigns[c].id, hours));
  return figures;
}

const costWarning = (hours: number, from: string) =>
  `The cost of ${Math.round(hours * 100) / 100} h of bookings has no exchange rate into ${from} on its days and is left out. Add the rate under Currency and rates.`;

/** A campaign's cost in its own currency and the reporting currency, with a warning for each figure that lacks a rate. */
export function costFigures(campaign: Campaign, cost: CampaignCost | undefined, reporting: string) {
  const costWarnings: string[] = [];
  if (cost && cost.missingHours > 0.005) costWarnings.push(costWarning(cost.missingHours, campaign.currency));
  if (cost && campaign.currency !== reporting && cost.missingReportingHours > 0.005) costWarnings.push(costWarning(cost.missingReportingHours, reporting));
  return {
    bookedCost: cost?.plannedCost ?? 0,
    bookedCostReporting: cost?.plannedCostReporting ?? 0,
    reportingCurrency: reporting,
    budgetReporting: cost ? cost.budgetReporting : campaign.currency === reporting ? campaign.budget : null,
    costWarnings,
  };
}
