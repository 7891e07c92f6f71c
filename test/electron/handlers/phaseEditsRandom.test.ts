// Random sequences of phase edits on "Aurora video" (the Product video template on the messy delivery
// studio, with a booking on a line): after every accepted change each phase starts after what it
// waits for, its demand lines have its window, nothing points at a removed phase; a refused change
// writes nothing; and undoing every step brings the workspace back byte for byte.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { productVideoCampaign } from '../delivery/studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

type Op =
  | { kind: 'add'; after: number[]; days: number; hours: number }
  | { kind: 'deps'; phase: number; after: number[] }
  | { kind: 'days'; phase: number; days: number }
  | { kind: 'remove'; phase: number; keep: boolean };

const pick = fc.nat({ max: 20 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), after: fc.array(pick, { maxLength: 3 }), days: fc.integer({ min: 1, max: 12 }), hours: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('deps' as const), phase: pick, after: fc.array(pick, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('days' as const), phase: pick, days: fc.integer({ min: 1, max: 15 }) }),
  fc.record({ kind: fc.constant('remove' as const), phase: pick, keep: fc.boolean() }),
);

async function checkInvariants(campaignId: number) {
  const phases = await ws.call('phases:list', { campaignId });
  const byId = new Map(phases.map((p) => [p.id, p]));
  for (const p of phases) {
    expect(p.durationDays).toBeGreaterThanOrEqual(1);
    for (const d of p.dependsOn) {
      expect(byId.has(d), `${p.name} waits for a phase that is gone`).toBe(true);
      expect(p.start > byId.get(d)!.end, `${p.name} starts ${p.start}, before ${byId.get(d)!.name} ends ${byId.get(d)!.end}`).toBe(true);
    }
  }
  for (const l of await ws.call('demandLines:list', { campaignIds: [campaignId] })) {
    if (l.phaseId == null) continue;
    const p = byId.get(l.phaseId);
    expect(p, 'a line points at a removed phase').toBeDefined();
    expect([l.start, l.end]).toEqual([p!.start, p!.end]);
  }
  return phases;
}

describe('random phase edits', () => {
  it('keep the phases in order, their lines in their windows, refusals write nothing, and every step undoes', async () => {
    const { campaign, phases, copy, ava } = await productVideoCampaign(ws, { hours: 60, maxPeople: 2 });
    const scriptLine = (await ws.call('demandLines:list', { campaignIds: [campaign.id] })).find((l) => l.phaseId === phases[1].id)!;
    await ws.call('bookings:create', { talentId: ava.id, campaignId: campaign.id, demandLineId: scriptLine.id, start: '2027-04-19', end: '2027-04-20', hoursPerDay: 3 });
    const start = dumpWorkspace(ws.db);
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        let steps = 0;
        let added = 0;
        for (const o of ops) {
          const now = await ws.call('phases:list', { campaignId: campaign.id });
          const id = (k: number) => now[k % now.length]?.id;
          const ids = (ks: number[]) => [...new Set(ks.map(id).filter((x): x is number => x !== undefined))];
          const before = dumpWorkspace(ws.db);
          const sent =
            o.kind === 'add'
              ? await ws.send('phases:create', { campaignId: campaign.id, name: `Extra ${++added}`, durationDays: o.days, dependsOn: ids(o.after), roles: [{ roleId: copy.id, hours: o.hours }] })
              : now.length === 0
                ? null
                : o.kind === 'deps'
                  ? await ws.send('phases:update', { id: id(o.phase), dependsOn: ids(o.after), allowOverAllocation: true, moveBookings: true })
                  : o.kind === 'days'
                    ? await ws.send('phases:update', { id: id(o.phase), durationDays: o.days, allowOverAllocation: true })
                    : await ws.send('phases:delete', { id: id(o.phase), keepBookedLines: o.keep });
          if (sent === null) continue;
          if (sent.ok) {
            if (dumpWorkspace(ws.db) !== before) steps++;
          } else {
            // Only a circle, waiting for itself, or booked lines not kept is refused here: named, and nothing written.
            expect(sent.error.field, sent.error.message).toMatch(/^(dependsOn(\.\d+)?|keepBookedLines)$/);
            expect(dumpWorkspace(ws.db)).toBe(before);
          }
          await checkInvariants(campaign.id);
        }
        for (let i = 0; i < steps; i++) await ws.call('history:undo', {});
        expect(dumpWorkspace(ws.db)).toBe(start);
      }),
      { numRuns: 25, seed: 16_2027 },
    );
  }, 120_000);
});
