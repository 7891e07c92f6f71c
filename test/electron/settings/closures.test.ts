import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { capacityOn, settingsStudio } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const total = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('studio closures', () => {
  it('a closure over several days takes every day of it from everyone, whatever their region', async () => {
    const { ada, bea, dot } = await settingsStudio(ws);
    // Tue 3 August: Ada is on holiday already; Dot works Tuesday to Thursday.
    expect(total(await capacityOn(ws, '2027-08-04'))).toBe(7.5 + 8 + 8 + 6);
    const summer = await ws.call('closures:create', { date: '2027-08-02', endDate: '2027-08-04', name: 'Summer shutdown' });
    expect(summer).toMatchObject({ date: '2027-08-02', endDate: '2027-08-04', repeatsYearly: false });
    for (const day of ['2027-08-02', '2027-08-03', '2027-08-04']) expect(total(await capacityOn(ws, day))).toBe(0);
    expect((await capacityOn(ws, '2027-08-05')).get(dot.id)).toBe(6);
    expect([(await capacityOn(ws, '2027-08-05')).get(ada.id), (await capacityOn(ws, '2027-08-05')).get(bea.id)]).toEqual([7.5, 8]);
    await ws.call('history:undo');
    expect(total(await capacityOn(ws, '2027-08-04'))).toBe(29.5);
  });

  it('a closure that repeats yearly counts in every year from its first, and not before', async () => {
    const { ada, dot } = await settingsStudio(ws);
    await ws.call('closures:create', { date: '2026-12-29', endDate: '2027-01-01', name: 'Between the years', repeatsYearly: true });
    // 29 December 2027 is a Wednesday; 30 December 2025 comes before the closure's first year.
    expect((await capacityOn(ws, '2027-12-29')).get(dot.id)).toBe(0);
    expect((await capacityOn(ws, '2028-12-29')).get(ada.id)).toBe(0); // a Friday
    expect((await capacityOn(ws, '2028-01-01')).get(ada.id)).toBe(0);
    expect((await capacityOn(ws, '2028-01-04')).get(ada.id)).toBe(7.5);
    expect((await capacityOn(ws, '2025-12-30')).get(dot.id)).toBe(6);
    // The list in a range includes it; moving its first day alone keeps its length.
    const [closure] = await ws.call('closures:list', { from: '2028-06-01', to: '2028-06-30' });
    expect(closure.name).toBe('Between the years');
    const moved = await ws.call('closures:update', { id: closure.id, endDate: '2026-12-31' });
    expect(moved).toMatchObject({ date: '2026-12-29', endDate: '2026-12-31', repeatsYearly: true });
    expect((await capacityOn(ws, '2027-12-31')).get(ada.id)).toBe(0);
    expect((await capacityOn(ws, '2028-01-01')).get(ada.id)).toBe(0); // New Year's Day, a bank holiday anyway
    expect((await capacityOn(ws, '2027-12-29')).get(dot.id)).toBe(0);
  });

  it('a one-day closure moved by its date stays one day; a span over a year is refused', async () => {
    await settingsStudio(ws);
    const day = await ws.call('closures:create', { date: '2027-06-07', name: 'Away day' });
    expect(await ws.call('closures:update', { id: day.id, date: '2027-06-09' })).toMatchObject({ date: '2027-06-09', endDate: '2027-06-09' });
    const long = await ws.send('closures:create', { date: '2027-01-01', endDate: '2028-06-01', name: 'Too long' });
    expect(long).toMatchObject({ ok: false, error: { field: 'endDate' } });
    const backwards = await ws.send('closures:update', { id: day.id, endDate: '2027-06-01' });
    expect(backwards).toMatchObject({ ok: false, error: { field: 'endDate' } });
    const same = await ws.send('closures:create', { date: '2027-06-09', name: 'Other' });
    expect(same).toMatchObject({ ok: false, error: { field: 'date', message: '“Away day” already starts on 9 June 2027. Edit that closure instead.' } });
  });

  it('imports closures from a CSV, all or nothing, naming the row and column of the first bad value', async () => {
    const { ada } = await settingsStudio(ws);
    const good = 'Start;End;Name;Repeats yearly\n24/12/2026;26/12/2026;Christmas;yes\n\n13/08/2027;;Away day;\n02/08/2027;06/08/2027;Summer shutdown;no\n';
    const result = await ws.call('closures:import', { text: good });
    expect(result).toEqual({ added: 3, label: 'Import 3 closures' });
    expect((await ws.call('closures:list', {})).map((c) => [c.date, c.endDate, c.name, c.repeatsYearly])).toEqual([
      ['2026-12-24', '2026-12-26', 'Christmas', true],
      ['2027-08-02', '2027-08-06', 'Summer shutdown', false],
      ['2027-08-13', '2027-08-13', 'Away day', false],
    ]);
    expect((await capacityOn(ws, '2027-12-24')).get(ada.id)).toBe(0);
    const history = await ws.call('history:state');
    expect(history.undo).toBe('Import 3 closures');

    const before = await ws.call('closures:list', {});
    const bad = 'Date,End,Name\n2028-03-01,,Spring away day\n2028-04-10,2028-04-03,Easter week\n';
    const refused = await ws.send('closures:import', { text: bad });
    expect(refused).toMatchObject({ ok: false, error: { field: 'endDate', message: 'Row 3, End: must be on or after the first day. Nothing was imported.' } });
    const clash = await ws.send('closures:import', { text: 'Date,Name\n2028-03-01,Fine\n2027-08-13,Again\n' });
    expect(clash).toMatchObject({ ok: false, error: { field: 'date', message: 'Row 3, Date: “Away day” already starts on 13 August 2027. Nothing was imported.' } });
    const noName = await ws.send('closures:import', { text: 'Date,Name\n2028-03-01,\n' });
    expect(noName).toMatchObject({ ok: false, error: { field: 'name' } });
    const noColumn = await ws.send('closures:import', { text: 'When,Name\n2028-03-01,x\n' });
    expect(noColumn).toMatchObject({ ok: false, error: { message: expect.stringContaining('no “Date”') } });
    expect(await ws.call('closures:list', {})).toEqual(before);
  });
});
