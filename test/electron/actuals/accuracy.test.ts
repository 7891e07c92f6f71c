import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEAD_BUCKETS, quarterOfWeek } from '@shared/actuals/accuracy';
import { dayFromIso } from '@shared/dates';
import type { ForecastAccuracy } from '@shared/contract';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { accuracyStudio } from './accuracyStudio';

let now = new Date('2026-10-14T09:00:00Z');
let ws: TestWorkspace;

beforeEach(async () => {
  ws = tempWorkspace(() => now);
  await accuracyStudio(ws, (iso) => (now = new Date(iso)));
});
afterEach(() => ws.close());

const bucket = (r: ForecastAccuracy, weeks: number) => r.buckets.find((b) => b.weeksAhead === weeks);

// Scored on 26 November 2026 (accuracyStudio.ts gives the plans and the hours worked).
describe('forecast accuracy (actuals:accuracy)', () => {
  it('scores each snapshot’s role-week plan against the hours worked, by how far ahead it was made', async () => {
    const r = await ws.call('actuals:accuracy', {});
    expect(r.snapshots).toBe(2);
    expect(r.leftOut).toBe(1);
    // 4 weeks ahead (lead 3–4): snapshot A (week of 12 Oct) for the weeks of 2 Nov (lead 3) and 9 Nov (lead 4).
    // Designers 2 Nov 61.5 vs 60; designers 9 Nov 61.5 vs 75; producer 9 Nov 30 vs 24 (producer 2 Nov: 0 vs 0, not scored).
    const mape4 = (1.5 / 60 + 13.5 / 75 + 6 / 24) / 3;
    expect(bucket(r, 4)).toMatchObject({ roleWeeks: 3, missing: 0, plannedHours: 153, actualHours: 159 });
    expect(r.buckets[2].bias).toBeCloseTo((153 - 159) / 159, 4);
    expect(r.buckets[2].mape).toBeCloseTo(mape4, 4);
    // 8 weeks ahead (lead 5–8): A for 16 Nov (lead 5): designers 24 vs 12.
    expect(bucket(r, 8)).toMatchObject({ roleWeeks: 1, missing: 0, plannedHours: 24, actualHours: 12, bias: 1, mape: 1 });
    // 1 week ahead (lead 0–1): B (week of 2 Nov) for 2 and 9 Nov: the same three role-weeks as above.
    expect(bucket(r, 1)).toMatchObject({ roleWeeks: 3, plannedHours: 153, actualHours: 159 });
    expect(r.buckets[0].mape).toBeCloseTo(mape4, 4);
    // 2 weeks ahead: B for 16 Nov: designers 39 vs 12; the producer's 20 h with nothing logged is missing, not scored.
    expect(bucket(r, 2)).toMatchObject({ roleWeeks: 1, missing: 1, plannedHours: 39, actualHours: 12 });
    expect(r.buckets[1].bias).toBeCloseTo(27 / 12, 4);
    expect(r.buckets[1].mape).toBeCloseTo(27 / 12, 4);
    expect(bucket(r, 12)).toMatchObject({ roleWeeks: 0, bias: null, mape: null });
    // Weeks from 23 November have not ended: nothing of them is scored.
    expect(r.quarters.map((q) => q.label)).toEqual(['2026 Q4']);
    expect(r.headline).toMatchObject({ quarter: '2026 Q4', previousQuarter: '2026 Q3', previousMape: null });
    expect(r.headline.mape).toBeCloseTo(mape4, 4);
  });

  it('scores only the weeks of a retrospective’s period', async () => {
    const retro = await ws.call('retros:create', { title: 'Week of 9 November', campaignId: null, start: '2026-11-10', end: '2026-11-12', worked: '', stalled: '' });
    const r = await ws.call('retros:report', { id: retro.id });
    const b = (weeks: number) => r.forecastAccuracy.find((x) => x.weeksAhead === weeks)!;
    // Only the week of 9 November: designers 61.5 vs 75 and the producer 30 vs 24, from A (4 weeks ahead) and B (1 week ahead).
    for (const weeks of [4, 1]) {
      expect(b(weeks)).toMatchObject({ roleWeeks: 2, missing: 0, plannedHours: 91.5, actualHours: 99 });
      expect(b(weeks).mape).toBeCloseTo((13.5 / 75 + 6 / 24) / 2, 4);
    }
    expect(b(2)).toMatchObject({ roleWeeks: 0, missing: 0 });
    expect(b(8)).toMatchObject({ roleWeeks: 0, mape: null });
  });

  it('says nothing can be scored without actuals, and refuses unknown input', async () => {
    ws.close();
    now = new Date('2026-11-26T10:00:00Z');
    ws = tempWorkspace(() => now);
    const r = await ws.call('actuals:accuracy', {});
    expect(r.snapshots).toBe(0);
    expect(r.buckets.every((b) => b.mape === null && b.roleWeeks === 0)).toBe(true);
    expect(r.headline.mape).toBeNull();
    const bad = await ws.send('actuals:accuracy', { weeks: 4 });
    expect(bad.ok).toBe(false);
  });
});

describe('lead-time buckets and quarters', () => {
  it('gives every lead time from 0 to 12 weeks exactly one bucket', () => {
    for (let lead = 0; lead <= 12; lead++) expect(LEAD_BUCKETS.filter((b) => lead >= b.from && lead <= b.to)).toHaveLength(1);
  });
  it('puts a week in the quarter of its Thursday', () => {
    expect(quarterOfWeek(dayFromIso('2026-09-28')).label).toBe('2026 Q4');
    expect(quarterOfWeek(dayFromIso('2026-09-21')).label).toBe('2026 Q3');
    expect(quarterOfWeek(dayFromIso('2025-12-29')).label).toBe('2026 Q1');
  });
});
