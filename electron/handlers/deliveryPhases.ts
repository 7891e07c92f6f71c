import type { Campaign, DemandLine } from '@shared/domain';
import type { CampaignPhase } from '@shared/contract';
import type { DeliveryPhase, DeliveryPhaseProgress } from '@shared/delivery/types';
import { dayFromIso, isoFromDay, type DayIndex } from '@shared/dates';
import { studioCalendar, topologicalOrder, type StudioCalendar } from '@shared/phases';
import { formatHours } from '@shared/capacity/warnings';
import { bookedOn, openOf, type CampaignProgress, type KeptPhase, type ProgressTotals } from '@shared/delivery/underway';
import { AppError } from '@shared/errors';
import { listClosures } from '../db/repos/closures';
import { listDemandLines } from '../db/repos/demandLines';
import { listCampaignPhases } from '../db/repos/phases';
import type { Db } from '../db/open';

/** The campaign's bookings as progress (README: campaigns under way), or undefined to plan every hour of its lines. */
type Progress = CampaignProgress | undefined;

/** Hours still open on a line: all of them, or less what is booked on it. */
const openHours = (l: DemandLine, progress: Progress) => (progress ? openOf(l.hours, bookedOn(progress, l.id)) : l.hours);

/** What the engine plans for a campaign, and which demand line each phase's role need books onto. */
export interface CampaignDeliveryPlan {
  phases: DeliveryPhase[];
  /** Per phase id, the demand line behind each of its role needs (in order). */
  lineOf: Map<string, number[]>;
  /** Hours of demand without a role, left out of the answer. */
  roleless: number;
  /** Demand lines with a role. */
  lines: number;
  /** With progress: the phases not planned again, every phase's id in order, each planned phase's progress, and the totals. */
  kept: KeptPhase[];
  order: string[];
  progressOf: Map<string, DeliveryPhaseProgress>;
  totals: ProgressTotals | null;
}

/** A campaign phase, or a demand line outside the campaign's phases, before it is planned. */
interface Unit {
  id: string;
  name: string;
  start: DayIndex;
  end: DayIndex;
  /** Its working days from a day to its end. */
  days: (from: DayIndex) => number;
  dependsOn: string[];
  lines: DemandLine[];
  maxPeople: (l: DemandLine) => number | null;
  /** A line of its own: its length is the least it lasts (see CorePhase.stretch). */
  stretch: boolean;
}

/** How far a unit is: finished or fully booked units are kept as they are; one begun before the cut is under way. */
function stateOf(u: Unit, progress: Progress): DeliveryPhaseProgress['state'] {
  if (!progress) return 'open';
  if (u.lines.length > 0 && u.lines.every((l) => openHours(l, progress) === 0)) return 'booked';
  if (u.end < progress.cut) return 'finished';
  return u.start < progress.cut ? 'underway' : 'open';
}

/** The last day booked on the unit's lines, or its planned end when nothing is. */
function keptEnd(u: Unit, progress: CampaignProgress): DayIndex {
  const days = u.lines.flatMap((l) => progress.lines.get(l.id)?.lastDay ?? []);
  return days.length > 0 ? Math.max(...days) : u.end;
}

function keptPhase(u: Unit, progress: CampaignProgress, p: DeliveryPhaseProgress): KeptPhase {
  const roles = u.lines.map((l) => ({ roleId: l.roleId!, roleName: progress.roleName(l.roleId!), hours: l.hours, people: [...(progress.lines.get(l.id)?.people.values() ?? [])].map((x) => ({ ...x, runs: [] })) }));
  return { id: u.id, name: u.name, start: isoFromDay(u.start), end: isoFromDay(keptEnd(u, progress)), progress: p, roles };
}

/** The engine's phase for a unit: from the cut when under way, after the kept phases it depends on. */
function plannedPhase(u: Unit, state: DeliveryPhaseProgress['state'], progress: Progress, keptEnds: Map<string, DayIndex>): DeliveryPhase {
  const from = state === 'underway' ? progress!.cut : u.start;
  const after = u.dependsOn.flatMap((d) => keptEnds.get(d) ?? []);
  const notBefore = Math.max(from, ...after.map((e) => e + 1));
  return {
    id: u.id,
    name: u.name,
    durationDays: Math.max(1, u.days(from)),
    dependsOn: u.dependsOn.filter((d) => !keptEnds.has(d)),
    notBefore: isoFromDay(notBefore),
    ...(u.stretch ? { stretch: true } : {}),
    roles: u.lines.filter((l) => openHours(l, progress) > 0).map((l) => ({ roleId: l.roleId!, hours: openHours(l, progress), skills: l.skills, maxPeople: u.maxPeople(l) })),
  };
}

/** The campaign's phases in dependency order (ties by their order on the page). */
function inOrder(phases: CampaignPhase[]): CampaignPhase[] {
  const index = new Map(phases.map((p, i) => [p.id, i]));
  const order = topologicalOrder(phases.map((p) => p.dependsOn.flatMap((d) => index.get(d) ?? [])));
  return order ? order.map((i) => phases[i]) : phases;
}

/** A campaign phase: its working days on the studio calendar, its dependencies, one role need per demand line of it. */
const phaseUnit = (cal: StudioCalendar, p: CampaignPhase, lines: DemandLine[]): Unit => ({
  id: `phase-${p.id}`,
  name: p.name,
  start: dayFromIso(p.start),
  end: dayFromIso(p.end),
  days: (from) => cal.count(from, dayFromIso(p.end)),
  dependsOn: p.dependsOn.map((d) => `phase-${d}`),
  lines,
  maxPeople: (l) => l.maxPeople ?? null,
  stretch: false,
});

/**
 * A demand line of no phase: one phase with no dependencies, lasting at least its window's studio
 * working days and longer when its hours need it (a window's length alone may fit nowhere).
 */
const lineUnit = (cal: StudioCalendar) => (l: DemandLine): Unit => ({
  id: `line-${l.id}`,
  name: l.note.trim() || `Demand line ${l.id}`,
  start: dayFromIso(l.start),
  end: dayFromIso(l.end),
  days: (from) => cal.count(from, dayFromIso(l.end)),
  dependsOn: [],
  lines: [l],
  maxPeople: () => l.maxPeople ?? null,
  stretch: true,
});

function totalsOf(units: Unit[], states: DeliveryPhaseProgress['state'][], progress: CampaignProgress, planned: number): ProgressTotals {
  const lines = units.flatMap((u) => u.lines);
  const booked = (l: DemandLine) => bookedOn(progress, l.id);
  const lastDays = lines.flatMap((l) => progress.lines.get(l.id)?.lastDay ?? []);
  const lapsed = units
    .map((u, i) => ({ name: u.name, end: isoFromDay(u.end), hours: states[i] === 'finished' ? u.lines.reduce((s, l) => s + openHours(l, progress), 0) : 0 }))
    .filter((x) => x.hours > 0);
  return {
    hours: lines.reduce((s, l) => s + l.hours, 0),
    booked: lines.reduce((s, l) => s + Math.min(l.hours, booked(l)), 0),
    overBooked: lines.reduce((s, l) => s + openOf(booked(l), l.hours), 0),
    planned,
    lapsed,
    lastDay: lastDays.length > 0 ? Math.max(...lastDays) : null,
  };
}

/**
 * The campaign's own phases (lines of a phase plan with it), then its other lines one phase each.
 * With `progress`, only each line's open hours are planned: phases finished or fully booked are
 * kept as booked, a phase under way is planned from the cut to its end, and what depends on a kept
 * phase starts after that phase's last booked day.
 */
export function campaignDeliveryPlan(db: Db, campaignId: number, progress?: CampaignProgress): CampaignDeliveryPlan {
  const lines = listDemandLines(db, { campaignIds: [campaignId] });
  const roleless = lines.filter((l) => l.roleId === null).reduce((s, l) => s + l.hours, 0);
  const withRole = lines.filter((l) => l.roleId !== null);
  const campaignPhases = inOrder(listCampaignPhases(db, { campaignIds: [campaignId] }));
  const cal = studioCalendar(listClosures(db));
  const ids = new Set(campaignPhases.map((p) => p.id));
  const units = [
    ...campaignPhases.map((p) => phaseUnit(cal, p, withRole.filter((l) => l.phaseId === p.id))),
    ...withRole.filter((l) => l.phaseId == null || !ids.has(l.phaseId)).map(lineUnit(cal)),
  ];
  const states = units.map((u) => stateOf(u, progress));
  const keep = (i: number) => states[i] === 'finished' || states[i] === 'booked';
  const keptEnds = new Map(units.flatMap((u, i) => (keep(i) ? [[u.id, keptEnd(u, progress!)] as const] : [])));
  const lineOf = new Map<string, number[]>();
  const progressOf = new Map<string, DeliveryPhaseProgress>();
  const kept: KeptPhase[] = [];
  const phases: DeliveryPhase[] = [];
  units.forEach((u, i) => {
    const hours = u.lines.reduce((s, l) => s + l.hours, 0);
    const p: DeliveryPhaseProgress = { state: states[i], hours, bookedHours: progress ? u.lines.reduce((s, l) => s + Math.min(l.hours, bookedOn(progress, l.id)), 0) : 0, startedOn: isoFromDay(u.start) };
    if (keep(i)) return kept.push(keptPhase(u, progress!, p));
    const phase = plannedPhase(u, states[i], progress, keptEnds);
    // A line of its own with nothing open is not planned (without progress: its hours are all open).
    if (u.id.startsWith('line-') && phase.roles.length === 0) return;
    phases.push(phase);
    lineOf.set(u.id, u.lines.filter((l) => openHours(l, progress) > 0).map((l) => l.id));
    progressOf.set(u.id, p);
  });
  const planned = phases.reduce((s, ph) => s + ph.roles.reduce((t, r) => t + r.hours, 0), 0);
  const totals = progress ? totalsOf(units, states, progress, planned) : null;
  return { phases, lineOf, roleless, lines: withRole.length, kept, order: units.map((u) => u.id), progressOf, totals };
}

/** "12 h of demand has no role yet and is left out", or null. */
export function leftOutSentence(roleless: number): string | null {
  return roleless > 0 ? `${formatHours(roleless)} of demand has no role yet and is left out: give those lines a role to plan them.` : null;
}

/**
 * The plan, refused when the campaign has nothing to plan; for "Book it" (`toBook`), also when
 * its lines are fully booked. A campaign under way with nothing open is planned with no phases.
 */
export function plannedPhases(db: Db, campaign: Campaign, progress?: CampaignProgress, toBook = false): CampaignDeliveryPlan {
  const plan = campaignDeliveryPlan(db, campaign.id, progress);
  const hours = plan.phases.reduce((s, p) => s + p.roles.reduce((t, r) => t + r.hours, 0), 0);
  const without = plan.roleless > 0 ? ` (${formatHours(plan.roleless)} of its demand has no role yet)` : '';
  if (plan.lines === 0 || (hours === 0 && !progress)) throw new AppError('invalid_input', `${campaign.name} has no demand lines with a role to plan${without}. Add phases or demand lines first.`, 'campaignId');
  if (hours === 0 && toBook) throw new AppError('constraint', `${campaign.name}'s demand lines are fully booked: there is nothing left to book.`, 'campaignId');
  if (hours === 0) plan.phases = [];
  return plan;
}
