import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { openWorkspace, type Db } from '../../../electron/db/open';
import { listBookings } from '../../../electron/db/repos/bookings';
import { listCampaigns } from '../../../electron/db/repos/campaigns';
import { listClosures } from '../../../electron/db/repos/closures';
import { listDemandLines } from '../../../electron/db/repos/demandLines';
import { countRows, getMeta } from '../../../electron/db/repos/meta';
import { listPatterns } from '../../../electron/db/repos/patterns';
import { listTalent } from '../../../electron/db/repos/talent';
import { listTimeOff } from '../../../electron/db/repos/timeOff';
import { loadDemoStudio } from '../../../electron/demo/load';

const TODAY = '2026-03-11';
const SIX_MONTHS_LATER = '2026-09-10';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'demo-'));
  db = openWorkspace(join(dir, 'workspace.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const hoursOf = (b: { start: string; end: string; hoursPerDay: number }) => {
  let days = 0;
  for (let d = Date.parse(b.start); d <= Date.parse(b.end); d += 86_400_000) if (new Date(d).getUTCDay() % 6 !== 0) days++;
  return days * b.hoursPerDay;
};

describe('loadDemoStudio', () => {
  it('fills an empty workspace with the demo studio', () => {
    const written = loadDemoStudio(db, TODAY);
    const talent = listTalent(db);
    const byKind = (kind: string) => talent.filter((t) => t.kind === kind);
    expect([byKind('staff').length, byKind('freelancer').length, byKind('agency').length]).toEqual([40, 25, 3]);
    for (const a of byKind('agency')) expect([2, 3, 4, 5]).toContain(a.headcount);
    for (const t of talent) {
      expect(t.skills.length).toBeGreaterThanOrEqual(2);
      expect(t.skills.length).toBeLessThanOrEqual(5);
    }
    expect(new Set(talent.map((t) => t.email)).size).toBe(talent.length);
    expect(new Set(talent.map((t) => t.holidayCountry))).toEqual(new Set(['GB', 'US', 'DE']));
    expect(byKind('freelancer').some((t) => t.activeFrom && t.activeTo)).toBe(true);

    // 15 generated campaigns, and 3 made from the demo's templates (their phases' lines are checked in templates.test.ts).
    const fromTemplates = new Set(listDemandLines(db).filter((l) => l.phaseId != null).map((l) => l.campaignId));
    expect(fromTemplates.size).toBe(3);
    const campaigns = listCampaigns(db).filter((c) => !fromTemplates.has(c.id));
    expect(campaigns).toHaveLength(15);
    expect(new Set(campaigns.map((c) => c.status))).toEqual(new Set(['pipeline', 'confirmed', 'in_progress', 'done', 'cancelled']));
    for (const c of campaigns.filter((c) => c.status === 'pipeline')) expect(c.probability >= 20 && c.probability <= 70).toBe(true);
    const lines = listDemandLines(db);
    for (const c of campaigns) {
      const own = lines.filter((l) => l.campaignId === c.id);
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(own.length).toBeLessThanOrEqual(6);
      for (const l of own) {
        expect(l.start >= c.start && l.end <= c.end).toBe(true);
        expect(l.hours).toBeGreaterThanOrEqual(40);
        expect(l.hours).toBeLessThanOrEqual(400);
      }
    }

    const bookings = listBookings(db);
    expect(bookings.length).toBe(written.bookings);
    for (const b of bookings) expect(b.start >= TODAY && b.end <= SIX_MONTHS_LATER && b.start <= b.end).toBe(true);
    const linked = bookings.filter((b) => b.demandLineId !== null);
    expect(linked.length).toBeGreaterThan(bookings.length * 0.3);
    expect(bookings.some((b) => b.status === 'tentative')).toBe(true);
    const bookedOnLines = linked.reduce((sum, b) => sum + hoursOf(b), 0);
    expect(bookedOnLines).toBeLessThan(lines.filter((l) => l.phaseId == null).reduce((sum, l) => sum + l.hours, 0));

    const patterns = listPatterns(db);
    const periods = new Map<number, number>();
    for (const p of patterns) periods.set(p.talentId, (periods.get(p.talentId) ?? 0) + 1);
    expect([...periods.values()].some((n) => n > 1)).toBe(true);
    expect(patterns.some((p) => p.hours.slice(0, 5).some((h) => h === 0))).toBe(true);
    const timeOff = listTimeOff(db);
    expect(timeOff.some((t) => t.type === 'vacation')).toBe(true);
    expect(timeOff.some((t) => t.hoursPerDay !== null)).toBe(true);
    expect(listClosures(db).length).toBeGreaterThan(0);
    expect(getMeta(db, 'onboarded')).toBe('demo');
  });

  it('refuses a workspace that already has people or campaigns, and writes nothing', () => {
    loadDemoStudio(db, TODAY);
    const before = countRows(db);
    const patternsBefore = listPatterns(db).length;
    expect(() => loadDemoStudio(db, '2026-04-01')).toThrow(AppError);
    try {
      loadDemoStudio(db, '2026-04-01');
    } catch (error) {
      expect((error as AppError).code).toBe('conflict');
    }
    expect(countRows(db)).toEqual(before);
    expect(listPatterns(db)).toHaveLength(patternsBefore);
  });

  it('writes identical data for the same seed and today', () => {
    loadDemoStudio(db, TODAY);
    const other = openWorkspace(join(dir, 'other.db'));
    try {
      loadDemoStudio(other, TODAY);
      expect(listTalent(other)).toEqual(listTalent(db));
      expect(listCampaigns(other)).toEqual(listCampaigns(db));
      expect(listDemandLines(other)).toEqual(listDemandLines(db));
      expect(listBookings(other)).toEqual(listBookings(db));
      expect(listTimeOff(other)).toEqual(listTimeOff(db));
      expect(listPatterns(other)).toEqual(listPatterns(db));
    } finally {
      other.close();
    }
  });
});
