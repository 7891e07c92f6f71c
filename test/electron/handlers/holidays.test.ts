// The holiday listing (what the Calendar and Schedule shade) and the capacity figures count the
// same days: every day of a multi-day holiday, not only its first. Korea's Chuseok is three days
// (2027-09-14 to 16).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDaysIn, weekdayIso } from '@shared/dates';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => (ws = tempWorkspace()));
afterEach(() => ws.close());

const RANGE = { start: '2027-09-06', end: '2027-09-26' };

async function seoulStudio() {
  const designer = await ws.call('roles:create', { name: 'Designer', utilisationTarget: 80 });
  // A part-timer in Seoul (Mon–Thu, 7.5 h) and a full-timer in London: the London one has no Chuseok.
  const minji = await ws.call('talent:create', {
    kind: 'staff', name: 'Kim Min-ji', primaryRoleId: designer.id, costRate: 40_000, currency: 'KRW', holidayCountry: 'KR', holidayRegion: null,
    patterns: [{ effectiveFrom: '2026-01-01', hours: [7.5, 7.5, 7.5, 7.5, 0, 0, 0] }],
  });
  const ada = await ws.call('talent:create', {
    kind: 'freelancer', name: 'Ada Lovelace', primaryRoleId: designer.id, costRate: 50, currency: 'GBP', holidayCountry: 'GB', holidayRegion: 'ENG',
  });
  return { minji, ada };
}

describe('holidays:list and the capacity core count the same days', () => {
  it('lists every day of a three-day holiday, each with its name', async () => {
    const listed = await ws.call('holidays:list', { from: '2027-09-01', to: '2027-09-30', places: [{ country: 'KR', region: null }] });
    const chuseok = listed.filter((h) => h.date >= '2027-09-14' && h.date <= '2027-09-16');
    expect(chuseok.map((h) => h.date)).toEqual(['2027-09-14', '2027-09-15', '2027-09-16']);
    expect(new Set(chuseok.map((h) => h.name)).size).toBe(1);
    expect(chuseok.every((h) => h.country === 'KR' && h.region === null)).toBe(true);
  });

  it('lists the days of a holiday that starts before the range asked for', async () => {
    const listed = await ws.call('holidays:list', { from: '2027-09-15', to: '2027-09-15', places: [{ country: 'KR', region: null }] });
    expect(listed.map((h) => h.date)).toEqual(['2027-09-15']);
  });

  it('shades exactly the working days the capacity grid takes out', async () => {
    const { minji, ada } = await seoulStudio();
    const grid = await ws.call('capacity:grid', { range: RANGE, bucket: 'day', filter: { ids: [minji.id, ada.id] } });
    const listed = await ws.call('holidays:list', { from: RANGE.start, to: RANGE.end, places: [{ country: 'KR', region: null }, { country: 'GB', region: 'ENG' }] });
    const days = grid.buckets.map((b) => b.start);
    expect(days).toEqual(isoDaysIn(RANGE.start, RANGE.end));
    const row = (talentId: number) => grid.people.findIndex((p) => p.id === talentId);
    const capacityOn = (talentId: number, day: string) => grid.capacity[row(talentId) * days.length + days.indexOf(day)];

    // Min-ji: a pattern day (Mon–Thu) has no hours exactly when it is a listed Korean holiday.
    const korean = new Set(listed.filter((h) => h.country === 'KR').map((h) => h.date));
    expect([...korean].sort()).toEqual(['2027-09-14', '2027-09-15', '2027-09-16']);
    const patternDays = days.filter((d) => weekdayIso(d) <= 3);
    const lost = patternDays.filter((d) => capacityOn(minji.id, d) === 0);
    expect(lost).toEqual(patternDays.filter((d) => korean.has(d)));
    expect(lost).toEqual(['2027-09-14', '2027-09-15', '2027-09-16']);
    for (const d of patternDays.filter((x) => !korean.has(x))) expect(capacityOn(minji.id, d)).toBe(7.5);

    // Ada (England) works through Chuseok, and nothing English is listed in these weeks.
    expect(listed.filter((h) => h.country === 'GB')).toEqual([]);
    for (const d of days.filter((x) => weekdayIso(x) < 5)) expect(capacityOn(ada.id, d)).toBeGreaterThan(0);
  });
});
