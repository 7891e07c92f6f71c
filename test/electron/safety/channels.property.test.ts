// Every channel, thousands of malformed inputs: each gets a typed error ({ok:false, error:{code,
// message}} with a code in ERROR_CODES), and the workspace stays byte for byte as it was.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName } from '@shared/contract';
import { ERROR_CODES, type Envelope } from '@shared/errors';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { baseInputs, makeFixtures, WRITES } from './property/bases';
import { exhaustiveFieldMutations, mutationArb, objectPaths, preview, setAt, type Mutation } from './property/mutations';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const SEED = Number(process.env.PROPERTY_SEED ?? 9_2026);

interface Tally {
  sent: number;
  refusedBySchema: number;
  typedByHandler: number;
  okReads: number;
  skippedValid: number;
  noBase: boolean;
}

let ws: TestWorkspace;
let bases: Record<string, unknown>;
let before: string;
let fileBefore: string;
const tallies = new Map<string, Tally>();
/** Exports write a file outside the workspace: succeeding on an unknown id is reported, not failed. */
const FILE_ONLY = /^io:export/;
const findings = new Set<string>();

const fileHash = () => {
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  return createHash('sha256').update(readFileSync(ws.path)).digest('hex');
};

beforeAll(async () => {
  ws = tempWorkspace();
  const fixtures = await makeFixtures(ws, await smallStudio(ws));
  bases = baseInputs(fixtures);
  before = dumpWorkspace(ws.db);
  fileBefore = fileHash();
}, 60_000);

afterAll(() => {
  const rows = [...tallies.entries()].map(
    ([c, t]) => `${c.padEnd(26)} ${String(t.sent).padStart(5)} ${String(t.refusedBySchema).padStart(7)} ${String(t.typedByHandler).padStart(8)} ${String(t.okReads).padStart(6)} ${String(t.skippedValid).padStart(8)}${t.noBase ? '  (no base input)' : ''}`,
  );
  const total = [...tallies.values()].reduce((n, t) => n + t.sent, 0);
  console.log(
    [
      `malformed inputs per channel (${tallies.size} channels, ${total} inputs sent):`,
      `${'channel'.padEnd(26)}  sent  schema  handler  okRead  skipped`,
      ...rows,
      ...(findings.size ? ['findings (not failures):', ...[...findings].map((f) => `  - ${f}`)] : []),
    ].join('\n'),
  );
  ws.close();
});

function tallyOf(channel: string): Tally {
  let t = tallies.get(channel);
  if (!t) tallies.set(channel, (t = { sent: 0, refusedBySchema: 0, typedByHandler: 0, okReads: 0, skippedValid: 0, noBase: !(channel in bases) }));
  return t;
}

function expectTypedError(envelope: Envelope<unknown>, what: string): void {
  expect(envelope.ok, what).toBe(false);
  if (envelope.ok) return;
  expect(ERROR_CODES, what).toContain(envelope.error.code);
  expect(typeof envelope.error.message, what).toBe('string');
  expect(envelope.error.message.length, what).toBeGreaterThan(3);
  expect(envelope.error.message.length, what).toBeLessThan(2_000); // a huge input is never echoed back
  expect(envelope.error.message, what).not.toMatch(/\bat .+:\d+:\d+|SQLITE_|sqlite_schema/);
  if (envelope.error.field !== undefined) expect(typeof envelope.error.field).toBe('string');
}

/** Sends one mutation; returns nothing, fails the test on a wrong answer or a changed workspace. */
async function check(channel: ChannelName, m: Mutation): Promise<void> {
  const t = tallyOf(channel);
  const what = `${channel} with ${m.describe}`;
  const valid = contract[channel].input.safeParse(m.input).success;
  const write = WRITES.test(channel);
  // Still a valid write (an unknown id inside a filter just matches nothing): it would rightly change the workspace.
  if (valid && write && (m.kind !== 'unknown-id' || /\bfilter\b/.test(m.describe))) {
    t.skippedValid += 1;
    return;
  }
  const envelope = await ws.send(channel, m.input);
  t.sent += 1;
  if (!valid) {
    t.refusedBySchema += 1;
    expectTypedError(envelope, what);
    if (!envelope.ok) expect(envelope.error.code, what).toBe('invalid_input');
    return;
  }
  if (envelope.ok) {
    if (FILE_ONLY.test(channel)) findings.add(`${channel} succeeds with an unknown id (${m.describe.replace(/= \d+/, '= <unknown>')}): it writes a file, the workspace is unchanged`);
    else expect(write, `${what} succeeded`).toBe(false);
    t.okReads += 1;
  } else {
    expectTypedError(envelope, what);
    t.typedByHandler += 1;
  }
  // It reached a handler: nothing may have changed.
  expect(dumpWorkspace(ws.db), what).toBe(before);
}

describe('every channel refuses malformed input with a typed error and changes nothing', () => {
  it.each([...channelNames])('%s', async (channel) => {
    const base = bases[channel] ?? {};
    for (const m of exhaustiveFieldMutations(base)) await check(channel, m);
    await fc.assert(
      fc.asyncProperty(mutationArb(base), async (m) => {
        await check(channel, m);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('covers every channel with a valid base input', () => {
    expect(channelNames.filter((c) => !(c in bases))).toEqual([]);
    for (const [c, base] of Object.entries(bases)) {
      if (c in contract) expect(contract[c as ChannelName].input.safeParse(base).success, `${c} base ${preview(base)}`).toBe(true);
    }
  });

  it('refuses a Map, a Date or a class instance as the input or inside it, on every channel', async () => {
    class Point {
      x = 1;
    }
    const odd: [string, unknown][] = [['a Map', new Map([['id', 1]])], ['a Date', new Date('2027-03-01')], ['a class instance', new Point()], ['a Set', new Set([1])]];
    for (const channel of channelNames) {
      const base = bases[channel] ?? {};
      const inputs: [string, unknown][] = odd.map(([what, v]) => [`${what} as the whole input`, v]);
      for (const p of objectPaths(base).filter((path) => path.length > 0)) for (const [what, v] of odd.slice(0, 2)) inputs.push([`${what} at ${p.join('.')}`, setAt(base, p, v)]);
      for (const [what, input] of inputs) {
        const envelope = await ws.send(channel, input);
        expect(envelope.ok, `${channel} with ${what}`).toBe(false);
        if (!envelope.ok) expect(envelope.error.code, `${channel} with ${what}`).toBe('invalid_input');
      }
    }
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('leaves the workspace file byte for byte as it was', () => {
    expect(dumpWorkspace(ws.db)).toBe(before);
    expect(fileHash()).toBe(fileBefore);
  });
});
