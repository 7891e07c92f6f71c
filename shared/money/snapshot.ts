// Campaign costs of a snapshot side by side: in each campaign's currency and, where a snapshot
// has it, in the reporting currency, which is the only figure that may be sorted or added.

interface CostedCampaign {
  currency: string;
  plannedCost: number;
  plannedCostReporting?: number;
  reportingCurrency?: string;
  missingRateHours?: number;
}

/** The cost to compare campaigns by: the reporting figure when the snapshot has one. */
export const comparableCost = (c: CostedCampaign): number => c.plannedCostReporting ?? c.plannedCost;

/** The total planned cost in the reporting currency, or null when the snapshot predates it. */
export function reportingTotal(campaigns: readonly CostedCampaign[]): { amount: number; currency: string; missingHours: number } | null {
  const currency = campaigns.find((c) => c.reportingCurrency)?.reportingCurrency;
  if (!currency) return null;
  let amount = 0;
  let missingHours = 0;
  for (const c of campaigns) {
    amount += c.plannedCostReporting ?? 0;
    missingHours += c.missingRateHours ?? 0;
  }
  return { amount, currency, missingHours };
}
