// What the crash test's writer does and what the workspace must look like after each step.
// Shared by the child writer (which performs the steps) and the parent test (which checks them).
// Every booking carries a unique note, so a booking is identified by its note, not its id.

import type { Db } from '../../../../electron/db/open';

export interface BookingFacts {
  campaign: string;
  email: string;
  start: string;
  end: string;
  hoursPerDay: number;
  status: 'tentative' | 'confirmed';
}

export type Op =
  | ({ kind: 'create'; note: string } & BookingFacts)
  | ({ kind: 'update'; note: string } & BookingFacts)
  | { kind: 'delete'; note: string }
  | { kind: 'campaign'; name: string }
  | { kind: 'import'; campaign: string; marker: string; rows: number }
  | { kind: 'campaignDelete'; name: string }
  /** A demand line for a plan campaign: not part of the checked state (bookings and campaigns). */
  | { kind: 'demand'; campaign: string }
  /** staffing:accept of a proposal: its bookings, as proposed, in one transaction. */
  | { kind: 'accept'; proposalId: string; bookings: BookingFacts[] };

export type OpKind = Op['kind'];

export interface State {
  campaigns: Set<string>;
  bookings: Map<string, BookingFacts>;
}

export const PEOPLE = ['ana@example.com', 'ben@example.com', 'cho@example.com'];
/** The note staffing:accept gives its bookings; they are keyed by their facts instead. */
export const PLAN_NOTE = 'From a staffing plan';
/** After every imported or random booking (and inside the capacity model's years), so a plan always finds free people. */
export const PLAN_RANGE = { start: '2028-10-02', end: '2028-11-26' };

const planPrefix = (b: BookingFacts) => `plan|${b.campaign}|${b.email}|${b.start}|${b.end}|${b.hoursPerDay}|${b.status}#`;

function planKey(bookings: Map<string, BookingFacts>, b: BookingFacts): string {
  const prefix = planPrefix(b);
  let n = 0;
  while (bookings.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
export const BASE_CAMPAIGN = 'Base';
export const IMPORT_ROWS = 3000;

export function dayAfter(start: string, days: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Row i of an import: unique by (person, start, end), all on one campaign, all before PLAN_RANGE. */
export function importRow(op: { campaign: string; marker: string }, i: number): BookingFacts & { note: string } {
  const j = i % 1000;
  const start = dayAfter('2027-01-04', j % 500);
  return {
    note: `${op.marker}-${i}`,
    campaign: op.campaign,
    email: PEOPLE[Math.floor(i / 1000) % PEOPLE.length],
    start,
    end: dayAfter(start, Math.floor(j / 500) * 3 + (j % 3)),
    hoursPerDay: 1 + (i % 8),
    status: i % 3 === 0 ? 'confirmed' : 'tentative',
  };
}

export function importCsv(op: { campaign: string; marker: string; rows: number }): string {
  const lines = ['Email,Campaign,Start,End,Hours per day,Status,Note'];
  for (let i = 0; i < op.rows; i++) {
    const r = importRow(op, i);
    lines.push([r.email, r.campaign, r.start, r.end, r.hoursPerDay, r.status, r.note].join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function cloneState(s: State): State {
  return { campaigns: new Set(s.campaigns), bookings: new Map(s.bookings) };
}

/** The state after `op` committed (pure). */
export function applyOp(state: State, op: Op): State {
  const next = cloneState(state);
  switch (op.kind) {
    case 'create':
    case 'update': {
      const { kind: _k, note, ...facts } = op;
      next.bookings.set(note, facts);
      break;
    }
    case 'delete':
      next.bookings.delete(op.note);
      break;
    case 'campaign':
      next.campaigns.add(op.name);
      break;
    case 'import':
      for (let i = 0; i < op.rows; i++) {
        const { note, ...facts } = importRow(op, i);
        next.bookings.set(note, facts);
      }
      break;
    case 'campaignDelete':
      next.campaigns.delete(op.name);
      for (const [note, b] of next.bookings) if (b.campaign === op.name) next.bookings.delete(note);
      break;
    case 'demand':
      break;
    case 'accept':
      for (const b of op.bookings) next.bookings.set(planKey(next.bookings, b), b);
      break;
  }
  return next;
}

/** The workspace's campaigns and bookings, read straight from SQL. */
export function readState(db: Db): State {
  const campaigns = new Set((db.prepare('SELECT name FROM campaigns').all() as { name: string }[]).map((r) => r.name));
  const rows = db
    .prepare(
      `SELECT b.note, c.name AS campaign, t.email, b.start, b.end, b.hours_per_day AS hoursPerDay, b.status
       FROM bookings b JOIN campaigns c ON c.id = b.campaign_id JOIN talent t ON t.id = b.talent_id`,
    )
    .all() as (BookingFacts & { note: string })[];
  const bookings = new Map<string, BookingFacts>();
  for (const { note, ...facts } of rows) {
    if (note === PLAN_NOTE) {
      bookings.set(planKey(bookings, facts), facts);
      continue;
    }
    if (bookings.has(note)) throw new Error(`two bookings share the note ${note}`);
    bookings.set(note, facts);
  }
  return { campaigns, bookings };
}

/** A canonical text of a state: equal texts mean equal states. */
export function stateKey(s: State): string {
  const campaigns = [...s.campaigns].sort().join('|');
  const bookings = [...s.bookings.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([note, b]) => `${note}:${b.campaign}:${b.email}:${b.start}:${b.end}:${b.hoursPerDay}:${b.status}`)
    .join('\n');
  return `${campaigns}\n${bookings}`;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
