// The free rows an answer keeps for the next one (shared/delivery/kept.ts): after bookings and time
// off applied to the capacity state in place, the answer equals the one a fresh handler table (a
// new capacity state, nothing kept) gives on the same workspace.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryAnswer, Handlers } from '@shared/contract';
import { dispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { FIXED_NOW, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { deliveryStudio } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

async function ask(handlers: Handlers, input: unknown): Promise<DeliveryAnswer> {
  const r = await dispatch(handlers, 'delivery:answer', input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as DeliveryAnswer;
}

const fresh = () => createHandlers({ db: ws.db, now: () => FIXED_NOW, app: { name: 'Capacity Planner', version: '0.0.0-test', workspacePath: ws.path } });

describe('answers reuse the free rows only while the capacity state is unchanged', () => {
  it('a booking, time off and a deleted booking applied in place: the next answer is a fresh state’s', async () => {
    const s = await deliveryStudio(ws);
    const input = { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', requestedDate: '2027-04-23' };
    const first = await ask(ws.handlers, input);
    expect(await ask(ws.handlers, input)).toEqual(first);

    // Production runs 23 April to 4 May, Lena giving most hours: Black Friday keeps her 6 h a day from the 26th to 7 May.
    const booking = await ws.call('bookings:create', { talentId: s.lena.id, campaignId: s.blackFriday.id, start: '2027-04-26', end: '2027-05-07', hoursPerDay: 6, status: 'confirmed' });
    const booked = await ask(ws.handlers, input);
    expect(booked).toEqual(await ask(fresh(), input));
    expect(booked.finish! > first.finish!).toBe(true);

    // Mia takes a week off in the production window.
    await ws.call('timeOff:create', { talentId: s.mia.id, start: '2027-04-05', end: '2027-04-09', type: 'vacation' });
    const away = await ask(ws.handlers, input);
    expect(away).toEqual(await ask(fresh(), input));

    await ws.call('bookings:delete', { id: booking.id });
    expect(await ask(ws.handlers, input)).toEqual(await ask(fresh(), input));
  });

  it('time off for the person whose tentative booking would move: the way out is a fresh state’s', async () => {
    const s = await deliveryStudio(ws);
    const input = { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', requestedDate: '2027-04-23' };
    const first = await ask(ws.handlers, input);
    expect(first.waysOut.find((w) => w.kind === 'moveTentative')?.bookings?.map((b) => b.person)).toEqual(['Omar Haddad']);
    await ws.call('timeOff:create', { talentId: s.omar.id, start: '2027-04-05', end: '2027-04-30', type: 'vacation' });
    const away = await ask(ws.handlers, input);
    expect(away).toEqual(await ask(fresh(), input));
    expect(away.waysOut.find((w) => w.kind === 'moveTentative')).toBeUndefined();
  });

  it('another earliest start and the tentative toggle each get their own rows', async () => {
    const s = await deliveryStudio(ws);
    const inputs = [
      { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', requestedDate: '2027-04-23' },
      { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-31', requestedDate: '2027-04-23' },
      { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', requestedDate: '2027-04-23', tentativeIsTaken: false },
      { campaignId: s.teaser.id, phases: s.phases, earliestStart: '2027-03-24', requestedDate: null },
    ];
    const warm = [];
    for (const i of inputs) warm.push(await ask(ws.handlers, i));
    for (const [k, i] of inputs.entries()) expect(await ask(ws.handlers, i)).toEqual(warm[k]);
    const cold = fresh();
    for (const [k, i] of [...inputs.entries()].reverse()) expect(await ask(cold, i)).toEqual(warm[k]);
  });
});
