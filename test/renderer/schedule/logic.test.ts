import { describe, expect, it } from 'vitest';
import type { BookingCheckResult, BookingView, DemandLineSummary } from '@shared/contract';
import type { Role, Talent } from '@shared/domain';
import { bucketsIn, dayFromIso, fmtRange, isoFromDay, weekdaysBetween, yearOf } from '../../../renderer/features/schedule/days';
import { hoursPerDayOf } from '../../../renderer/features/bookings/draft';
import { draftFromDemand } from '../../../renderer/features/schedule/draftFor';
import { DAY_W, ROW_CHUNK, ROW_H, windowFor } from '../../../renderer/features/schedule/geometry';
import { indexByTalent } from '../../../renderer/features/schedule/gridContext';
import { assignLanes } from '../../../renderer/features/schedule/lanes';
import { loadFill, loadLevel } from '../../../renderer/features/schedule/load';
import { buildRows, personRowNear } from '../../../renderer/features/schedule/rows';

const person = (id: number, name: string, extra: Partial<Talent> = {}): Talent => ({
  id, externalId: null, kind: 'staff', name, email: null, team: null, primaryRoleId: 1, otherRoleIds: [], skills: [], tags: [], costRate: 0, billRate: 0,
  currency: 'GBP', utilisationTarget: null, holidayCountry: null, holidayRegion: null, activeFrom: null, activeTo: null, headcount: 1, notes: '', ...extra,
});
const booking = (id: number, talentId: number, start: string, end: string): BookingView => ({
  id, talentId, campaignId: 1, demandLineId: null, start, end, hoursPerDay: 4, status: 'confirmed', note: '', createdAt: '', updatedAt: '', totalHours: 0,
});
const roles: Role[] = [
  { id: 1, name: 'Designer', utilisationTarget: 80, colour: '#000000' },
  { id: 2, name: 'Art Director', utilisationTarget: 80, colour: '#000000' },
];

describe('loadLevel', () => {
  it('free below capacity, full at it, over above; nothing on a day off with nothing booked', () => {
    expect(loadLevel({ cap: 7.5, conf: 4, tent: 0 })).toBe('free');
    expect(loadLevel({ cap: 7.5, conf: 4, tent: 3.5 })).toBe('full');
    expect(loadLevel({ cap: 7.5, conf: 8, tent: 0 })).toBe('over');
    expect(loadLevel({ cap: 0, conf: 0, tent: 0 })).toBeNull();
    expect(loadLevel({ cap: 0, conf: 2, tent: 0 })).toBe('over');
    expect(loadLevel(undefined)).toBeNull();
  });
  it('fill is the booked quarter, rounded up', () => {
    expect(loadFill({ cap: 8, conf: 0, tent: 0 })).toBe(0);
    expect(loadFill({ cap: 8, conf: 1, tent: 0 })).toBe(1);
    expect(loadFill({ cap: 8, conf: 5, tent: 0 })).toBe(3);
  });
});

describe('buildRows', () => {
  const people = [person(1, 'Zoe', { primaryRoleId: 2 }), person(2, 'adam'), person(3, 'Bea', { kind: 'agency', team: 'North' })];
  it('sorts by name, case-insensitively, without headings', () => {
    expect(buildRows(people, 'none', 'name', roles).map((r) => (r.type === 'person' ? r.person.name : r.label))).toEqual(['adam', 'Bea', 'Zoe']);
  });
  it('groups by role with a heading and a count per group', () => {
    const rows = buildRows(people, 'role', 'name', roles);
    expect(rows.map((r) => (r.type === 'person' ? r.person.name : `# ${r.label} ${r.count}`))).toEqual(['# Art Director 1', 'Zoe', '# Designer 2', 'adam', 'Bea']);
    expect(personRowNear(rows, 0, 1)).toBe(1);
    expect(personRowNear(rows, 2, -1)).toBe(1);
  });
  it('groups by kind in the order staff, freelancers, agencies; people without a team last', () => {
    expect(buildRows(people, 'kind', 'name', roles).filter((r) => r.type === 'group').map((r) => r.type === 'group' && r.label)).toEqual(['Staff', 'Agencies']);
    expect(buildRows(people, 'team', 'name', roles).filter((r) => r.type === 'group').map((r) => r.type === 'group' && r.label)).toEqual(['North', 'No team']);
  });
});

describe('windowFor', () => {
  it('renders a bounded window of rows and days, snapped to chunks', () => {
    const w = windowFor(ROW_H * 1000, 34 * 200, 1400, 800, 5000, 20_000, 720, 'day');
    expect(w.rowStart % ROW_CHUNK).toBe(0);
    expect(w.rowStart).toBeLessThanOrEqual(1000);
    expect(w.rowEnd).toBeGreaterThanOrEqual(1000 + Math.ceil(800 / ROW_H));
    expect(w.rowEnd - w.rowStart).toBeLessThan(60);
    expect(w.dayStart).toBeLessThanOrEqual(20_200);
    expect(w.dayEnd - w.dayStart).toBeLessThan(90);
  });
  it('a small scroll inside a chunk keeps the same window', () => {
    const a = windowFor(ROW_H * 1000, 34 * 200, 1400, 800, 5000, 20_000, 720, 'day');
    const b = windowFor(ROW_H * 1000 + 40, 34 * 200 + 12, 1400, 800, 5000, 20_000, 720, 'day');
    expect(b).toEqual(a);
  });
  it('months show more days at the same width', () => {
    const w = windowFor(0, 0, 1400, 800, 10, 20_000, 3000, 'month');
    expect((w.dayEnd - w.dayStart) * DAY_W.month).toBeGreaterThan(1400 - 232);
  });
});

describe('days and buckets', () => {
  it('weeks start on Monday; months follow the calendar', () => {
    const weeks = bucketsIn(dayFromIso('2030-01-15'), dayFromIso('2030-01-28'), 'week');
    expect(weeks.map((w) => isoFromDay(w.start))).toEqual(['2030-01-14', '2030-01-21', '2030-01-28']);
    const months = bucketsIn(dayFromIso('2030-01-31'), dayFromIso('2030-03-01'), 'month');
    expect(months.map((m) => [isoFromDay(m.start), m.days])).toEqual([['2030-01-01', 31], ['2030-02-01', 28], ['2030-03-01', 31]]);
    expect(weekdaysBetween(dayFromIso('2030-01-28'), dayFromIso('2030-02-03'))).toBe(5);
  });
});

describe('fmtRange', () => {
  it('names the years when a range crosses New Year, and only then', () => {
    const [nov21, feb2, jan6, jan17] = ['2026-11-21', '2027-02-02', '2027-01-06', '2027-01-17'].map(dayFromIso);
    const across = fmtRange(nov21, feb2);
    expect(across).toContain(String(yearOf(nov21)));
    expect(across).toContain(String(yearOf(feb2)));
    expect(fmtRange(jan6, jan17)).not.toMatch(/2027/);
    expect(fmtRange(jan6, jan6)).not.toMatch(/2027|–/);
  });
});

describe('draftFromDemand', () => {
  const line: DemandLineSummary = {
    id: 9, campaignId: 3, roleId: 1, skills: [], hours: 100, start: '2030-01-14', end: '2030-01-31', priority: 3, note: 'Key visuals', bookedHours: 80, openHours: 20,
  };
  it('books the open hours from the drop day to the line end, as a total over the person’s own working days', () => {
    const d = draftFromDemand(line, 7, dayFromIso('2030-01-28'));
    expect(d).toMatchObject({ talentId: 7, campaignId: 3, demandLineId: 9, start: '2030-01-28', end: '2030-01-31', mode: 'total', amount: '20', status: 'tentative' });
    expect(d.hint).toMatch(/^20 h open, spread over their working days/);
    // A part-timer off on Fridays with a public holiday that week has 3 working days of 4 weekdays:
    // the editor books all 20 h open over them, not 4 weekdays' share of it.
    const threeDays = { workingDays: 3, capacityHours: 22.5, patternHours: { min: 7.5, max: 7.5 } } as BookingCheckResult;
    expect(hoursPerDayOf(d, threeDays)! * 3).toBeCloseTo(20, 2);
  });
  it('a drop outside the window books the whole window; at most 8 h a day', () => {
    const d = draftFromDemand({ ...line, openHours: 500 }, 7, dayFromIso('2030-03-01'));
    expect(d.start).toBe('2030-01-14');
    expect(d).toMatchObject({ mode: 'perDay', amount: '8' });
    expect(d.hint).toContain('8 h a day to start with');
  });
});

describe('lanes and the per-person index', () => {
  it('overlapping bookings stack, touching ones share a lane', () => {
    const { lane, count } = assignLanes([booking(1, 1, '2030-01-01', '2030-01-05'), booking(2, 1, '2030-01-03', '2030-01-04'), booking(3, 1, '2030-01-06', '2030-01-07')]);
    expect(count).toBe(2);
    expect([lane.get(1), lane.get(2), lane.get(3)]).toEqual([0, 1, 0]);
  });
  it('keeps a person’s list when their bookings did not change', () => {
    const a = booking(1, 1, '2030-01-01', '2030-01-02');
    const b = booking(2, 2, '2030-01-01', '2030-01-02');
    const first = indexByTalent(new Map([[1, a], [2, b]]));
    const second = indexByTalent(new Map([[1, a], [2, { ...b, end: '2030-01-03' }]]), first);
    expect(second.get(1)).toBe(first.get(1));
    expect(second.get(2)).not.toBe(first.get(2));
  });
});
