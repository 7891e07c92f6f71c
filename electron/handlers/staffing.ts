import type { Handlers, ParsedInput, StaffingProposalView } from '@shared/contract';
import { AppError } from '@shared/errors';
import { lastDayWithinHorizon } from '@shared/horizon';
import { solveGreedy } from '@shared/staffing';
import type { CapacityModel } from '../capacity/model';
import { backupsDirFor, takeBackup } from '../db/backup';
import { getBooking, insertBookingsBatch } from '../db/repos/bookings';
import { getDemandLine } from '../db/repos/demandLines';
import { listSkills } from '../db/repos/skills';
import type { Db } from '../db/open';
import { recordChange } from '../db/repos/history';
import { planFor } from '@shared/staffing/plan/instance';
import { checkPlannedBookings, planBookings } from '@shared/staffing/plan/planBookings';
import { ProposalStore, revisionOf } from '../staffing/proposals';
import { solveOffThread } from '../staffing/solveOffThread';
import { rankLine } from '@shared/staffing/plan/rankLine';
import { readStaffingSettings, writeStaffingSettings } from '../staffing/settings';
import { proposalView } from '@shared/staffing/plan/proposalView';
import { exportProposal } from '../staffing/exportProposal';
import { IoTasks } from '../io/task';
import { localIsoDate, type HandlerContext } from './context';

/** The days a ranking looks at: the line's window from today on, within the horizon; none when it is over. */
function rankRange(db: Db, demandLineId: number, today: string): { start: string; end: string } | undefined {
  const line = getDemandLine(db, demandLineId);
  const start = line && line.start > today ? line.start : today;
  if (!line || line.end < start) return undefined;
  const last = lastDayWithinHorizon(start);
  return { start, end: line.end < last ? line.end : last };
}

/** A plan for the open demand in a range (or for the given lines on their own days), kept under its id; writes nothing. */
export async function proposePlan(ctx: HandlerContext, model: CapacityModel, proposals: ProposalStore, input: ParsedInput<'staffing:propose'>): Promise<StaffingProposalView> {
  const { db } = ctx;
  const { range, mode, includeTentative, kinds, settings, maxSeconds, lines } = input;
  const t0 = performance.now();
  const state = model.stateFor(range);
  // Taken before solving: a write while the solver runs makes this plan out of date.
  const revision = revisionOf(db);
  const merged = { ...readStaffingSettings(db), ...settings };
  const today = localIsoDate(ctx.now());
  const { frame, result } = await planFor(state, { range, includeTentative, kinds, today, settings: merged, lines }, mode, (inst, m) =>
    solveOffThread({ inst, mode: m, opts: { maxMs: maxSeconds * 1000 } }),
  );
  const greedy = solveGreedy(frame.inst, mode);
  const planned = planBookings(state, frame, result);
  const currency = state.money.reporting;
  const view = proposalView(state, { id: proposals.newId(), createdAt: ctx.now().toISOString(), range, frame, result, greedy, planned, currency, ms: performance.now() - t0 });
  proposals.put(view, planned.bookings, revision);
  return view;
}

/** Skill names by id, for what a near match lacks. */
function skillNames(db: Db): (id: number) => string {
  const names = new Map(listSkills(db).map((s) => [s.id, s.name]));
  return (id) => names.get(id) ?? 'a removed skill';
}

/** Find a person for one line; propose, and accept, a plan for all open demand in a range. */
export function staffingHandlers(
  ctx: HandlerContext,
  model: CapacityModel,
  tasks = new IoTasks(() => ctx.platform?.emit?.bind(ctx.platform)),
  proposals = new ProposalStore(ctx.db),
) {
  const { db } = ctx;
  const today = () => localIsoDate(ctx.now());
  return {
    'staffing:rank': (q) => rankLine(model.stateFor(rankRange(db, q.demandLineId, today())), { ...q, today: today(), skillName: skillNames(db) }),
    'staffing:propose': (input) => proposePlan(ctx, model, proposals, input),
    'staffing:accept': async ({ proposalId, lineIds, status }) => {
      proposals.current(proposalId);
      const backup = await takeBackup(db, backupsDirFor(ctx.app.workspacePath), 'plan', ctx.now());
      // Checked again: another write may have landed while the backup was taken.
      const p = proposals.current(proposalId);
      const wanted = new Set(lineIds ?? p.view.lines.map((l) => l.demandLineId));
      for (const id of wanted) {
        if (!p.view.lines.some((l) => l.demandLineId === id)) throw new AppError('invalid_input', 'That line is not part of this plan.', 'lineIds');
        if (p.accepted.has(id)) throw new AppError('conflict', 'That line of the plan was accepted already.', 'lineIds');
      }
      const chosen = p.bookings.filter((b) => wanted.has(b.demandLineId));
      checkPlannedBookings(model.state(), chosen);
      const n = chosen.length;
      const label = `Accept staffing plan: ${n} ${n === 1 ? 'booking' : 'bookings'}`;
      const now = ctx.now().toISOString();
      let created: number[] = [];
      model.applyWrite(
        () =>
          (created = recordChange(db, label, () =>
            insertBookingsBatch(
              db,
              chosen.map((b) => ({
                talentId: b.talentId,
                campaignId: b.campaignId,
                demandLineId: b.demandLineId,
                start: b.start,
                end: b.end,
                hoursPerDay: b.hoursPerDay,
                status,
                note: 'From a staffing plan',
              })),
              now,
            ),
          )),
        () => ({ bookings: created.map((id) => getBooking(db, id)!) }),
      );
      for (const id of wanted) p.accepted.add(id);
      for (const l of p.view.lines) l.accepted = p.accepted.has(l.demandLineId);
      const remainingLineIds = p.view.lines.filter((l) => !l.accepted && p.bookings.some((b) => b.demandLineId === l.demandLineId)).map((l) => l.demandLineId);
      if (remainingLineIds.length > 0) proposals.advance(p);
      else proposals.drop(proposalId);
      return { created, label, backup, remainingLineIds };
    },
    'staffing:exportProposal': (input) => exportProposal(ctx, proposals.peek(input.proposalId), input, tasks),
    'staffing:settings': () => readStaffingSettings(db),
    'staffing:saveSettings': (patch) => writeStaffingSettings(db, patch),
  } satisfies Partial<Handlers>;
}
