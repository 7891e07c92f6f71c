// The crash test's child: opens a real workspace as the app does and writes through the real
// handler table (createHandlers + dispatch) until the parent kills it. Before each write it prints
// `BEGIN <op as JSON>`, after each committed one `COMMITTED <kind> <marker>` (written synchronously,
// so a printed line is in the pipe before any kill).
//   node writer.cjs <workspace> <seed> <tag> <focus: any|import|campaignDelete|accept>, then GO on stdin

import { writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dispatch } from '../../../../electron/dispatch';
import type { Db } from '../../../../electron/db/open';
import { openWorkspaceForApp } from '../../../../electron/db/workspace';
import { createHandlers } from '../../../../electron/handlers';
import {
  applyOp, BASE_CAMPAIGN, dayAfter, importCsv, IMPORT_ROWS, PEOPLE, PLAN_RANGE, readState, rng, type BookingFacts, type Op, type State,
} from './model';

/** What the planner asks for; 'plan' becomes an accept once a proposal was made. */
type Intent = Op | { kind: 'plan' };
const LINES_PER_PLAN = 4;

const say = (line: string) => writeSync(1, `${line}\n`);

function bulkCampaigns(state: State): { name: string; bookings: number }[] {
  const counts = new Map<string, number>();
  for (const b of state.bookings.values()) counts.set(b.campaign, (counts.get(b.campaign) ?? 0) + 1);
  return [...state.campaigns].filter((c) => c.startsWith('Bulk-')).sort().map((name) => ({ name, bookings: counts.get(name) ?? 0 }));
}

function planner(seed: number, tag: string, focus: string, linesOf: (campaign: string) => number) {
  const random = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  let counter = 0;
  let focusDone = focus === 'any';
  const facts = (campaigns: string[]) => {
    const start = dayAfter('2027-01-04', Math.floor(random() * 600));
    return {
      campaign: pick(campaigns),
      email: pick(PEOPLE),
      start,
      end: dayAfter(start, Math.floor(random() * 20)),
      hoursPerDay: 0.5 + Math.floor(random() * 16) / 2,
      status: random() < 0.5 ? ('tentative' as const) : ('confirmed' as const),
    };
  };
  const startBulk = (bulk: { name: string; bookings: number }[]): Op => {
    const empty = bulk.find((b) => b.bookings === 0);
    if (empty) return { kind: 'import', campaign: empty.name, marker: `imp-${tag}-${counter++}`, rows: IMPORT_ROWS };
    if (bulk.length >= 2) return { kind: 'campaignDelete', name: bulk[0].name };
    return { kind: 'campaign', name: `Bulk-${tag}-${counter++}` };
  };
  // Plan campaigns: create one, give it demand lines, then propose and accept a plan for them.
  const planStep = (state: State): Intent => {
    const plans = [...state.campaigns].filter((c) => c.startsWith('Plan-')).sort();
    const booked = new Set([...state.bookings.values()].map((b) => b.campaign));
    const open = plans.find((c) => !booked.has(c));
    if (!open) return plans.length >= 2 ? { kind: 'campaignDelete', name: plans[0] } : { kind: 'campaign', name: `Plan-${tag}-${counter++}` };
    if (linesOf(open) < LINES_PER_PLAN) return { kind: 'demand', campaign: open };
    return { kind: 'plan' };
  };
  return (state: State): Intent => {
    const bulk = bulkCampaigns(state);
    if (focus === 'accept' && !focusDone) {
      const step = planStep(state);
      if (step.kind === 'plan') focusDone = true;
      return step;
    }
    if (!focusDone) {
      const full = bulk.filter((b) => b.bookings > 0);
      if (focus === 'campaignDelete' && full.length > 0 && !bulk.some((b) => b.bookings === 0)) {
        focusDone = true;
        return { kind: 'campaignDelete', name: pick(full).name };
      }
      const op = startBulk(bulk);
      if (focus === 'import' && op.kind === 'import') focusDone = true;
      return op;
    }
    if (bulk.some((b) => b.bookings === 0)) return startBulk(bulk);
    const own = [...state.bookings.keys()].filter((n) => n.startsWith('c-'));
    const campaigns = [BASE_CAMPAIGN, ...bulk.map((b) => b.name)];
    const roll = random();
    if (roll < 0.04) return startBulk(bulk);
    if (roll > 0.93) return planStep(state);
    if (roll < 0.06 && bulk.length > 0) return { kind: 'campaignDelete', name: pick(bulk).name };
    if (own.length > 0 && (roll < 0.3 || own.length > 150)) return { kind: 'delete', note: pick(own) };
    if (own.length > 0 && roll < 0.6) return { kind: 'update', note: pick(own), ...facts(campaigns) };
    return { kind: 'create', note: `c-${tag}-${counter++}`, ...facts(campaigns) };
  };
}

function idOf(db: Db, sql: string, key: string): number {
  const row = db.prepare(sql).get(key) as { id: number } | undefined;
  if (!row) throw new Error(`nothing found for ${key}`);
  return row.id;
}

/** Resolves on the parent's GO: the code is loaded before then, the workspace untouched. */
function waitForGo(): Promise<void> {
  return new Promise((resolve) => {
    let text = '';
    process.stdin.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('GO\n')) resolve();
    });
    process.stdin.on('end', () => process.exit(0)); // the parent went away before GO
  });
}

async function main(): Promise<void> {
  const [path, seedArg, tag, focus = 'any'] = process.argv.slice(2);
  say('LOADED');
  await waitForGo();
  const db = await openWorkspaceForApp(path, () => new Date());
  const handlers = createHandlers({ db, now: () => new Date(), app: { name: 'Capacity Planner', version: '0.0.0-crash', workspacePath: path } });
  const talentId = (email: string) => idOf(db, 'SELECT id FROM talent WHERE email = ?', email);
  const campaignId = (name: string) => idOf(db, 'SELECT id FROM campaigns WHERE name = ?', name);
  const bookingId = (note: string) => idOf(db, 'SELECT id FROM bookings WHERE note = ?', note);
  const roleId = () => (db.prepare('SELECT min(id) AS id FROM roles').get() as { id: number }).id;
  const linesOf = (campaign: string) =>
    (db.prepare('SELECT count(*) AS n FROM demand_lines d JOIN campaigns c ON c.id = d.campaign_id WHERE c.name = ?').get(campaign) as { n: number }).n;
  /** A plan intent becomes an accept of a fresh proposal, with the bookings it will write. */
  const materialise = async (intent: Intent): Promise<Op | null> => {
    if (intent.kind !== 'plan') return intent;
    const view = (await send('staffing:propose', { range: PLAN_RANGE, mode: 'split', kinds: ['staff'] })) as {
      id: string;
      bookings: { talentId: number; campaignId: number; start: string; end: string; hoursPerDay: number }[];
    };
    if (view.bookings.length === 0) return null;
    const emailOf = (id: number) => (db.prepare('SELECT email FROM talent WHERE id = ?').get(id) as { email: string }).email;
    const nameOf = (id: number) => (db.prepare('SELECT name FROM campaigns WHERE id = ?').get(id) as { name: string }).name;
    const bookings: BookingFacts[] = view.bookings.map((b) => ({
      campaign: nameOf(b.campaignId), email: emailOf(b.talentId), start: b.start, end: b.end, hoursPerDay: b.hoursPerDay, status: 'tentative',
    }));
    return { kind: 'accept', proposalId: view.id, bookings };
  };
  const send = async (channel: string, input: unknown) => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const perform = async (op: Op): Promise<void> => {
    switch (op.kind) {
      case 'create':
      case 'update': {
        const body = { allowOverAllocation: true, talentId: talentId(op.email), campaignId: campaignId(op.campaign), start: op.start, end: op.end, hoursPerDay: op.hoursPerDay, status: op.status, note: op.note };
        await send(`bookings:${op.kind}`, op.kind === 'create' ? body : { id: bookingId(op.note), ...body });
        return;
      }
      case 'delete':
        await send('bookings:delete', { id: bookingId(op.note) });
        return;
      case 'campaign':
        await send('campaigns:create', { name: op.name, status: 'confirmed', start: '2027-01-01', end: '2029-12-31' });
        return;
      case 'campaignDelete':
        await send('campaigns:delete', { id: campaignId(op.name) });
        return;
      case 'demand':
        await send('demandLines:create', { campaignId: campaignId(op.campaign), roleId: roleId(), hours: 120, start: PLAN_RANGE.start, end: PLAN_RANGE.end });
        return;
      case 'accept': {
        const result = (await send('staffing:accept', { proposalId: op.proposalId, status: 'tentative' })) as { created: number[] };
        if (result.created.length !== op.bookings.length) throw new Error(`accept created ${result.created.length} of ${op.bookings.length}`);
        return;
      }
      case 'import': {
        const file = join(dirname(path), `${op.marker}.csv`);
        writeFileSync(file, importCsv(op));
        const result = (await send('io:importCommit', { source: { path: file }, entity: 'bookings' })) as { created: number };
        if (result.created !== op.rows) throw new Error(`import created ${result.created} of ${op.rows}`);
        return;
      }
    }
  };

  say('READY');
  const next = planner(Number(seedArg), tag, focus, linesOf);
  let state = readState(db);
  for (;;) {
    const op = await materialise(next(state));
    if (!op) continue;
    say(`BEGIN ${JSON.stringify(op)}`);
    await perform(op);
    say(`COMMITTED ${op.kind} ${'note' in op ? op.note : 'marker' in op ? op.marker : 'name' in op ? op.name : 'campaign' in op ? op.campaign : op.proposalId}`);
    state = applyOp(state, op);
  }
}

main().catch((error: unknown) => {
  say(`FAILED ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
