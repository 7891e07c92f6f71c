// The widest valid request of every channel that takes a range or a limit, on a generated
// workspace, each measured for time, the process's peak memory above what it held just before,
// and the longest time the main thread answered nothing. Used by test/electron/io/extreme.test.ts
// (a large workspace, in `npm test`) and by `npm run bench:io` (the 5,000-person workspace).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ChannelName } from '@shared/contract';
import {
  FREE_SEARCH_MAX_DAYS, FREE_SEARCH_MAX_RESULTS, GRID_MAX_CELLS, ICS_EXPORT_MAX_DAYS, PDF_EXPORT_MAX_DAYS, PDF_EXPORT_MAX_PEOPLE, SHEET_EXPORT_MAX_DAYS, SNAPSHOT_MAX_DAYS, VIEW_MAX_DAYS,
} from '@shared/contract/limits';
import type { Envelope } from '@shared/errors';
import type { Db } from '../../../../electron/db/open';
import { dispatch } from '../../../../electron/dispatch';
import { createHandlers } from '../../../../electron/handlers';
import { useExportWorkerScript } from '../../../../electron/io/export/offThread';
import type { HandlerContext } from '../../../../electron/handlers/context';

/** The bounds the README states, for any request on the 5,000-person workspace. */
export const BOUNDS = {
  /** Peak memory of the process above what it held before the request. */
  memoryMB: 300,
  /** Exports, run in a worker: wall time, and the longest the main thread answered nothing. */
  exportMs: 60_000,
  /** A PDF: Chromium lays out and prints every page (up to 250 people over a year). */
  pdfMs: 180_000,
  exportStallMs: 1_000,
  /** Everything else (answered on the main thread). */
  viewMs: 10_000,
};

export interface Extreme {
  label: string;
  channel: ChannelName;
  input: unknown;
  /** Runs off the main thread (the stall bound applies). */
  offThread?: boolean;
  /** Expected to be refused with a message naming the limit. */
  refused?: RegExp;
}

export interface Measured {
  label: string;
  ok: boolean;
  message?: string;
  ms: number;
  peakMB: number;
  stallMs: number;
}

const DAY = 86_400_000;
const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);

/** The extreme requests for a workspace (ids are read from it), writing files under `dir`. */
export function extremeRequests(db: Db, dir: string, from: string, withPdf = true): Extreme[] {
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const busiestCampaign = one<{ id: number }>('SELECT campaign_id AS id FROM bookings GROUP BY campaign_id ORDER BY count(*) DESC LIMIT 1').id;
  const busiestPerson = one<{ id: number }>('SELECT talent_id AS id FROM bookings GROUP BY talent_id ORDER BY count(*) DESC LIMIT 1').id;
  const line = one<{ id: number }>('SELECT id FROM demand_lines ORDER BY hours DESC LIMIT 1').id;
  // As many people as one PDF may hold.
  const pdfPeople = (db.prepare(`SELECT id FROM talent ORDER BY id LIMIT ${PDF_EXPORT_MAX_PEOPLE}`).all() as { id: number }[]).map((t) => t.id);
  const sheet = { start: from, end: plus(from, SHEET_EXPORT_MAX_DAYS - 1) };
  const view = { start: from, end: plus(from, VIEW_MAX_DAYS - 1) };
  const pdf = { start: from, end: plus(from, PDF_EXPORT_MAX_DAYS - 1) };
  const weeks = Math.floor((VIEW_MAX_DAYS + 6) / 7) + 1;
  const file = (name: string) => join(dir, name);
  const exportPlan = (label: string, input: object): Extreme => ({ label, channel: 'io:exportPlan', input, offThread: true });
  const places = ['GB', 'US', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'IE', 'PT', 'SE', 'NO', 'DK', 'FI', 'PL', 'AT', 'CH', 'CZ', 'AU', 'NZ', 'CA'].map((country) => ({ country, region: null }));
  return [
    exportPlan('plan XLSX, every sheet, widest range', { path: file('plan.xlsx'), format: 'xlsx', range: sheet, filter: {} }),
    ...(['person', 'campaign', 'role', 'bookings'] as const).map((s) => exportPlan(`plan CSV ${s}, widest range`, { path: file(`plan-${s}.csv`), format: 'csv', range: sheet, filter: {}, sheet: s })),
    ...(withPdf ? [exportPlan(`plan PDF of ${pdfPeople.length} people, widest range`, { path: file('plan.pdf'), format: 'pdf', range: pdf, filter: { talentIds: pdfPeople } })] : []),
    {
      label: 'plan PDF of everyone (over the people limit)', channel: 'io:exportPlan', offThread: true,
      input: { path: file('everyone.pdf'), format: 'pdf', range: pdf, filter: {} }, refused: /at most 250 people/,
    },
    {
      label: 'plan PDF of 300 years', channel: 'io:exportPlan',
      input: { path: file('centuries.pdf'), format: 'pdf', range: { start: '1900-01-01', end: '2199-12-31' }, filter: {} }, refused: /at most 366 days/,
    },
    { label: 'calendar of the busiest campaign, widest range', channel: 'io:exportIcs', offThread: true, input: { path: file('campaign.ics'), campaignId: busiestCampaign, range: { start: from, end: plus(from, ICS_EXPORT_MAX_DAYS - 1) } } },
    { label: 'calendar of the busiest person, no range', channel: 'io:exportIcs', offThread: true, input: { path: file('person.ics'), talentId: busiestPerson } },
    { label: 'people to XLSX', channel: 'io:exportEntity', offThread: true, input: { entity: 'talent', format: 'xlsx', path: file('talent.xlsx') } },
    { label: 'campaigns to CSV', channel: 'io:exportEntity', offThread: true, input: { entity: 'campaigns', format: 'csv', path: file('campaigns.csv') } },
    { label: 'capacity grid by week, widest range, most rows', channel: 'capacity:grid', input: { range: view, bucket: 'week', filter: {}, offset: 0, limit: Math.min(10_000, Math.floor(GRID_MAX_CELLS / weeks)) } },
    { label: 'capacity grid by day, widest range, most rows', channel: 'capacity:grid', input: { range: view, bucket: 'day', filter: {}, offset: 0, limit: Math.floor(GRID_MAX_CELLS / VIEW_MAX_DAYS) } },
    { label: 'capacity grid by month, widest range, most rows', channel: 'capacity:grid', input: { range: view, bucket: 'month', filter: {}, offset: 0, limit: 10_000 } },
    { label: 'demand and supply per role and week, widest range', channel: 'capacity:roleWeeks', input: { range: view, weighted: false, includeOtherRoles: true } },
    { label: 'over-allocations, widest range', channel: 'capacity:overallocations', input: { range: view, filter: {} } },
    // Starting about a year back: snapshots are taken within the capacity model's years (from last year on).
    { label: 'snapshot of everyone, widest range', channel: 'snapshots:take', input: { name: 'Widest', range: { start: plus(from, -360), end: plus(from, SNAPSHOT_MAX_DAYS - 361) }, filter: {} } },
    { label: 'staffing plan (split), widest range', channel: 'staffing:propose', input: { range: view, mode: 'split', kinds: ['staff', 'freelancer', 'agency'] } },
    { label: 'candidates for the biggest line, largest limit', channel: 'staffing:rank', input: { demandLineId: line, limit: 500, kinds: ['staff', 'freelancer', 'agency'] } },
    { label: 'holidays of 21 countries, widest range', channel: 'holidays:list', input: { from: view.start, to: view.end, places } },
    { label: 'every booking', channel: 'bookings:list', input: {} },
    { label: 'every time off', channel: 'timeOff:list', input: {} },
    { label: 'every person', channel: 'talent:list', input: {} },
    { label: 'every campaign', channel: 'campaigns:list', input: {} },
    { label: 'every demand line', channel: 'demandLines:list', input: {} },
    {
      label: "who's free, everyone, widest range, most people", channel: 'availability:search',
      input: { range: { start: from, end: plus(from, FREE_SEARCH_MAX_DAYS - 1) }, limit: FREE_SEARCH_MAX_RESULTS },
    },
    { label: 'capacity grid by week sorted by free hours, widest range', channel: 'capacity:grid', input: { range: view, bucket: 'week', filter: {}, offset: 0, limit: 200, sort: 'free' } },
    { label: "who's free over 300 years", channel: 'availability:search', input: { range: { start: '1900-01-01', end: '2199-12-31' } }, refused: /at most 366 days/ },
    { label: 'capacity grid of 300 years', channel: 'capacity:grid', input: { range: { start: '1900-01-01', end: '2199-12-31' }, bucket: 'month', filter: {} }, refused: /at most 1,100 days/ },
  ];
}

/** The built worker (npx electron-vite build), as the app runs it; else its source through tsx, which holds more memory. */
export function useBuiltWorker(): boolean {
  const built = resolve('out/main/exportWorker.js');
  if (existsSync(built)) useExportWorkerScript({ path: built, fromSource: false });
  return existsSync(built);
}

/** Linux: reset the process's peak RSS, and read it back (MB); null elsewhere. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
const peakRssMB = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

/** Sends each request through dispatch with the real handler table and measures it. */
export async function measureAll(context: HandlerContext, requests: Extreme[], log?: (m: Measured) => void): Promise<Measured[]> {
  const handlers = createHandlers(context);
  // The idle app: its capacity model is built as soon as a workspace opens (warmSoon); wait for it.
  const today = context.now().toISOString().slice(0, 10);
  await dispatch(handlers, 'capacity:grid', { range: { start: today, end: today }, bucket: 'day', filter: {}, limit: 1 });
  const results: Measured[] = [];
  for (const r of requests) {
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage().rss / 1048576;
    const exact = resetPeak();
    let sampled = before;
    const sampler = exact ? null : setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss / 1048576)), 5);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const t = performance.now();
    const envelope = (await dispatch(handlers, r.channel, r.input)) as Envelope<unknown>;
    const ms = performance.now() - t;
    delay.disable();
    if (sampler) clearInterval(sampler);
    const peak = exact ? peakRssMB() : Math.max(sampled, process.memoryUsage().rss / 1048576);
    const m: Measured = {
      label: r.label, ok: envelope.ok, message: envelope.ok ? undefined : envelope.error.message,
      ms: Math.round(ms), peakMB: Math.round(Math.max(0, peak - before)), stallMs: Math.round(delay.max / 1e6),
    };
    results.push(m);
    log?.(m);
  }
  return results;
}
