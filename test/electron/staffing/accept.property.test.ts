// Accepting a whole staffing plan, on random messy workspaces, through the real handler table:
// the plan is bookable exactly as proposed, and it never over-allocates anyone.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffingProposalView } from '@shared/contract';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { messyStudioArb, PLAN_RANGE, TODAY, writeMessyStudio } from './messyStudio';

const open: TestWorkspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** Booked and capacity hours of every person on every day of the range, keyed `talentId|date`. */
async function dayFigures(ws: TestWorkspace) {
  const grid = await ws.call('capacity:grid', { range: PLAN_RANGE, bucket: 'day', limit: 1000 });
  const out = new Map<string, { booked: number; capacity: number }>();
  const n = grid.buckets.length;
  grid.people.forEach((p, r) =>
    grid.buckets.forEach((b, c) => {
      const k = r * n + c;
      out.set(`${p.id}|${b.start}`, { booked: grid.confirmed[k] + grid.tentative[k], capacity: grid.capacity[k] });
    }),
  );
  return out;
}

async function overAllocatedDays(ws: TestWorkspace): Promise<Set<string>> {
  const runs = await ws.call('capacity:overallocations', { range: PLAN_RANGE });
  return new Set(runs.flatMap((r) => r.days.map((d) => `${r.talentId}|${d.date}`)));
}

async function bookedPerLine(ws: TestWorkspace): Promise<Map<number, number>> {
  const lines = await ws.call('demandLines:list', {});
  return new Map(lines.map((l) => [l.id, l.bookedHours]));
}

/** What the plan says of itself: quarter hours, one booking per run, totals that add up. */
function checkShape(p: StaffingProposalView) {
  for (const b of p.bookings) {
    expect(Number.isInteger(b.hoursPerDay * 4), `${b.name} ${b.hoursPerDay} h a day`).toBe(true);
    expect(b.hoursPerDay).toBeGreaterThan(0);
    expect(b.hoursPerDay).toBeLessThanOrEqual(24);
    expect(Number.isInteger(b.totalHours * 4)).toBe(true);
  }
  for (const l of p.lines) {
    const mine = p.bookings.filter((b) => b.demandLineId === l.demandLineId);
    expect(mine.reduce((s, b) => s + b.totalHours, 0)).toBeCloseTo(l.staffed, 9);
    expect(l.staffed).toBeLessThanOrEqual(l.openBefore + 1e-9);
    for (const b of mine) expect(b.start >= l.start && b.end <= l.end, `${b.start}..${b.end} in ${l.start}..${l.end}`).toBe(true);
    // One person's bookings on one line never overlap.
    const byPerson = new Map<number, typeof mine>();
    for (const b of mine) byPerson.set(b.talentId, [...(byPerson.get(b.talentId) ?? []), b]);
    for (const list of byPerson.values()) {
      list.sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < list.length; i++) expect(list[i].start > list[i - 1].end).toBe(true);
    }
  }
  expect(p.staffedHours).toBeCloseTo(p.bookings.reduce((s, b) => s + b.totalHours, 0), 6);
  expect(p.overAllocatedDays).toBe(0);
}

async function proposeAndAccept(ws: TestWorkspace, mode: 'split' | 'whole') {
  const daysBefore = await dayFigures(ws);
  const overBefore = await overAllocatedDays(ws);
  const bookedBefore = await bookedPerLine(ws);
  const p = await ws.call('staffing:propose', { range: PLAN_RANGE, mode, kinds: ['staff', 'freelancer', 'agency'], maxSeconds: 5 });
  checkShape(p);
  if (p.bookings.length === 0) return p;
  const accepted = await ws.call('staffing:accept', { proposalId: p.id, status: 'confirmed' });
  expect(accepted.created).toHaveLength(p.bookings.length);
  // No day the plan touched went over capacity, and no new over-allocated day appears in the list.
  const daysAfter = await dayFigures(ws);
  for (const [key, after] of daysAfter) {
    const before = daysBefore.get(key)!;
    if (after.booked > before.booked + 1e-9) expect(after.booked, `${key}: ${after.booked} h booked of ${after.capacity} h`).toBeLessThanOrEqual(after.capacity + 1e-9);
  }
  for (const key of await overAllocatedDays(ws)) expect(overBefore.has(key), `new over-allocated day ${key}`).toBe(true);
  // Each line gains exactly the hours the plan showed for it.
  const bookedAfter = await bookedPerLine(ws);
  for (const l of p.lines) expect(bookedAfter.get(l.demandLineId)! - bookedBefore.get(l.demandLineId)!).toBeCloseTo(l.staffed, 6);
  return p;
}

describe('accepting a whole staffing plan on messy workspaces', () => {
  it('books exactly what the plan shows and never over-allocates a day, in split and whole mode', async () => {
    let staffed = 0, runs = 0;
    await fc.assert(
      fc.asyncProperty(messyStudioArb, async (studio) => {
        const ws = tempWorkspace(() => new Date(`${TODAY}T10:00:00Z`));
        open.push(ws);
        await writeMessyStudio(ws, studio);
        const split = await proposeAndAccept(ws, 'split');
        if (split.bookings.length > 0) await ws.call('history:undo');
        const whole = await proposeAndAccept(ws, 'whole');
        staffed += split.staffedHours + whole.staffedHours;
        runs++;
        ws.close();
        open.pop();
      }),
      { numRuns: 100, seed: 20261204 },
    );
    // The workspaces are not all trivially empty: plans did book hours.
    expect(runs).toBe(100);
    expect(staffed).toBeGreaterThan(1000);
  }, 300_000);
});
