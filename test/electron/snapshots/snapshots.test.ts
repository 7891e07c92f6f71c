import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { coreFigures, frozen, r3 } from './helpers';

// 26 Nov 2026 (a Thursday) is the tests' today; the snapshot covers 13 whole weeks from its week.
const RANGE = { start: '2026-11-23', end: '2027-02-21' };

let ws: TestWorkspace;
beforeEach(async () => {
  ws = tempWorkspace();
  await ws.call('workspace:loadDemo', {});
});
afterEach(() => ws.close());

describe('taking a snapshot', () => {
  it('stores the capacity core’s figures of that moment, and they stay unchanged after bookings change', async () => {
    const core = await coreFigures(ws, RANGE);
    const taken = await ws.call('snapshots:take', { name: 'Monday review', range: RANGE });
    const snapshot = await ws.call('snapshots:get', { id: taken.id });
    const { figures } = snapshot;

    expect(figures.weeks).toEqual([...new Set(core.weighted.map((r) => r.weekStart))]);
    for (const role of figures.roles) {
      const w = core.weighted.filter((r) => r.roleId === role.roleId);
      const u = core.unweighted.filter((r) => r.roleId === role.roleId);
      expect(role.demand).toEqual(w.map((r) => r3(r.demand)));
      expect(role.demandUnweighted).toEqual(u.map((r) => r3(r.demand)));
      expect(role.supply).toEqual(w.map((r) => r3(r.supply)));
      expect(role.free).toEqual(w.map((r) => r3(r.free)));
      expect(role.booked).toEqual(w.map((r) => r3(r.booked)));
      expect(role.shortfall).toEqual(w.map((r) => r3(r3(r.demand) - r3(r.free))));
    }
    const B = core.grid.buckets.length;
    expect(figures.people.map((p) => p.talentId)).toEqual(core.grid.people.map((p) => p.id));
    figures.people.forEach((person, row) => {
      expect(person.capacity).toEqual(core.grid.capacity.slice(row * B, row * B + B).map(r3));
      const booked = core.grid.confirmed.slice(row * B, row * B + B).map((c, i) => r3(c + core.grid.tentative[row * B + i]));
      booked.forEach((b, i) => expect(person.booked[i]).toBeCloseTo(b, 2));
    });
    expect(figures.overAllocations.map((r) => [r.talentId, r.start, r.end])).toEqual(core.runs.map((r) => [r.talentId, r.start, r.end]));
    expect(snapshot.headline.counts.people).toBe(core.grid.totalRows);
    expect(snapshot.headline.counts.bookings).toBeGreaterThan(0);
    expect(snapshot.appVersion).toBe('0.0.0-test');
    expect(snapshot.settings).toMatchObject({ range: RANGE, weighting: 'weighted', today: '2026-11-26' });
    const capacity = figures.people.reduce((s, p) => s + p.capacity.reduce((a, b) => a + b, 0), 0);
    expect(snapshot.headline.capacity).toBeCloseTo(capacity, 2);

    // Change the plan: a new booking and a removed one. The core moves; the snapshot does not.
    const bookings = await ws.call('bookings:list', {});
    const person = figures.people[0];
    await ws.call('bookings:create', {
      talentId: person.talentId, campaignId: bookings[0].campaignId, start: '2026-12-01', end: '2026-12-04', hoursPerDay: 6, status: 'confirmed',
      allowOverAllocation: true, // whatever the demo has booked them on those days already
    });
    await ws.call('bookings:delete', { id: bookings[bookings.length - 1].id });
    const after = await coreFigures(ws, RANGE);
    expect(JSON.stringify(after.grid.confirmed)).not.toEqual(JSON.stringify(core.grid.confirmed));
    expect(frozen(await ws.call('snapshots:get', { id: taken.id }))).toEqual(frozen(snapshot));
  });

  it('narrows people by kind and tag, and roles by role', async () => {
    const roles = await ws.call('roles:list');
    const all = await ws.call('snapshots:get', { id: (await ws.call('snapshots:take', { name: 'All', range: RANGE })).id });
    const staff = await ws.call('snapshots:get', { id: (await ws.call('snapshots:take', { name: 'Staff', range: RANGE, filter: { kinds: ['staff'] } })).id });
    const oneRole = await ws.call('snapshots:get', { id: (await ws.call('snapshots:take', { name: 'One', range: RANGE, filter: { roleId: roles[0].id } })).id });
    expect(staff.figures.people.every((p) => p.kind === 'staff')).toBe(true);
    expect(staff.figures.people.length).toBeLessThan(all.figures.people.length);
    const supply = (s: typeof all) => s.figures.roles.reduce((t, r) => t + r.supply.reduce((a, b) => a + b, 0), 0);
    const capacity = (s: typeof all) => s.figures.people.reduce((t, p) => t + p.capacity.reduce((a, b) => a + b, 0), 0);
    expect(supply(staff)).toBeCloseTo(capacity(staff), 1);
    expect(oneRole.figures.roles.map((r) => r.roleId)).toEqual([roles[0].id]);
    expect(oneRole.figures.people.every((p) => p.roleId === roles[0].id)).toBe(true);
  });

  it('covers weeks years beyond the first window with the core’s figures there, and refuses more than 728 days with words', async () => {
    const far = { start: '2031-01-06', end: '2031-03-02' };
    const core = await coreFigures(ws, far);
    const snapshot = await ws.call('snapshots:get', { id: (await ws.call('snapshots:take', { name: 'Far', range: far })).id });
    const B = core.grid.buckets.length;
    expect(snapshot.figures.weeks).toHaveLength(8);
    snapshot.figures.people.forEach((person, row) => expect(person.capacity).toEqual(core.grid.capacity.slice(row * B, row * B + B).map(r3)));
    expect(snapshot.headline.capacity).toBeGreaterThan(0);
    const res = await ws.send('snapshots:take', { name: 'Long', range: { start: '2031-01-06', end: '2033-12-31' } });
    expect(res.ok ? null : res.error.message).toBe(
      'End: A snapshot covers at most 728 days (2 years); you asked for 6 January 2031 to 31 December 2033, 1,091 days (3 years). Choose a shorter range.',
    );
  });
});

describe('immutability', () => {
  it('can be renamed, annotated and deleted, but the figures refuse any update, in SQL too', async () => {
    const taken = await ws.call('snapshots:take', { name: 'Week 48', range: RANGE });
    const before = frozen(await ws.call('snapshots:get', { id: taken.id }));
    expect((await ws.call('snapshots:rename', { id: taken.id, name: 'Board pack' })).name).toBe('Board pack');
    expect((await ws.call('snapshots:annotate', { id: taken.id, note: 'Before the Q1 hiring round' })).note).toBe('Before the Q1 hiring round');
    expect(frozen(await ws.call('snapshots:get', { id: taken.id }))).toEqual(before);

    for (const column of ['headline', 'settings', 'taken_at', 'app_version', 'people', 'role_weeks', 'campaigns', 'figures_bytes']) {
      expect(() => ws.db.prepare(`UPDATE snapshots SET ${column} = ${column} WHERE id = ?`).run(taken.id)).toThrow(/immutable/);
    }
    expect(frozen(await ws.call('snapshots:get', { id: taken.id }))).toEqual(before);

    await ws.call('snapshots:delete', { id: taken.id });
    expect(await ws.call('snapshots:list')).toEqual([]);
    const missing = await ws.send('snapshots:get', { id: taken.id });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
  });
});
