// The phase split way out through the real handler table on the messy delivery studio: Production
// waits for Black Friday, and doing it in two parts (the first with the people free now) delivers
// strictly earlier; the split plan books for real without over-allocating anyone. Where nobody is
// free to start the phase, the split says it would not help and gives no earlier date.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryAnswer, DeliveryPhaseAnswer, DeliveryWayOut } from '@shared/contract';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { deliveryStudio } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const splitOf = (a: DeliveryAnswer): DeliveryWayOut | undefined => a.waysOut.find((w) => w.kind === 'split');
const hoursOf = (p: DeliveryPhaseAnswer) => p.roles.reduce((s, r) => s + r.people.reduce((t, x) => t + x.hours, 0), 0);

/** Books every run of a plan through the real handlers (each refused on over-allocation). */
async function bookPlan(plan: DeliveryPhaseAnswer[], campaignId: number): Promise<number> {
  let n = 0;
  for (const r of plan.flatMap((p) => p.roles.flatMap((x) => x.people.flatMap((person) => person.runs.map((run) => ({ ...run, talentId: person.id })))))) {
    await ws.call('bookings:create', { talentId: r.talentId, campaignId, start: r.start, end: r.end, hoursPerDay: r.hoursPerDay, status: 'tentative' });
    n++;
  }
  return n;
}

describe('a phase split', () => {
  it('does Production in two parts around Black Friday and delivers strictly earlier, on a plan that books without over-allocation', async () => {
    const s = await deliveryStudio(ws);
    const a = await ws.call('delivery:answer', { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', requestedDate: '2027-04-23' });
    const production = a.phases.find((p) => p.id === 'motion')!;
    expect(production.waitDays).toBeGreaterThan(0);
    const w = splitOf(a)!;
    expect(w.finish! < a.finish!).toBe(true);
    const split = w.split!;
    expect(split.phase).toBe('Production');
    const [first, second] = split.parts;
    // The first part starts the day Production is ready, with the people free then; the rest after it.
    expect(first.start).toBe(production.readyOn);
    expect(first.hours).toBeGreaterThan(0);
    expect(second.start > first.end).toBe(true);
    expect(second.end < production.end!).toBe(true);
    expect(first.hours + second.hours).toBeCloseTo(120, 6);
    // Never fewer working days than the phase plans, and the rest no faster than the phase's own pace.
    expect(first.workingDays + second.workingDays).toBeGreaterThanOrEqual(8);
    expect(second.hours / second.workingDays).toBeLessThanOrEqual(120 / 8 + 1e-9);
    for (const p of [first, second]) expect(p.people.length).toBeLessThanOrEqual(3);
    const names = (list: { name: string }[]) => list.map((p) => p.name);
    expect(w.sentence).toBe(
      `Split Production in two: start ${first.hours} h of it on ${long(first.start)} with ${words(names(first.people))} (until ${long(first.end)}), then the other ${second.hours} h in ${second.workingDays} working days from ${long(second.start)}: delivers on ${long(w.finish!)}, ${a.workingDaysLate! - workingDaysLateOf(w, a)} working days earlier.`,
    );
    // The plan: the parts are phases in it, Review waits for the second part, and it ends on the finish given.
    expect(split.plan.map((p) => p.name)).toEqual(['Brief', 'Concept', 'Production, part 1', 'Production, part 2', 'Review']);
    expect(split.plan[4].start! > second.end).toBe(true);
    expect(split.plan.reduce((m, p) => (p.end! > m ? p.end! : m), '')).toBe(w.finish);
    expect(hoursOf(split.plan[2]) + hoursOf(split.plan[3])).toBeCloseTo(120, 6);
    // Booked for real: no booking refused, and no one over-allocated afterwards.
    expect(await bookPlan(split.plan, s.summer.id)).toBeGreaterThan(0);
    expect(await ws.call('capacity:overallocations', { range: { start: '2027-03-01', end: '2027-06-30' } })).toEqual([]);
  });

  it('says a split would not help when nobody who can do the phase is free before it starts, and gives no earlier date', async () => {
    const s = await deliveryStudio(ws);
    // Every motion designer fully booked until Production can start: nobody could begin part of it earlier.
    await ws.call('bookings:create', { talentId: s.mia.id, campaignId: s.blackFriday.id, start: '2027-03-24', end: '2027-04-23', hoursPerDay: 1.5, status: 'confirmed' });
    await ws.call('bookings:create', { talentId: s.lena.id, campaignId: s.blackFriday.id, start: '2027-03-24', end: '2027-04-23', hoursPerDay: 2, status: 'confirmed' });
    await ws.call('bookings:create', { talentId: s.omar.id, campaignId: s.blackFriday.id, start: '2027-03-24', end: '2027-04-04', hoursPerDay: 6, status: 'confirmed' });
    const a = await ws.call('delivery:answer', { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', requestedDate: '2027-04-23' });
    expect(a.phases[2].waitDays).toBeGreaterThan(0);
    const w = splitOf(a)!;
    expect(w.split).toBeUndefined();
    expect(w.finish).toBe(a.finish);
    expect(w.sentence).toBe(`Splitting Production would not bring the date forward: no one who can work on it has free hours before ${long(a.phases[2].start!)}.`);
  });

  it('leaves the split out when no phase waits for capacity', async () => {
    const s = await deliveryStudio(ws);
    const a = await ws.call('delivery:answer', { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-04-26', requestedDate: '2027-06-30' });
    expect(a.phases.every((p) => p.waitDays === 0)).toBe(true);
    expect(splitOf(a)).toBeUndefined();
  });
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const long = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const words = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
/** Working days late with the way out's finish: the same count the answer uses, on the studio's working days. */
function workingDaysLateOf(w: DeliveryWayOut, a: DeliveryAnswer): number {
  let n = 0;
  for (let d = Date.parse(`${a.requestedDate}T00:00:00Z`) + 86_400_000; d <= Date.parse(`${w.finish}T00:00:00Z`); d += 86_400_000) {
    const day = new Date(d);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && day.toISOString().slice(0, 10) !== '2027-04-16') n++;
  }
  return n;
}
