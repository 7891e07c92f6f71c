import type { CampaignPhase, Handlers, PhaseDeleteImpact, PhaseEditResult } from '@shared/contract';
import { MAX_TEMPLATE_PHASES } from '@shared/contract/phases';
import { formatHours } from '@shared/capacity';
import { describeCycle, editPhase, findCycle, placeNewPhase } from '@shared/phases';
import type { Campaign, Id } from '@shared/domain';
import { AppError } from '@shared/errors';
import { listBookings } from '../db/repos/bookings';
import { getCampaign, updateCampaign } from '../db/repos/campaigns';
import { deleteDemandLine, detachLinesFromPhase, insertDemandLinesBatch, listDemandLines, renamePhaseLineNotes } from '../db/repos/demandLines';
import { recordChange } from '../db/repos/history';
import { getRole } from '../db/repos/roles';
import { getTalent } from '../db/repos/talent';
import { deleteCampaignPhase, getCampaignPhase, insertCampaignPhases, listCampaignPhases, openPhasePosition, setPhaseDeps, setPhaseHandoff, setPhaseName } from '../db/repos/phases';
import type { Db } from '../db/open';
import type { CapacityModel } from '../capacity/model';
import { localIsoDate, type HandlerContext } from './context';
import { found } from './found';
import { phaseDemandLines } from './fromTemplate';
import { plural } from './impact';
import { planMove, writeMove } from './phaseMoves';
import { calendarOf, phaseViews } from './phases';
import { checkRoleRefs } from './templates';

const refuse = (field: string, message: string) => new AppError('invalid_input', message, field);
const names = (list: readonly { name: string }[]) => list.map((p) => p.name).join(', ').replace(/, ([^,]*)$/, ' and $1');

function checkName(all: readonly CampaignPhase[], name: string, self: Id | null): void {
  const clash = all.find((p) => p.id !== self && p.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new AppError('conflict', `Name: this campaign already has a phase called “${clash.name}”`, 'name');
}

/** Refuses waiting for a phase of another campaign, for itself, or in a circle (naming the phases on it). */
function checkDeps(all: readonly CampaignPhase[], self: { id: Id | null; name: string }, dependsOn: readonly Id[]): void {
  dependsOn.forEach((d, k) => {
    if (d === self.id) throw refuse(`dependsOn.${k}`, `After: ${self.name} can't wait for itself`);
    if (!all.some((p) => p.id === d)) throw refuse(`dependsOn.${k}`, 'After: that phase is not in this campaign');
  });
  if (self.id === null) return; // a new phase has no dependants yet, so no circle
  const index = new Map(all.map((p, i) => [p.id, i]));
  const cycle = findCycle(all.map((p) => (p.id === self.id ? dependsOn : p.dependsOn).map((d) => index.get(d)!)));
  if (cycle) throw refuse('dependsOn', `After: ${describeCycle(cycle, all.map((p) => (p.id === self.id ? self.name : p.name))).message}`);
}

/** What removing a phase takes and keeps: its lines, those with bookings, and the phases that wait for it. */
function removal(db: Db, id: Id) {
  const phase = found(getCampaignPhase(db, id), 'phase', 'id');
  const campaign = found(getCampaign(db, phase.campaignId), 'campaign');
  const all = listCampaignPhases(db, { campaignIds: [campaign.id] });
  const lines = listDemandLines(db, { campaignIds: [campaign.id] }).filter((l) => l.phaseId === id);
  const bookings = lines.length === 0 ? [] : listBookings(db, { demandLineIds: lines.map((l) => l.id) });
  const booked = new Set(bookings.map((b) => b.demandLineId!));
  const dependants = all.filter((p) => p.dependsOn.includes(id));
  const before = all.filter((p) => phase.dependsOn.includes(p.id));
  return { phase, campaign, all, lines, bookings, booked, dependants, before };
}

function impactOf(r: ReturnType<typeof removal>, handoffTo: string): PhaseDeleteImpact {
  const { phase, lines, booked, bookings, dependants, before } = r;
  const words: string[] = [];
  if (dependants.length > 0) {
    const wait = dependants.length === 1 ? 'waits' : 'wait';
    words.push(before.length > 0 ? `${names(dependants)} will wait for ${names(before)} instead, as ${phase.name} did.` : `${names(dependants)} no longer ${wait} for it.`);
  }
  const free = lines.filter((l) => !booked.has(l.id));
  if (free.length > 0) words.push(`Its ${plural(free.length, 'demand line')} (${formatHours(free.reduce((s, l) => s + l.hours, 0))}) ${free.length === 1 ? 'goes' : 'go'} with it.`);
  if (booked.size > 0) {
    words.push(`${plural(booked.size, 'demand line')} of it ${booked.size === 1 ? 'has' : 'have'} ${plural(bookings.length, 'booking')}: ${booked.size === 1 ? 'it stays' : 'they stay'} on the campaign as demand without a phase, with ${booked.size === 1 ? 'its' : 'their'} bookings.`);
  }
  if (handoffTo) words.push(`Its handoff to ${handoffTo} goes too.`);
  words.push('No other phase moves.');
  return { message: words.join(' '), bookedLines: booked.size, bookings: bookings.length };
}

function checkHandoff(db: Db, roleId: Id | null, talentId: Id | null): void {
  if (roleId !== null && !getRole(db, roleId)) throw refuse('handoffRoleId', 'Handoff to: choose a role from the list');
  if (talentId !== null && !getTalent(db, talentId)) throw refuse('handoffTalentId', 'Handoff to: that person no longer exists');
}

function widenCampaign(db: Db, campaign: Campaign, dates: { start: string; end: string }): void {
  if (dates.start < campaign.start || dates.end > campaign.end) {
    updateCampaign(db, campaign.id, { ...campaign, start: dates.start < campaign.start ? dates.start : campaign.start, end: dates.end > campaign.end ? dates.end : campaign.end });
  }
}

/** Adding, editing and removing a campaign's phases after it is made: each one recorded change. */
export function phaseEditHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  const today = () => localIsoDate(ctx.now());
  const stamp = () => ctx.now().toISOString();
  const done = (campaignId: Id, phaseId: Id, more: Partial<PhaseEditResult> = {}): PhaseEditResult => ({
    phases: phaseViews(db, today(), campaignId), phaseId, movedPhaseIds: [], movedBookings: 0, removedLines: 0, keptLines: 0, ...more,
  });
  return {
    'phases:create': ({ campaignId, name, durationDays, dependsOn, roles, handoffRoleId, handoffTalentId, handoffSlaDays }) => {
      const campaign = found(getCampaign(db, campaignId), 'campaign', 'campaignId');
      const all = listCampaignPhases(db, { campaignIds: [campaignId] });
      if (all.length >= MAX_TEMPLATE_PHASES) throw refuse('campaignId', `A campaign has at most ${MAX_TEMPLATE_PHASES} phases: remove one first.`);
      checkName(all, name, null);
      checkDeps(all, { id: null, name }, dependsOn);
      checkRoleRefs(db, roles, 'roles');
      checkHandoff(db, handoffRoleId, handoffTalentId);
      const handoff = handoffRoleId !== null || handoffTalentId !== null;
      const cal = calendarOf(db);
      // As the template scheduler does: from the campaign's first phase (or its start), after what it waits for.
      const from = all.reduce((m, p) => (p.start < m ? p.start : m), all[0]?.start ?? campaign.start);
      const index = new Map(all.map((p, i) => [p.id, i]));
      const dates = placeNewPhase(all, dependsOn.map((d) => index.get(d)!), durationDays, from, cal);
      if (dates.end >= '2200-01-01') throw refuse('durationDays', 'Working days: the phase would run past 2199, beyond the years the app plans.');
      const waitsFor = all.filter((p) => dependsOn.includes(p.id));
      const position = waitsFor.length > 0 ? Math.max(...waitsFor.map((p) => p.position)) + 1 : all.reduce((m, p) => Math.max(m, p.position + 1), 0);
      const id = recordChange(db, `Add phase ${name} to ${campaign.name}`, () => {
        openPhasePosition(db, campaignId, position);
        const [phaseId] = insertCampaignPhases(db, [
          {
            campaignId, position, name, ...dates, dependsOn: [], handoffRoleId, handoffTalentId,
            handoffSlaDays: handoff ? handoffSlaDays : null, handoffPlanned: handoff ? dates.end : null, handoffDone: null,
          },
        ]);
        setPhaseDeps(db, phaseId, dependsOn);
        insertDemandLinesBatch(db, phaseDemandLines(campaign, { id: phaseId, name, ...dates }, roles));
        widenCampaign(db, campaign, dates);
        return phaseId;
      });
      return done(campaignId, id);
    },
    'phases:update': ({ id, name, durationDays, dependsOn, moveBookings, allowOverAllocation, handoffRoleId, handoffTalentId, handoffSlaDays }) => {
      const phase = found(getCampaignPhase(db, id), 'phase', 'id');
      const campaign = found(getCampaign(db, phase.campaignId), 'campaign');
      const all = listCampaignPhases(db, { campaignIds: [campaign.id] });
      const newName = name ?? phase.name;
      if (name !== undefined) checkName(all, name, id);
      if (dependsOn !== undefined) checkDeps(all, { id, name: newName }, dependsOn);
      const deps = dependsOn ?? phase.dependsOn;
      const handoff = { roleId: handoffRoleId ?? null, talentId: handoffTalentId ?? null, slaDays: handoffSlaDays ?? null };
      const handoffGiven = handoffRoleId !== undefined || handoffTalentId !== undefined || handoffSlaDays !== undefined;
      const handoffChanged = handoffGiven && (handoff.roleId !== phase.handoffRoleId || handoff.talentId !== phase.handoffTalentId || handoff.slaDays !== phase.handoffSlaDays);
      if (handoffChanged) checkHandoff(db, handoff.roleId, handoff.talentId);
      const cal = calendarOf(db);
      const index = new Map(all.map((p, i) => [p.id, i]));
      const placed = all.map((p) => ({ name: p.name, start: p.start, end: p.end, dependsOn: p.dependsOn.map((d) => index.get(d)!) }));
      // Pushed later only: a phase that waits for less stays where it is.
      const result = editPhase(placed, index.get(id)!, { durationDays, dependsOn: deps.map((d) => index.get(d)!) }, cal);
      if (!result.ok) throw refuse('dependsOn', `After: ${result.message}.`);
      const plan = planMove(db, cal, campaign, all, result, moveBookings, stamp(), durationDays !== undefined ? 'durationDays' : 'dependsOn');
      const depsChanged = dependsOn !== undefined && (dependsOn.length !== phase.dependsOn.length || dependsOn.some((d) => !phase.dependsOn.includes(d)));
      const others = result.moved.filter((i) => all[i].id !== id).length;
      const label = (newName !== phase.name && !depsChanged && durationDays === undefined ? `Rename phase ${phase.name} to ${newName}` : `Edit phase ${newName}`) +
        (others > 0 ? ` and move ${plural(others, 'phase')} after it` : '');
      recordChange(db, label, () => {
        writeMove(db, model, plan, allowOverAllocation, stamp(), Number(today().slice(0, 4)));
        if (newName !== phase.name) {
          setPhaseName(db, id, newName);
          renamePhaseLineNotes(db, id, phase.name, newName);
        }
        if (depsChanged) setPhaseDeps(db, id, deps);
        if (handoffChanged) setPhaseHandoff(db, id, { ...handoff, planned: getCampaignPhase(db, id)!.end });
      });
      return done(campaign.id, id, { movedPhaseIds: result.moved.map((i) => all[i].id), movedBookings: plan.bookings.length });
    },
    'phases:deleteImpact': ({ id }) => {
      const r = removal(db, id);
      return impactOf(r, phaseViews(db, today(), r.campaign.id).find((p) => p.id === id)!.handoffTo);
    },
    'phases:delete': ({ id, keepBookedLines }) => {
      const r = removal(db, id);
      const { phase, campaign, lines, booked, bookings, dependants } = r;
      if (booked.size > 0 && !keepBookedLines) {
        throw new AppError('conflict', `Keep booked lines: ${plural(booked.size, 'demand line')} of ${phase.name} ${booked.size === 1 ? 'has' : 'have'} ${plural(bookings.length, 'booking')}; keep ${booked.size === 1 ? 'it' : 'them'} as the campaign's demand, or cancel.`, 'keepBookedLines');
      }
      recordChange(db, `Remove phase ${phase.name} from ${campaign.name}`, () => {
        // What waited for it waits for what it waited for, so the order of work holds.
        for (const d of dependants) setPhaseDeps(db, d.id, [...new Set([...d.dependsOn.filter((x) => x !== id), ...phase.dependsOn])]);
        for (const l of lines) if (!booked.has(l.id)) deleteDemandLine(db, l.id);
        detachLinesFromPhase(db, [...booked]);
        deleteCampaignPhase(db, id);
      });
      return done(campaign.id, id, { removedLines: lines.length - booked.size, keptLines: booked.size });
    },
  } satisfies Partial<Handlers>;
}
