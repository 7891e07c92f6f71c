import { forecastAccuracy } from '@shared/actuals/accuracy';
import { plannedVsActual } from '@shared/actuals/compare';
import { overAllocationRuns } from '@shared/capacity';
import type { Retro, RetroBudget, RetroHandoff, RetroOverAllocation, RetroReport } from '@shared/contract';
import { addDaysIso, dayFromIso } from '@shared/dates';
import { rateOn } from '@shared/money/rates';
import { countHandoffs } from '@shared/phases';
import type { ActualsModel } from '../actuals/model';
import type { CapacityModel } from '../capacity/model';
import { getCampaign } from '../db/repos/campaigns';
import type { Db } from '../db/open';
import { listRetroActions } from '../db/repos/retros';
import { snapshotPlans } from '../db/repos/snapshots';
import { primaryRoles } from '../db/repos/talent';
import { phaseViews } from '../handlers/phases';

const round2 = (v: number) => Math.round(v * 100) / 100;
const OVER_LISTED = 200;

/**
 * Everything a retrospective's report shows, from the same cores the rest of the app uses:
 * planned against actual (shared/actuals/compare), handoffs (the phases' view), over-allocated
 * days (the capacity core, only days before today: what really happened).
 */
export function retroReport(db: Db, model: CapacityModel, actuals: ActualsModel, retro: Retro, today: string): RetroReport {
  const range = { start: retro.start, end: retro.end };
  const campaignId = retro.campaignId ?? undefined;
  const phases = retro.campaignId === null ? [] : phaseViews(db, today, retro.campaignId);
  // One state holding the range and every phase's days (a phase may run past the range).
  const state = model.stateFor({
    start: phases.reduce((m, p) => (p.start < m ? p.start : m), range.start),
    end: phases.reduce((m, p) => (p.end > m ? p.end : m), range.end),
  });
  const compare = plannedVsActual(state, actuals.current(), { range, today, campaignId });
  const phaseRows = phases.map((p) => {
    const inPhase = plannedVsActual(state, actuals.current(), { range: { start: p.start, end: p.end }, today, campaignId });
    return { ...inPhase.totals, id: p.id, label: p.name, start: p.start, end: p.end };
  });
  const handoffs: RetroHandoff[] = phases
    .filter((p) => p.handoffState !== null)
    .map((p) => ({ phaseName: p.name, to: p.handoffTo, planned: p.handoffPlanned, due: p.handoffDue, done: p.handoffDone, state: p.handoffState! }));

  const budgets: RetroBudget[] = compare.campaigns.flatMap((row) => {
    const c = row.id === null ? undefined : getCampaign(db, row.id);
    if (!c) return [];
    const rate = rateOn(state.money, c.currency, compare.currency, dayFromIso(c.start)); // as campaigns:list does
    return [{ campaignId: c.id, name: c.name, currency: c.currency, budget: c.budget, budgetReporting: Number.isNaN(rate) ? null : round2(c.budget * rate), plannedCost: row.plannedCost, actualCost: row.actualCost }];
  });

  // Over-allocated days that happened: up to yesterday, for the people on the campaign (or everyone).
  const yesterday = addDaysIso(today, -1);
  let overAllocations: RetroOverAllocation[] = [];
  if (retro.start <= yesterday) {
    const personIndexes = campaignId === undefined ? undefined : compare.people.map((r) => state.personIndexById.get(r.id!)!).filter((p) => p !== undefined);
    overAllocations = overAllocationRuns(state, { range: { start: retro.start, end: retro.end < yesterday ? retro.end : yesterday }, personIndexes }).map((run) => ({
      talentId: run.talentId, name: state.people[run.personIndex].name, start: run.start, end: run.end, days: run.days.length,
      excess: round2(run.days.reduce((s, d) => s + d.booked - d.capacity, 0)),
    }));
  }

  const overAllocatedDays = overAllocations.reduce((sum, r) => sum + r.days, 0);
  return {
    retro, range, currency: compare.currency,
    totals: compare.totals,
    weeks: compare.weeks,
    roles: compare.roles,
    phases: phaseRows,
    budgets,
    handoffs,
    handoffCounts: countHandoffs(handoffs.map((h) => h.state)),
    // A period of a big studio may have thousands of runs: the largest are listed, all are counted.
    overAllocations: overAllocations.sort((a, b) => b.excess - a.excess || a.name.localeCompare(b.name)).slice(0, OVER_LISTED),
    overAllocatedDays,
    hoursWithoutRate: compare.hoursWithoutRate,
    forecastAccuracy: forecastAccuracy(snapshotPlans(db), actuals.current(), primaryRoles(db), today, range).buckets,
    actions: listRetroActions(db, today, { retroId: retro.id }),
  };
}
