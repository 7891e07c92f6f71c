import type { Campaign, DemandLine } from '@shared/domain';
import type { CampaignPhase } from '@shared/contract';
import type { DeliveryPhase } from '@shared/delivery/types';
import { weekdaysIn, dayFromIso } from '@shared/dates';
import { studioCalendar, topologicalOrder, type StudioCalendar } from '@shared/phases';
import { formatHours } from '@shared/capacity/warnings';
import { AppError } from '@shared/errors';
import { listClosures } from '../db/repos/closures';
import { listDemandLines } from '../db/repos/demandLines';
import { listCampaignPhases } from '../db/repos/phases';
import type { Db } from '../db/open';

/** Hours still open on a line: all of them, or less what is booked on it. */
type Booked = ((lineId: number) => number) | undefined;
const openHours = (l: DemandLine, booked: Booked) => (booked ? Math.max(0, Math.round((l.hours - booked(l.id)) * 3600) / 3600) : l.hours);

/** What the engine plans for a campaign, and which demand line each phase's role need books onto. */
export interface CampaignDeliveryPlan {
  phases: DeliveryPhase[];
  /** Per phase id, the demand line behind each of its role needs (in order). */
  lineOf: Map<string, number[]>;
  /** Hours of demand without a role, left out of the answer. */
  roleless: number;
  /** Demand lines with a role. */
  lines: number;
}

/**
 * A campaign's demand lines with a role, one phase each (no dependencies), starting no earlier than
 * their windows and lasting their windows' weekdays; with `booked`, only the hours still open on each line.
 */
export function phasesOfLines(lines: readonly DemandLine[], booked?: Booked): DeliveryPhase[] {
  return lines
    .map((l) => ({ ...l, hours: openHours(l, booked) }))
    .filter((l) => l.roleId !== null && l.hours > 0)
    .map((l) => ({
      id: `line-${l.id}`,
      name: l.note.trim() || `Demand line ${l.id}`,
      durationDays: Math.max(1, weekdaysIn(dayFromIso(l.start), dayFromIso(l.end)).length),
      dependsOn: [],
      notBefore: l.start,
      roles: [{ roleId: l.roleId!, hours: l.hours, skills: l.skills, maxPeople: null }],
    }));
}

/**
 * A campaign phase as the engine plans it: its working days on the studio calendar, its
 * dependencies, no earlier than its planned start, and one role need per demand line of it.
 */
function phaseOf(cal: StudioCalendar, p: CampaignPhase, lines: readonly DemandLine[], booked: Booked): DeliveryPhase {
  return {
    id: `phase-${p.id}`,
    name: p.name,
    durationDays: Math.max(1, cal.count(dayFromIso(p.start), dayFromIso(p.end))),
    dependsOn: p.dependsOn.map((d) => `phase-${d}`),
    notBefore: p.start,
    roles: lines.map((l) => ({ roleId: l.roleId!, hours: openHours(l, booked), skills: l.skills, maxPeople: l.maxPeople ?? null })),
  };
}

/** The campaign's phases in dependency order (ties by their order on the page). */
function inOrder(phases: CampaignPhase[]): CampaignPhase[] {
  const index = new Map(phases.map((p, i) => [p.id, i]));
  const order = topologicalOrder(phases.map((p) => p.dependsOn.flatMap((d) => index.get(d) ?? [])));
  return order ? order.map((i) => phases[i]) : phases;
}

/** The campaign's own phases (lines of a phase plan with it), then its other lines one phase each. */
export function campaignDeliveryPlan(db: Db, campaignId: number, booked?: Booked): CampaignDeliveryPlan {
  const lines = listDemandLines(db, { campaignIds: [campaignId] });
  const roleless = lines.filter((l) => l.roleId === null).reduce((s, l) => s + l.hours, 0);
  const withRole = lines.filter((l) => l.roleId !== null);
  const campaignPhases = inOrder(listCampaignPhases(db, { campaignIds: [campaignId] }));
  const cal = campaignPhases.length > 0 ? studioCalendar(listClosures(db)) : null;
  const ids = new Set(campaignPhases.map((p) => p.id));
  const lineOf = new Map<string, number[]>();
  const fromPhases = campaignPhases.map((p) => {
    const own = withRole.filter((l) => l.phaseId === p.id && openHours(l, booked) > 0);
    lineOf.set(`phase-${p.id}`, own.map((l) => l.id));
    return phaseOf(cal!, p, own, booked);
  });
  const loose = phasesOfLines(withRole.filter((l) => l.phaseId == null || !ids.has(l.phaseId)), booked);
  loose.forEach((ph) => lineOf.set(ph.id, [Number(ph.id.slice(5))]));
  return { phases: [...fromPhases, ...loose], lineOf, roleless, lines: withRole.length };
}

/** "12 h of demand has no role yet and is left out", or null. */
export function leftOutSentence(roleless: number): string | null {
  return roleless > 0 ? `${formatHours(roleless)} of demand has no role yet and is left out: give those lines a role to plan them.` : null;
}

/** The plan, refused when there is nothing to plan (or, for "Book it", nothing left to book). */
export function plannedPhases(db: Db, campaign: Campaign, booked?: Booked): CampaignDeliveryPlan {
  const plan = campaignDeliveryPlan(db, campaign.id, booked);
  const hours = plan.phases.reduce((s, p) => s + p.roles.reduce((t, r) => t + r.hours, 0), 0);
  const without = plan.roleless > 0 ? ` (${formatHours(plan.roleless)} of its demand has no role yet)` : '';
  if (hours === 0 && booked && plan.lines > 0) throw new AppError('constraint', `${campaign.name}'s demand lines are fully booked: there is nothing left to book.`, 'campaignId');
  if (hours === 0) throw new AppError('invalid_input', `${campaign.name} has no demand lines with a role to plan${without}. Add phases or demand lines first.`, 'campaignId');
  return plan;
}
