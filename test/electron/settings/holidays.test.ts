import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { capacityOn, settingsStudio, WHIT_MONDAY } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const weekCapacity = async (talentId: number, start: string) => {
  const snap = await ws.call('snapshots:take', { name: `Week of ${start}`, range: { start, end: start }, filter: {} });
  const full = await ws.call('snapshots:get', { id: snap.id });
  return full.figures.people.find((p) => p.talentId === talentId)!.capacity[0];
};

describe('public holidays per holiday calendar', () => {
  it('lists each calendar in use with the holidays the core applies for the year', async () => {
    await settingsStudio(ws);
    const calendars = await ws.call('holidays:calendars', { year: 2027 });
    expect(calendars.map((c) => [c.label, c.people])).toEqual([
      ['Berlin, Germany', 1],
      ['Bayern, Germany', 1],
      ['England, United Kingdom', 1],
    ]);
    const bavaria = calendars.find((c) => c.region === 'BY')!;
    expect(bavaria.holidays.find((h) => h.date === WHIT_MONDAY)).toEqual({ date: WHIT_MONDAY, name: 'Whit Monday', source: 'library', ignored: false, overrideId: null });
    // Corpus Christi is Bavarian, not Berlin's.
    expect(bavaria.holidays.some((h) => h.date === '2027-05-27')).toBe(true);
    expect(calendars.find((c) => c.region === 'BE')!.holidays.some((h) => h.date === '2027-05-27')).toBe(false);
  });

  it('ignoring Whit Monday for Bavaria restores that day in capacity, staffing, snapshots and the calendar, for Bavarians only; undo takes it back', async () => {
    const { ada, bea, carl, line } = await settingsStudio(ws);
    const beaFree = async () => (await ws.call('staffing:rank', { demandLineId: line.id })).candidates.find((c) => c.talentId === bea.id)!.freeHours;
    const freeBefore = await beaFree();
    const before = await capacityOn(ws, WHIT_MONDAY);
    expect([before.get(ada.id), before.get(bea.id), before.get(carl.id)]).toEqual([7.5, 0, 0]);
    const beaWeek = await weekCapacity(bea.id, '2027-05-17');
    expect(beaWeek).toBe(8 + 8 + 8 + 6); // Whit Monday off; Tuesday to Thursday 8 h, Friday 6 h

    const applied = await ws.call('holidayOverrides:create', { country: 'DE', region: 'BY', date: WHIT_MONDAY, kind: 'ignore', name: 'Whit Monday' });
    expect(applied).toMatchObject({ date: WHIT_MONDAY, ignored: true, source: 'library' });
    const after = await capacityOn(ws, WHIT_MONDAY);
    expect([after.get(ada.id), after.get(bea.id), after.get(carl.id)]).toEqual([7.5, 8, 0]);
    expect(await weekCapacity(bea.id, '2027-05-17')).toBe(beaWeek + 8);
    expect(await beaFree()).toBe(freeBefore + 8);
    const shown = await ws.call('holidays:list', { from: '2027-05-01', to: '2027-05-31', places: [{ country: 'DE', region: 'BY' }, { country: 'DE', region: 'BE' }] });
    expect(shown.filter((h) => h.date === WHIT_MONDAY).map((h) => h.region)).toEqual(['BE']);

    await ws.call('history:undo');
    expect((await capacityOn(ws, WHIT_MONDAY)).get(bea.id)).toBe(0);
    await ws.call('history:redo');
    expect((await capacityOn(ws, WHIT_MONDAY)).get(bea.id)).toBe(8);
    // Taking it as a holiday again is deleting the choice.
    const calendar = (await ws.call('holidays:calendars', { year: 2027 })).find((c) => c.region === 'BY')!;
    const id = calendar.holidays.find((h) => h.date === WHIT_MONDAY)!.overrideId!;
    await ws.call('holidayOverrides:delete', { id });
    expect((await capacityOn(ws, WHIT_MONDAY)).get(bea.id)).toBe(0);
  });

  it('a local holiday takes the day away from that calendar, in capacity and in the bookings hours fall on', async () => {
    const { ada, bea, dot } = await settingsStudio(ws);
    const day = '2027-05-11'; // a Tuesday: Dot (no region) works, Bea is booked
    expect((await capacityOn(ws, day)).get(bea.id)).toBe(8);
    await ws.call('holidayOverrides:create', { country: 'DE', region: 'BY', date: day, kind: 'add', name: 'Studio founders’ day' });
    const after = await capacityOn(ws, day);
    expect([after.get(ada.id), after.get(bea.id), after.get(dot.id)]).toEqual([7.5, 0, 6]);
    // Bea's booking (6 h a day, 10–14 May) now falls on four working days.
    const [booking] = await ws.call('bookings:list', { talentIds: [bea.id] });
    expect(booking.totalHours).toBe(24);
    const calendar = (await ws.call('holidays:calendars', { year: 2027 })).find((c) => c.region === 'BY')!;
    expect(calendar.holidays.find((h) => h.date === day)).toMatchObject({ name: 'Studio founders’ day', source: 'local' });
  });

  it('refuses an ignore that is no holiday, a local holiday on a holiday, and the same choice twice', async () => {
    await settingsStudio(ws);
    const notHoliday = await ws.send('holidayOverrides:create', { country: 'GB', region: 'ENG', date: WHIT_MONDAY, kind: 'ignore', name: 'Whit Monday' });
    expect(notHoliday).toMatchObject({ ok: false, error: { field: 'date', message: '17 May 2027 is not a public holiday in England, United Kingdom.' } });
    const onHoliday = await ws.send('holidayOverrides:create', { country: 'DE', region: 'BY', date: WHIT_MONDAY, kind: 'add', name: 'Party' });
    expect(onHoliday).toMatchObject({ ok: false, error: { field: 'date', message: '17 May 2027 is already a public holiday in Bayern, Germany.' } });
    await ws.call('holidayOverrides:create', { country: 'DE', region: 'BY', date: WHIT_MONDAY, kind: 'ignore', name: 'Whit Monday' });
    const twice = await ws.send('holidayOverrides:create', { country: 'DE', region: 'BY', date: WHIT_MONDAY, kind: 'ignore', name: 'Whit Monday' });
    expect(twice).toMatchObject({ ok: false, error: { field: 'date' } });
  });
});
