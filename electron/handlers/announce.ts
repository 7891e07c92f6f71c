import type { ChangeArea, ChangeSource, ChannelName, Handlers, WorkspaceChange } from '@shared/contract';
import { loggedChanges, newestStepId, nextStepId, type LoggedRow } from '../db/repos/history';
import type { HandlerContext } from './context';

/**
 * What each write channel changes, for the channels whose rows the undo log can't show (snapshots,
 * settings, a whole workspace) and as a floor for the others. Every channel is listed here or in
 * READ_CHANNELS; a test keeps it so, so a new channel must say which it is.
 */
export const WRITE_CHANNELS: Partial<Record<ChannelName, ChangeArea[]>> = {
  'workspace:loadDemo': ['workspace'],
  'workspace:startEmpty': ['workspace'],
  'backups:restore': ['workspace'],
  'history:undo': [],
  'history:redo': [],
  'io:importCommit': [],
  'money:setReportingCurrency': ['money'],
  'rates:create': ['money'],
  'rates:update': ['money'],
  'rates:delete': ['money'],
  'rates:import': ['money'],
  'talent:create': ['people'],
  'talent:update': ['people'],
  'talent:delete': ['people'],
  'patterns:create': ['patterns'],
  'patterns:update': ['patterns'],
  'patterns:delete': ['patterns'],
  'timeOff:create': ['timeOff'],
  'timeOff:update': ['timeOff'],
  'timeOff:delete': ['timeOff'],
  'roles:create': ['lookups'],
  'roles:update': ['lookups'],
  'roles:delete': ['lookups'],
  'skills:create': ['lookups'],
  'skills:update': ['lookups'],
  'skills:delete': ['lookups'],
  'closures:create': ['lookups'],
  'closures:update': ['lookups'],
  'closures:delete': ['lookups'],
  'closures:import': ['lookups'],
  'holidayOverrides:create': ['lookups'],
  'holidayOverrides:delete': ['lookups'],
  'workspace:setDefaults': ['settings'],
  'roles:merge': ['lookups', 'people', 'campaigns'],
  'skills:merge': ['lookups', 'people', 'campaigns'],
  'campaigns:create': ['campaigns'],
  'campaigns:update': ['campaigns'],
  'campaigns:delete': ['campaigns'],
  'demandLines:create': ['campaigns'],
  'demandLines:update': ['campaigns'],
  'demandLines:delete': ['campaigns'],
  'briefs:save': ['campaigns'],
  'briefs:delete': ['campaigns'],
  'marketingChannels:create': ['lookups'],
  'marketingChannels:update': ['lookups', 'campaigns'],
  'marketingChannels:delete': ['lookups', 'campaigns'],
  'marketingChannels:merge': ['lookups', 'campaigns'],
  'bookings:create': ['bookings'],
  'bookings:update': ['bookings'],
  'bookings:delete': ['bookings'],
  'bookings:moveMany': ['bookings'],
  'snapshots:take': ['snapshots'],
  'snapshots:rename': ['snapshots'],
  'snapshots:annotate': ['snapshots'],
  'snapshots:delete': ['snapshots'],
  'snapshots:autoCheck': ['snapshots'],
  'snapshots:setSchedule': ['settings'],
  'staffing:accept': ['bookings'],
  'delivery:book': ['bookings'],
  'staffing:saveSettings': ['settings'],
  'templates:create': ['templates'],
  'templates:update': ['templates'],
  'templates:delete': ['templates'],
  'templates:createCampaign': ['campaigns'],
  'phases:move': ['campaigns'],
  'phases:handoffDone': ['campaigns'],
  'phases:create': ['campaigns'],
  'phases:update': ['campaigns'],
  'phases:delete': ['campaigns'],
  'actuals:set': ['actuals'],
  'actuals:forgetAlias': ['actuals'],
  'actuals:setAlias': ['actuals'],
  'retros:create': ['retros'],
  'retros:update': ['retros'],
  'retros:delete': ['retros'],
  'retros:addAction': ['retros'],
  'retros:updateAction': ['retros'],
  'retros:completeAction': ['retros'],
};

/** Channels that change nothing in the workspace (backups are files beside it). */
export const READ_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'app:info', 'history:state', 'holidays:regions', 'holidays:list',
  'capacity:grid', 'capacity:roleWeeks', 'capacity:overallocations', 'bookings:check',
  'backups:list', 'backups:create', 'backups:delete', 'backups:reveal',
  'io:importPreview', 'io:template', 'io:exportEntity', 'io:exportIcs', 'io:exportPlan', 'io:cancel', 'io:chooseFile', 'io:chooseSavePath',
  'money:overview', 'talent:list', 'talent:get', 'talent:deleteImpact', 'patterns:list', 'timeOff:list',
  'roles:list', 'skills:list', 'closures:list', 'holidays:calendars', 'roles:deleteImpact', 'skills:deleteImpact', 'workspace:defaults', 'lists:usage',
  'campaigns:list', 'campaigns:get', 'campaigns:deleteImpact', 'campaigns:clients', 'demandLines:list',
  'briefs:get', 'briefs:intake', 'marketingChannels:list', 'marketingChannels:deleteImpact',
  'bookings:list', 'bookings:get',
  'snapshots:list', 'snapshots:get', 'snapshots:compare', 'snapshots:exportHtml', 'snapshots:exportPdf', 'snapshots:schedule',
  'staffing:rank', 'staffing:propose', 'staffing:settings', 'staffing:exportProposal',
  'availability:search',
  'templates:list', 'phases:list', 'phases:handoffCounts', 'phases:deleteImpact',
  'delivery:answer', 'delivery:propose',
  'actuals:list', 'actuals:compare', 'actuals:accuracy',
  'retros:list', 'retros:openActions', 'retros:report', 'retros:exportHtml', 'retros:exportPdf',
  'actuals:export', 'actuals:aliases',
]);

/** Who asked for a call: the window unless the caller says otherwise (a sync, a test's "other planner"). */
export interface CallMeta {
  source?: ChangeSource;
}

const TABLE_AREAS: Record<string, ChangeArea> = {
  roles: 'lookups', skills: 'lookups', closures: 'lookups', holiday_overrides: 'lookups', workspace_defaults: 'settings',
  talent: 'people', talent_roles: 'people', talent_skills: 'people', talent_tags: 'people',
  work_patterns: 'patterns', time_off: 'timeOff',
  campaigns: 'campaigns', demand_lines: 'campaigns', demand_line_skills: 'campaigns',
  bookings: 'bookings', money_settings: 'money', exchange_rates: 'money',
  templates: 'templates', template_phases: 'templates', template_phase_deps: 'templates', template_phase_roles: 'templates', template_phase_role_skills: 'templates',
  campaign_phases: 'campaigns', campaign_phase_deps: 'campaigns',
  briefs: 'campaigns', brief_channels: 'campaigns', marketing_channels: 'lookups',
  actuals: 'actuals', actual_aliases: 'actuals',
  retros: 'retros', retro_actions: 'retros',
};
/** Tables whose rows carry the days they cover, so a change to them has a date range (a closure that repeats yearly has none). */
const DATED_TABLES = new Set(['bookings', 'time_off', 'demand_lines', 'closures', 'campaign_phases', 'actuals']);
/** Beyond this many rows (a big import) only the areas are announced. */
const DETAIL_LIMIT = 5000;

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The people, campaigns and days the logged rows touched. */
function detailsOf(rows: LoggedRow[]): Pick<WorkspaceChange, 'people' | 'campaigns' | 'range'> {
  const people = new Set<number>();
  const campaigns = new Set<number>();
  let start: string | null = null;
  let end: string | null = null;
  let dated = rows.length > 0;
  for (const { tbl, old, new: after } of rows) {
    if (!DATED_TABLES.has(tbl)) dated = false;
    for (const image of [old, after]) {
      if (image === null) continue;
      const row = JSON.parse(image) as Row;
      if (row.repeats_yearly === 1) dated = false;
      const person = tbl === 'talent' ? num(row.id) : num(row.talent_id);
      const campaign = tbl === 'campaigns' ? num(row.id) : num(row.campaign_id);
      if (person !== null) people.add(person);
      if (campaign !== null) campaigns.add(campaign);
      const [s, e] = [str(row.start ?? row.date), str(row.end ?? row.end_date ?? row.date)];
      if (s !== null && (start === null || s < start)) start = s;
      if (e !== null && (end === null || e > end)) end = e;
    }
  }
  return {
    people: [...people].sort((a, b) => a - b),
    campaigns: [...campaigns].sort((a, b) => a - b),
    ...(dated && start !== null && end !== null ? { range: { start, end } } : {}),
  };
}

function sourceOf(channel: ChannelName, meta: CallMeta | undefined): ChangeSource {
  if (meta?.source) return meta.source;
  if (channel === 'history:undo' || channel === 'history:redo') return 'undo';
  return channel === 'io:importCommit' ? 'import' : 'window';
}

/** What one finished write changed, from its channel and the rows its steps logged; null when nothing. */
function describe(ctx: HandlerContext, channel: ChannelName, steps: { after: number } | { id: number } | null, meta?: CallMeta): WorkspaceChange | null {
  const areas = new Set<ChangeArea>(WRITE_CHANNELS[channel]);
  const logged = steps ? loggedChanges(ctx.db, steps, DETAIL_LIMIT) : { tables: [], rows: null };
  for (const table of logged.tables) {
    const area = TABLE_AREAS[table];
    if (area) areas.add(area);
  }
  if (areas.size === 0) return null;
  const known = logged.rows && logged.rows.length > 0 && !areas.has('workspace');
  return { areas: [...areas], source: sourceOf(channel, meta), ...(known ? detailsOf(logged.rows!) : {}) };
}

/**
 * Wraps the write channels so that, after each one commits, the window is told what changed
 * (one 'changed' event). Reads pass through untouched.
 */
export function announcing(ctx: HandlerContext, handlers: Handlers): Handlers {
  const emit = ctx.platform?.emit;
  if (!emit) return handlers;
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const channel of Object.keys(WRITE_CHANNELS) as ChannelName[]) {
    const handler = handlers[channel] as (input: unknown) => unknown;
    wrapped[channel] = async (input: unknown, meta?: CallMeta) => {
      const replay = channel === 'history:undo' ? 'undo' : channel === 'history:redo' ? 'redo' : null;
      const steps = replay ? nextStepId(ctx.db, replay) : { after: newestStepId(ctx.db) };
      const result = await handler(input);
      if (!tookEffect(channel, result)) return result;
      const change = describe(ctx, channel, typeof steps === 'number' ? { id: steps } : steps, meta);
      if (change && steps !== null && typeof steps !== 'number') {
        const made = newestStepId(ctx.db);
        if (made > steps.after) change.step = made;
      }
      if (change) emit({ type: 'changed', change });
      return result;
    };
  }
  return wrapped as Handlers;
}

/** Undo with nothing to undo, or a snapshot check that took none, changed nothing. */
function tookEffect(channel: ChannelName, result: unknown): boolean {
  if (channel === 'history:undo' || channel === 'history:redo') return (result as { done: string | null }).done !== null;
  if (channel === 'snapshots:autoCheck') return Boolean((result as { taken?: unknown } | null)?.taken);
  return true;
}
