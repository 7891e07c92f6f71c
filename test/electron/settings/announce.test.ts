import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Result } from '@shared/contract';
import { announcingWorkspace, type AnnouncingWorkspace } from '../helpers/workspace';

// What main announces after the settings' writes: a closure over several days names its days; one
// that repeats every year names none (it touches every year); holiday and list changes their areas.
let ws: AnnouncingWorkspace;
let call: <C extends ChannelName>(channel: C, input?: Input<C>) => Promise<Result<C>>;
beforeEach(() => {
  ws = announcingWorkspace();
  call = ws.call;
});
afterEach(() => ws.close());

const changes = () => ws.changes();

describe('announced changes from Settings', () => {
  it('names a closure’s days, none for one that repeats yearly, and the areas of holiday and merge changes', async () => {
    await call('closures:create', { date: '2027-08-02', endDate: '2027-08-06', name: 'Summer shutdown' });
    expect(changes().at(-1)).toMatchObject({ areas: ['lookups'], range: { start: '2027-08-02', end: '2027-08-06' } });
    await call('closures:create', { date: '2027-12-24', endDate: '2027-12-26', name: 'Christmas', repeatsYearly: true });
    expect(changes().at(-1)).toEqual({ areas: ['lookups'], source: 'window', people: [], campaigns: [], step: expect.any(Number) });
    await call('holidayOverrides:create', { country: 'DE', region: 'BY', date: '2027-05-17', kind: 'ignore', name: 'Whit Monday' });
    expect(changes().at(-1)?.areas).toEqual(['lookups']);
    const a = await call('skills:create', { name: 'After Effects' });
    const b = await call('skills:create', { name: 'After Efects' });
    await call('skills:merge', { fromId: b.id, intoId: a.id });
    expect(changes().at(-1)?.areas).toEqual(expect.arrayContaining(['lookups', 'people', 'campaigns']));
    await call('workspace:setDefaults', { week: [8, 8, 8, 8, 0, 0, 0], firstDayOfWeek: null, dateFormat: 'system' });
    expect(changes().at(-1)?.areas).toEqual(['settings']);
  });
});
