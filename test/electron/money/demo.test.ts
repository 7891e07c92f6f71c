// The demo studio out of the box: reports in GBP, has a rate for every booked day, and its
// campaign costs are converted rather than added as one currency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let w: TestWorkspace;
beforeAll(async () => {
  w = tempWorkspace(() => new Date('2026-11-26T10:00:00Z'));
  await w.call('workspace:loadDemo', { today: '2026-11-26' });
});
afterAll(() => w.close());

describe('the demo studio’s money', () => {
  it('reports in GBP with EUR and USD rates, and no booked day lacks a rate', async () => {
    const money = await w.call('money:overview', {});
    expect(money.reportingCurrency).toBe('GBP');
    expect(money.rates.map((r) => `${r.fromCurrency}>${r.toCurrency}`).sort()).toEqual(['EUR>GBP', 'EUR>GBP', 'GBP>USD', 'GBP>USD']);
    expect(money.missing).toEqual([]);
    const campaigns = await w.call('campaigns:list', {});
    expect(campaigns.every((c) => c.costWarnings.length === 0)).toBe(true);
  });

  it('converts each campaign’s cost: a campaign in euros is not the sum of pounds, euros and dollars', async () => {
    const campaigns = await w.call('campaigns:list', {});
    const euro = campaigns.filter((c) => c.currency === 'EUR' && c.bookedCost > 0);
    expect(euro.length).toBeGreaterThan(0);
    for (const c of euro) {
      // In GBP a euro figure is about 0.85-0.86 of it: never equal to it.
      expect(c.bookedCostReporting / c.bookedCost).toBeGreaterThan(0.84);
      expect(c.bookedCostReporting / c.bookedCost).toBeLessThan(0.87);
    }
    const total = campaigns.reduce((sum, c) => sum + c.bookedCostReporting, 0);
    const top = [...campaigns].sort((a, b) => b.bookedCostReporting - a.bookedCostReporting).slice(0, 3);
    console.log(
      `demo: ${campaigns.length} campaigns, booked cost £${Math.round(total)} in GBP (the old one-currency sum: ${Math.round(campaigns.reduce((s, c) => s + c.bookedCost, 0))}); ` +
        top.map((c) => `${c.name} ${c.currency} ${Math.round(c.bookedCost)} = GBP ${Math.round(c.bookedCostReporting)}`).join('; '),
    );
  });
});
