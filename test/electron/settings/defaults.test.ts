import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { capacityOn } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

describe('workspace defaults', () => {
  it('gives a new person the default working week, until changed; undo restores the built-in one', async () => {
    expect(await ws.call('workspace:defaults', {})).toEqual({ week: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0], firstDayOfWeek: null, dateFormat: 'system' });
    const role = await ws.call('roles:create', { name: 'Designer' });
    const fourDays = [8, 8, 8, 8, 0, 0, 0] as [number, number, number, number, number, number, number];
    expect(await ws.call('workspace:setDefaults', { week: fourDays, firstDayOfWeek: 0, dateFormat: 'ymd' })).toEqual({ week: fourDays, firstDayOfWeek: 0, dateFormat: 'ymd' });
    const ana = await ws.call('talent:create', { kind: 'staff', name: 'Ana', primaryRoleId: role.id });
    expect((await ws.call('patterns:list', { talentId: ana.id }))[0].hours).toEqual(fourDays);
    const friday = '2027-03-05';
    expect((await capacityOn(ws, friday)).get(ana.id)).toBe(0);
    expect((await capacityOn(ws, '2027-03-04')).get(ana.id)).toBe(8);
    // A person given a pattern keeps it.
    const ben = await ws.call('talent:create', { kind: 'staff', name: 'Ben', primaryRoleId: role.id, patterns: [{ effectiveFrom: '2026-01-05', hours: [4, 4, 4, 4, 4, 0, 0] }] });
    expect((await ws.call('patterns:list', { talentId: ben.id }))[0].hours).toEqual([4, 4, 4, 4, 4, 0, 0]);

    await ws.call('history:undo'); // Ben
    await ws.call('history:undo'); // Ana
    expect((await ws.call('history:undo')).done).toBe('Change the workspace defaults');
    expect(await ws.call('workspace:defaults', {})).toEqual({ week: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0], firstDayOfWeek: null, dateFormat: 'system' });
    expect(await ws.send('workspace:setDefaults', { week: [25, 0, 0, 0, 0, 0, 0], firstDayOfWeek: null, dateFormat: 'system' })).toMatchObject({ ok: false, error: { field: 'week.0' } });
  });
});
