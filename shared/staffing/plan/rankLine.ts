// Ranked candidates for one demand line: eligibility, free hours in the window (from today),
// cover and cost, utilisation against target, continuity; scored and explained by rankCandidates.
import { averageHourlyCost, lineOpenHours, type CapacityState } from '@shared/capacity';
import type { StaffingCandidate, StaffingRankResult } from '@shared/contract';
import type { TalentKind } from '@shared/domain';
import { roleNameOf } from '@shared/delivery/binding';
import { missingWords } from '@shared/eligibility';
import { AppError } from '@shared/errors';
import { rankCandidates, type RankCandidate } from '@shared/staffing';
import { isoOfOffset, windowFigures, windowFromToday } from './window';
import { eligibleFor } from './eligibility';
import { currencySymbol } from './money';
import { suggestBooking } from './suggestBooking';

export interface RankQuery {
  demandLineId: number;
  includeTentative: boolean;
  kinds: readonly TalentKind[];
  limit: number;
  today: string;
  /** Skill and role names for what a near match lacks. */
  skillName: (id: number) => string;
}

const DEFAULT_TARGET = 0.8;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** People already booked on campaign c (person indexes). */
export function peopleOnCampaign(state: CapacityState, c: number): Set<number> {
  const t = state.bookings;
  const out = new Set<number>();
  for (let row = 0; row < t.size; row++) if (t.campaign[row] === c && t.person[row] >= 0) out.add(t.person[row]);
  return out;
}

export function rankLine(state: CapacityState, q: RankQuery): StaffingRankResult {
  const t0 = performance.now();
  const l = state.lineIndexById.get(q.demandLineId);
  if (l === undefined) throw new AppError('not_found', 'That demand line no longer exists.', 'demandLineId');
  const line = state.lines[l];
  const c = state.campaignIndexById.get(line.campaignId) ?? -1;
  const campaign = c >= 0 ? state.campaigns[c] : null;
  // In whole quarter hours, as bookings are made; a filled line has no one to rank.
  const open = Math.round(lineOpenHours(state, l) * 4) / 4;
  const w = windowFromToday(state, line.start, line.end, q.today);
  const rs = state.timeline.range.start;
  const eligible = w.from <= w.to && open > 0 ? eligibleFor(state, l, q.kinds, rs + w.from, rs + w.to, true) : [];
  const onCampaign = c >= 0 ? peopleOnCampaign(state, c) : new Set<number>();
  const input: RankCandidate[] = new Array(eligible.length);
  const util = new Float64Array(eligible.length);
  const free = new Float64Array(eligible.length);
  const bookings = eligible.map((e) => suggestBooking(state, e.person, w, open, q.includeTentative));
  // Costs are compared in the reporting currency, over the days of the window.
  const reporting = state.money.reporting;
  const hourly = eligible.map((e) => (w.from <= w.to ? averageHourlyCost(state, e.person, rs + w.from, rs + w.to, reporting) : Number.NaN));
  // Without an exchange rate a person's cost is unknown: they rank as the dearest, and their reason says why.
  const dearest = Math.max(0, ...hourly.filter((h) => !Number.isNaN(h)));
  for (let k = 0; k < eligible.length; k++) {
    const p = eligible[k].person;
    const f = windowFigures(state, p, w, q.includeTentative);
    const target = state.personTarget[p];
    util[k] = f.capacity > 0 ? f.booked / f.capacity : 0;
    free[k] = f.free;
    input[k] = {
      personId: k,
      // What "Book" would book: the cover shown is exactly what a click makes.
      freeHours: bookings[k]?.totalHours ?? 0,
      costRate: Number.isNaN(hourly[k]) ? dearest : hourly[k],
      utilisation: util[k],
      target: Number.isNaN(target) ? DEFAULT_TARGET : target / 100,
      continuity: onCampaign.has(p),
      kind: state.people[p].kind,
      skillMatch: eligible[k].skillMatch,
      missing: eligible[k].full ? undefined : missingWords(state.people[p], line, q.skillName, (id) => roleNameOf(state, id)),
    };
  }
  const ranked = rankCandidates({ openHours: open }, input, { limit: q.limit, currencySymbol: currencySymbol(reporting) });
  const candidates: StaffingCandidate[] = ranked.map((r) => {
    const k = r.personId;
    const e = eligible[k];
    const t = state.people[e.person];
    const target = state.personTarget[e.person];
    return {
      talentId: t.id,
      name: t.name,
      kind: t.kind,
      primaryRoleId: t.primaryRoleId,
      match: e.match,
      freeHours: r1(free[k]),
      coverHours: r.coverHours,
      coverage: r.coverage,
      costRate: t.costRate,
      costRateUnit: t.costRateUnit ?? 'hour',
      currency: t.currency,
      hourlyCostReporting: Number.isNaN(hourly[k]) ? null : Math.round(hourly[k] * 100) / 100,
      reportingCurrency: reporting,
      cost: Number.isNaN(hourly[k]) ? 0 : Math.round(r.coverHours * hourly[k] * 100) / 100,
      utilisation: util[k],
      target: Number.isNaN(target) ? null : target / 100,
      continuity: input[k].continuity,
      skillMatch: e.skillMatch,
      missing: input[k].missing ?? null,
      score: r.score,
      reason: Number.isNaN(hourly[k]) ? r.reason.replace(/^(Covers [^·]+· )[^·]+\/h/, `$1no ${t.currency} to ${reporting} exchange rate`) : r.reason,
      booking: bookings[k],
    };
  });
  return {
    line: {
      id: line.id,
      campaignId: line.campaignId,
      campaignName: campaign?.name ?? '',
      roleId: line.roleId,
      start: line.start,
      end: line.end,
      from: w.from <= w.to ? isoOfOffset(state, w.from) : line.end,
      hours: line.hours,
      openHours: open,
      priority: line.priority,
    },
    eligible: eligible.filter((e) => e.full).length,
    candidates,
    ms: Math.round((performance.now() - t0) * 100) / 100,
  };
}
