// "Still open" follows the campaign's status everywhere: a cancelled or done campaign needs no one,
// so its lines have no open hours on the campaign page, in the list, or in open demand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

describe('open hours and the campaign status', () => {
  it('a cancelled or done campaign has nothing still open, though its bookings stay booked', async () => {
    const s = await smallStudio(ws);
    await ws.call('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, demandLineId: s.line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 4 });
    const open = async () => ({
      campaign: (await ws.call('campaigns:get', { id: s.spring.id })).openHours,
      line: (await ws.call('demandLines:list', { campaignIds: [s.spring.id] }))[0].openHours,
      listed: (await ws.call('demandLines:list', { openOnly: true })).length,
    });
    const before = await open();
    expect(before.campaign).toBeGreaterThan(0);
    expect(before.line).toBe(before.campaign);
    expect(before.listed).toBe(1);
    for (const status of ['cancelled', 'done'] as const) {
      await ws.call('campaigns:update', { id: s.spring.id, status });
      expect(await open()).toEqual({ campaign: 0, line: 0, listed: 0 });
      expect((await ws.call('campaigns:get', { id: s.spring.id })).bookedHours).toBe(20);
    }
    await ws.call('campaigns:update', { id: s.spring.id, status: 'confirmed' });
    expect(await open()).toEqual(before);
  });
});
