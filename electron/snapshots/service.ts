import type { AutoCheckResult, ParsedInput, Snapshot, SnapshotCampaign, SnapshotSchedule, SnapshotSettings, SnapshotSummary } from '@shared/contract';
import { AppError } from '@shared/errors';
import { computeSnapshot } from '@shared/snapshots/compute';
import { headlineOf, shortfallsAhead } from '@shared/snapshots/headline';
import { addDaysIso, daysBetween, weekStartIso, weekdayIso, wholeWeeks } from '@shared/dates';
import type { CapacityModel } from '../capacity/model';
import { personIndexesFor } from '../capacity/people';
import { getMeta, setMeta } from '../db/repos/meta';
import { listRoles } from '../db/repos/roles';
import { briefsForExport } from '../db/repos/briefs';
import { getSnapshot, insertSnapshot, latestSnapshot, snapshotTakenSince } from '../db/repos/snapshots';
import { localIsoDate, type HandlerContext } from '../handlers/context';

const SCHEDULE_KEY = 'snapshots.schedule';
const MAX_WEEKS = 106;
/** Weeks an automatic snapshot covers, from the week it is taken in. */
export const AUTO_WEEKS = 26;

type TakeInput = ParsedInput<'snapshots:take'>;

/** Computes the figures now and stores them as a new, immutable snapshot. */
export function takeSnapshot(ctx: HandlerContext, model: CapacityModel, input: TakeInput, automatic = false): SnapshotSummary {
  const today = localIsoDate(ctx.now());
  const range = wholeWeeks(input.range);
  if (daysBetween(range.start, range.end) + 1 > MAX_WEEKS * 7) {
    throw new AppError('invalid_input', `A snapshot covers at most ${MAX_WEEKS} weeks.`, 'range.end');
  }
  const settings: SnapshotSettings = {
    range, requestedRange: input.range, filter: input.filter, weighting: 'weighted', includeOtherRoles: false, today,
  };
  const state = model.stateFor(range);
  const { roleId, kinds, tag } = input.filter;
  const personIndexes = personIndexesFor(ctx.db, state, { roleId, kinds, tag });
  const computed = computeSnapshot(state, settings, { personIndexes, roles: listRoles(ctx.db) });
  const { counts } = computed;
  const figures = { ...computed.figures, campaigns: withBriefs(ctx, computed.figures.campaigns) };
  return insertSnapshot(ctx.db, {
    name: input.name, takenAt: ctx.now().toISOString(), takenOn: today, appVersion: ctx.app.version, automatic, settings,
    headline: headlineOf(figures, settings, counts), figures,
  });
}

/** Each campaign with its brief as it stands now, so the snapshot keeps it. */
function withBriefs(ctx: HandlerContext, campaigns: SnapshotCampaign[]): SnapshotCampaign[] {
  const briefs = new Map(briefsForExport(ctx.db, campaigns.map((c) => c.campaignId)).map(({ campaignId, campaignName: _n, client: _c, status: _s, ...brief }) => [campaignId, brief]));
  return campaigns.map((c) => (briefs.has(c.campaignId) ? { ...c, brief: briefs.get(c.campaignId) } : c));
}

export function readSchedule(ctx: HandlerContext): SnapshotSchedule {
  const raw = getMeta(ctx.db, SCHEDULE_KEY);
  if (!raw) return { enabled: false, weekday: 0 };
  try {
    const parsed = JSON.parse(raw) as Partial<SnapshotSchedule>;
    const weekday = Number.isInteger(parsed.weekday) && parsed.weekday! >= 0 && parsed.weekday! <= 6 ? parsed.weekday! : 0;
    return { enabled: parsed.enabled === true, weekday };
  } catch {
    return { enabled: false, weekday: 0 };
  }
}

export function writeSchedule(ctx: HandlerContext, schedule: SnapshotSchedule): SnapshotSchedule {
  setMeta(ctx.db, SCHEDULE_KEY, JSON.stringify(schedule));
  return readSchedule(ctx);
}

/**
 * On start: takes the weekly snapshot when the schedule is due (on, today is its weekday or later
 * in the week, and none was taken this week); without a schedule, offers one when the last
 * snapshot is more than a week old. A workspace with no snapshot yet is not nagged.
 */
export function autoCheck(ctx: HandlerContext, model: CapacityModel): AutoCheckResult {
  const today = localIsoDate(ctx.now());
  const schedule = readSchedule(ctx);
  const monday = weekStartIso(today);
  const last = latestSnapshot(ctx.db);
  if (schedule.enabled) {
    const due = weekdayIso(today) >= schedule.weekday && !snapshotTakenSince(ctx.db, monday);
    if (!due) return { taken: null, offer: false, lastTakenAt: last?.takenAt ?? null };
    const taken = takeSnapshot(
      ctx, model,
      { name: `Weekly snapshot, week of ${monday}`, range: { start: monday, end: addDaysIso(monday, AUTO_WEEKS * 7 - 1) }, filter: {} },
      true,
    );
    return { taken, offer: false, lastTakenAt: taken.takenAt };
  }
  const offer = last !== undefined && daysBetween(last.takenOn, today) > 7;
  return { taken: null, offer, lastTakenAt: last?.takenAt ?? null };
}

/**
 * A stored snapshot. One taken before shortfalls were kept per role (and apart from demand with no
 * role yet) gets them from its own frozen role figures, so every snapshot reads the same way.
 */
export function snapshotOrThrow(ctx: HandlerContext, id: number): Snapshot {
  const snapshot = getSnapshot(ctx.db, id);
  if (!snapshot) throw new AppError('not_found', 'That snapshot no longer exists.');
  const { headline, figures, settings } = snapshot;
  if (headline.shortfall.every((s) => Array.isArray(s.byRole))) return snapshot;
  return { ...snapshot, headline: { ...headline, shortfall: shortfallsAhead(figures, settings.today) } };
}
