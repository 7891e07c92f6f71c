import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { accuracyStudio } from './accuracyStudio';

// The Capacity heatmap with "Actual for past weeks", on 26 November 2026 (Thursday): the weeks of
// 2, 9 and 16 November have ended and show hours logged; the week of 23 November on shows the plan.
let now = new Date('2026-10-14T09:00:00Z');
let ws: TestWorkspace;
let studio: Awaited<ReturnType<typeof accuracyStudio>>;
const RANGE = { start: '2026-11-02', end: '2026-12-06' };

beforeEach(async () => {
  ws = tempWorkspace(() => now);
  studio = await accuracyStudio(ws, (iso) => (now = new Date(iso)));
  await ws.call('bookings:create', { talentId: studio.ada.id, campaignId: studio.spring.id, start: '2026-11-30', end: '2026-12-04', hoursPerDay: 6, status: 'tentative', allowOverAllocation: true });
});
afterEach(() => ws.close());

const rowsOf = (g: { people: { id: number }[]; buckets: unknown[]; confirmed: number[]; tentative: number[]; free: number[] }, id: number) => {
  const r = g.people.findIndex((p) => p.id === id);
  const B = g.buckets.length;
  const slice = (a: number[]) => a.slice(r * B, r * B + B);
  return { confirmed: slice(g.confirmed), tentative: slice(g.tentative), free: slice(g.free) };
};

describe('capacity:grid with actual hours for past weeks', () => {
  it('shows hours logged in the weeks that ended, and the plan from this week on', async () => {
    const query = { range: RANGE, bucket: 'week' as const, filter: { ids: [studio.ada.id, studio.zoe.id] } };
    const planned = await ws.call('capacity:grid', query);
    const mixed = await ws.call('capacity:grid', { ...query, actualPast: true });
    expect(planned.actualBuckets).toBeUndefined();
    expect(mixed.actualBuckets).toBe(3);
    // Ada: booked 37.5, 37.5, 15 (two days of 16 Nov), 0, 30 tentative; logged 34.5, 45, nothing.
    expect(rowsOf(planned, studio.ada.id).confirmed).toEqual([37.5, 37.5, 15, 0, 0]);
    const ada = rowsOf(mixed, studio.ada.id);
    expect(ada.confirmed).toEqual([34.5, 45, 0, 0, 0]);
    expect(ada.tentative).toEqual([0, 0, 0, 0, 30]);
    // Free: her 37.5 h a week less what was worked (never below 0), the plan's free hours after.
    expect(ada.free).toEqual([3, 0, 37.5, 37.5, 7.5]);
    // Zoë (part-time, Mon/Wed/Fri): booked 24 h a week; logged 25.5, 30, 12.
    expect(rowsOf(mixed, studio.zoe.id).confirmed).toEqual([25.5, 30, 12, 0, 0]);
    expect(mixed.capacity).toEqual(planned.capacity);
  });

  it('shows the plan everywhere when no week has ended', async () => {
    const g = await ws.call('capacity:grid', { range: { start: '2026-11-23', end: '2026-12-06' }, bucket: 'week', filter: { ids: [studio.ada.id] }, actualPast: true });
    expect(g.actualBuckets).toBe(0);
    expect(g.tentative).toEqual([0, 30]);
  });

  it('gives demand and supply per role the hours logged in weeks that ended', async () => {
    const rows = await ws.call('capacity:roleWeeks', { range: RANGE, actualPast: true });
    const worked = (roleId: number) => rows.filter((r) => r.roleId === roleId).map((r) => r.actual);
    // Designers logged 60, 75, 12 h; the producer 0, 24, 0; from the week of 23 November, no figure.
    expect(worked(studio.designer.id)).toEqual([60, 75, 12, undefined, undefined]);
    expect(worked(studio.producer.id)).toEqual([0, 24, 0, undefined, undefined]);
    const plain = await ws.call('capacity:roleWeeks', { range: RANGE });
    expect(plain.every((r) => r.actual === undefined)).toBe(true);
  });
});

