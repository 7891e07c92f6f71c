// Every money figure through the real handler table, on a studio paid in GBP, EUR (a part-timer
// on a day rate) and USD, with a closure and a rate change mid-week: each compared with a sum
// computed in the test, day by day.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { BOOKINGS, buildStudio, expectedCost, fx, NOW, PEOPLE, type Studio } from './studio';

let w: TestWorkspace;
let s: Studio;
beforeEach(async () => {
  w = tempWorkspace(() => NOW);
  s = await buildStudio(w);
});
afterEach(() => w.close());

const springIn = (currency: string) => BOOKINGS.reduce((sum, b) => sum + expectedCost(PEOPLE[b.person], b.start, b.end, b.hoursPerDay, currency), 0);
const autumnIn = (currency: string) => expectedCost(PEOPLE[2], '2026-03-09', '2026-03-10', 8, currency);

describe('campaign cost', () => {
  it('is in the campaign’s own currency and in the reporting currency, each day at the rate in force', async () => {
    const spring = await w.call('campaigns:get', { id: s.spring });
    expect(spring.currency).toBe('EUR');
    expect(spring.bookedCost).toBeCloseTo(springIn('EUR'), 6);
    expect(spring.reportingCurrency).toBe('GBP');
    expect(spring.bookedCostReporting).toBeCloseTo(springIn('GBP'), 6);
    expect(spring.budgetReporting).toBeCloseTo(6000 * fx('EUR', 'GBP', '2026-03-02'), 6);
    expect(spring.costWarnings).toEqual([]);
    // The part-timer's day rate: 400 € a day on 8 h days, and on the 4 h Friday.
    expect(expectedCost(PEOPLE[1], '2026-03-02', '2026-03-06', 4, 'EUR')).toBe(200 + 200 + 400);
  });

  it('adds up in the reporting currency on the campaigns list, never as one currency', async () => {
    const list = await w.call('campaigns:list', {});
    const total = list.reduce((sum, c) => sum + c.bookedCostReporting, 0);
    expect(total).toBeCloseTo(springIn('GBP') + autumnIn('GBP'), 6);
    const naive = list.reduce((sum, c) => sum + c.bookedCost, 0);
    expect(Math.abs(naive - total)).toBeGreaterThan(50);
  });

  it('warns about a missing rate and leaves those hours out, never converting at 1', async () => {
    await w.call('rates:delete', { id: s.rateIds[2] });
    const spring = await w.call('campaigns:get', { id: s.spring });
    const withoutCleo = (currency: string) =>
      BOOKINGS.filter((b) => b.person !== 2).reduce((sum, b) => sum + expectedCost(PEOPLE[b.person], b.start, b.end, b.hoursPerDay, currency), 0);
    expect(spring.bookedCost).toBeCloseTo(withoutCleo('EUR'), 6);
    expect(spring.bookedCostReporting).toBeCloseTo(withoutCleo('GBP'), 6);
    expect(spring.costWarnings).toHaveLength(2);
    expect(spring.costWarnings[0]).toMatch(/12 h of bookings has no exchange rate into EUR/);
    const overview = await w.call('money:overview', {});
    expect(overview.missing.map((m) => [m.fromCurrency, m.toCurrency, m.hours])).toEqual([
      ['USD', 'GBP', 28],
      ['USD', 'EUR', 12],
    ]);
    expect(overview.missing[0].message).toBe(
      'No exchange rate from USD to GBP: the cost of 28 h of bookings is left out of the GBP figures. Add a rate under Currency and rates.',
    );
  });

  it('follows the reporting currency when it changes, and the change undoes', async () => {
    await w.call('money:setReportingCurrency', { currency: 'USD' });
    const spring = await w.call('campaigns:get', { id: s.spring });
    expect(spring.reportingCurrency).toBe('USD');
    expect(spring.bookedCostReporting).toBeCloseTo(springIn('USD'), 6);
    await w.call('history:undo');
    expect((await w.call('campaigns:get', { id: s.spring })).bookedCostReporting).toBeCloseTo(springIn('GBP'), 6);
  });
});

describe('staffing', () => {
  it('ranks by converted cost and writes the reporting currency’s symbol', async () => {
    const ranked = await w.call('staffing:rank', { demandLineId: s.lineId });
    const byName = new Map(ranked.candidates.map((c) => [c.name, c]));
    expect(byName.get(PEOPLE[0].name)!.hourlyCostReporting).toBe(50);
    expect(byName.get(PEOPLE[2].name)!.hourlyCostReporting).toBeCloseTo(80 / 1.27, 2);
    // The part-timer: one hour on each working day of the window (16–27 March), at 400 € / the day's hours, at 0.84.
    const bruno = expectedCost(PEOPLE[1], '2026-03-16', '2026-03-27', 1, 'GBP') / 8;
    expect(byName.get(PEOPLE[1].name)!.hourlyCostReporting).toBeCloseTo(bruno, 2);
    for (const c of ranked.candidates) {
      expect(c.reason).toMatch(/£/);
      expect(c.reason).not.toMatch(/[€$]/);
      expect(c.cost).toBeCloseTo(c.coverHours * c.hourlyCostReporting!, 0);
    }
  });

  it('says when a candidate’s rate has no exchange rate rather than comparing it as if it were pounds', async () => {
    await w.call('rates:delete', { id: s.rateIds[2] });
    const ranked = await w.call('staffing:rank', { demandLineId: s.lineId });
    const cleo = ranked.candidates.find((c) => c.name === PEOPLE[2].name)!;
    expect(cleo).toMatchObject({ hourlyCostReporting: null, cost: 0, costRate: 80, currency: 'USD' });
    expect(cleo.reason).toMatch(/^Covers [^·]+· no USD to GBP exchange rate · /);
  });

  it('gives the proposal’s total and line costs as the sum of its bookings, converted day by day', async () => {
    const p = await w.call('staffing:propose', { range: { start: '2026-03-16', end: '2026-03-27' }, kinds: ['staff', 'freelancer'] });
    expect(p.currency).toBe('GBP');
    expect(p.costWarnings).toEqual([]);
    expect(p.bookings.length).toBeGreaterThan(0);
    const talentIndex = new Map(s.people.map((id, i) => [id, i]));
    let total = 0;
    for (const b of p.bookings) {
      const expected = expectedCost(PEOPLE[talentIndex.get(b.talentId)!], b.start, b.end, b.hoursPerDay, 'GBP');
      expect(b.cost).toBeCloseTo(expected, 1);
      total += expected;
    }
    expect(p.totalCost).toBeCloseTo(total, 1);
    expect(p.lines.reduce((sum, l) => sum + l.cost, 0)).toBeCloseTo(total, 1);
  });
});

describe('a plan with a missing rate', () => {
  it('leaves the unconvertible bookings out of its costs and says so', async () => {
    await w.call('rates:delete', { id: s.rateIds[2] });
    // Only Cleo (paid in dollars) can be booked: the others are fully taken in the window.
    await w.call('bookings:create', { allowOverAllocation: true, talentId: s.people[0], campaignId: s.autumn, start: '2026-03-16', end: '2026-03-27', hoursPerDay: 7.5, status: 'confirmed' });
    await w.call('bookings:create', { allowOverAllocation: true, talentId: s.people[1], campaignId: s.autumn, start: '2026-03-16', end: '2026-03-27', hoursPerDay: 8, status: 'confirmed' });
    const p = await w.call('staffing:propose', { range: { start: '2026-03-16', end: '2026-03-27' }, kinds: ['staff', 'freelancer'] });
    expect(p.bookings.length).toBeGreaterThan(0);
    expect(p.bookings.every((b) => b.talentId === s.people[2] && b.cost === 0)).toBe(true);
    expect(p.totalCost).toBe(0);
    const hours = p.bookings.reduce((sum, b) => sum + b.totalHours, 0);
    expect(p.costWarnings).toEqual([
      `No exchange rate from USD to GBP: the cost of ${Number(hours.toFixed(2))} h of bookings is left out of the GBP figures. Add a rate under Currency and rates.`,
    ]);
  });
});

describe('exports and snapshots', () => {
  it('writes each campaign’s cost in its currency and in GBP to the plan export', async () => {
    const path = join(w.dir, 'plan.csv');
    await w.call('io:exportPlan', { path, format: 'csv', range: { start: '2026-03-01', end: '2026-03-31' }, filter: {}, sheet: 'campaign' });
    const [header, ...rows] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
    const col = (name: string) => header.indexOf(name);
    const spring = rows.find((r) => r[col('Campaign')] === 'Spring Launch')!;
    expect(spring[col('Currency')]).toBe('EUR');
    expect(Number(spring[col('Planned cost')])).toBeCloseTo(springIn('EUR'), 1);
    expect(Number(spring[col('Planned cost in GBP')])).toBeCloseTo(springIn('GBP'), 1);
  });

  it('keeps the snapshot’s cost in the reporting currency beside the campaign’s own', async () => {
    const taken = await w.call('snapshots:take', { name: 'March', range: { start: '2026-03-02', end: '2026-03-29' }, filter: {} });
    const snap = await w.call('snapshots:get', { id: taken.id });
    const spring = snap.figures.campaigns.find((c) => c.campaignId === s.spring)!;
    expect(spring.plannedCost).toBeCloseTo(springIn('EUR'), 2);
    expect(spring.plannedCostReporting).toBeCloseTo(springIn('GBP'), 2);
    expect(spring.reportingCurrency).toBe('GBP');
  });
});

describe('rates', () => {
  it('imports a CSV all or nothing, naming the row and column, as one step that undoes', async () => {
    const before = await w.call('money:overview', {});
    const bad = await w.send('rates:import', { text: 'From,To,Rate,Effective from\nCHF,GBP,0.9,2026-01-01\nSEK,GBP,zero,2026-01-01\n' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/^Row 3, Rate: “zero” is not a rate/);
    expect((await w.call('money:overview', {})).rates).toEqual(before.rates);

    const good = await w.call('rates:import', { text: 'from,to,rate,effective from\nCHF,GBP,0.9,2026-01-01\nEUR,GBP,0.85,2026-03-05\n' });
    expect(good).toMatchObject({ added: 1, replaced: 1 });
    expect((await w.call('campaigns:get', { id: s.spring })).bookedCostReporting).not.toBeCloseTo(springIn('GBP'), 2);
    await w.call('history:undo');
    expect((await w.call('money:overview', {})).rates).toEqual(before.rates);
    expect((await w.call('campaigns:get', { id: s.spring })).bookedCostReporting).toBeCloseTo(springIn('GBP'), 6);
  });

  it('imports from a file the user chose, and names a file it cannot read', async () => {
    const path = join(w.dir, 'rates.csv');
    writeFileSync(path, '\uFEFFFrom;To;Rate;Effective from\nCHF;GBP;0.9;2026-01-01\n');
    expect(await w.call('rates:import', { path })).toMatchObject({ added: 1, replaced: 0 });
    const missing = await w.send('rates:import', { path: join(w.dir, 'nope.csv') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a duplicate rate and a rate between a currency and itself, beside the field', async () => {
    const dup = await w.send('rates:create', { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.9, effectiveFrom: '2026-01-01' });
    expect(dup).toMatchObject({ ok: false, error: { field: 'effectiveFrom' } });
    const same = await w.send('rates:create', { fromCurrency: 'EUR', toCurrency: 'EUR', rate: 1, effectiveFrom: '2026-01-01' });
    expect(same).toMatchObject({ ok: false, error: { field: 'toCurrency' } });
  });
});
