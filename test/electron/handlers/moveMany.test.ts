import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

async function twoBookings() {
  const s = await smallStudio(ws);
  const bob = await ws.call('talent:create', { kind: 'staff', name: 'Bob Designer', primaryRoleId: s.designer.id, costRate: 40, billRate: 80 });
  const a = await ws.call('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, demandLineId: s.line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6, note: 'kick-off' });
  const b = await ws.call('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, start: '2027-03-08', end: '2027-03-10', hoursPerDay: 4, status: 'confirmed' });
  return { ...s, bob, a, b };
}

describe('bookings:moveMany', () => {
  it('moves several bookings to another person and dates in one undo step, keeping their other fields', async () => {
    const s = await twoBookings();
    const { ids } = await ws.call('bookings:moveMany', {
      moves: [
        { id: s.a.id, talentId: s.bob.id, start: '2027-03-15', end: '2027-03-19' },
        { id: s.b.id, talentId: s.bob.id, start: '2027-03-22', end: '2027-03-24' },
      ],
    });
    expect(ids).toEqual([s.a.id, s.b.id]);
    const [a, b] = await Promise.all(ids.map((id) => ws.call('bookings:get', { id })));
    expect(a).toMatchObject({ talentId: s.bob.id, start: '2027-03-15', end: '2027-03-19', hoursPerDay: 6, demandLineId: s.line.id, note: 'kick-off', status: 'tentative', totalHours: 30 });
    expect(b).toMatchObject({ talentId: s.bob.id, start: '2027-03-22', end: '2027-03-24', hoursPerDay: 4, status: 'confirmed' });
    // The capacity model saw the move: Bob carries both bookings' hours, Ada none.
    const week = (talentId: number) => ws.call('capacity:grid', { range: { start: '2027-03-01', end: '2027-03-28' }, bucket: 'week', filter: { ids: [talentId] }, offset: 0, limit: 1 });
    expect(await week(s.bob.id)).toMatchObject({ tentative: [0, 0, 30, 0], confirmed: [0, 0, 0, 12] });
    expect(await week(s.ada.id)).toMatchObject({ tentative: [0, 0, 0, 0], confirmed: [0, 0, 0, 0] });
    expect((await ws.call('history:state')).undo).toBe('Move 2 bookings');
    await ws.call('history:undo');
    const back = await Promise.all(ids.map((id) => ws.call('bookings:get', { id })));
    expect(back.map((x) => [x.talentId, x.start])).toEqual([
      [s.ada.id, '2027-03-01'],
      [s.ada.id, '2027-03-08'],
    ]);
  });

  it('copies them instead when asked, leaving the originals', async () => {
    const s = await twoBookings();
    const { ids } = await ws.call('bookings:moveMany', {
      copy: true,
      moves: [
        { id: s.a.id, talentId: s.bob.id, start: '2027-04-05', end: '2027-04-09' },
        { id: s.b.id, talentId: s.ada.id, start: '2027-04-12', end: '2027-04-14' },
      ],
    });
    expect(ids).not.toContain(s.a.id);
    expect(await ws.call('bookings:list', {})).toHaveLength(4);
    expect((await ws.call('history:state')).undo).toBe('Copy 2 bookings');
    await ws.call('history:undo');
    expect((await ws.call('bookings:list', {})).map((x) => x.id).sort()).toEqual([s.a.id, s.b.id].sort());
  });

  it('writes nothing when one move is wrong, and names that move and field', async () => {
    const s = await twoBookings();
    const before = dumpWorkspace(ws.db);
    const wrongPerson = await ws.send('bookings:moveMany', {
      moves: [
        { id: s.a.id, talentId: s.bob.id, start: '2027-03-15', end: '2027-03-19' },
        { id: s.b.id, talentId: 999, start: '2027-03-22', end: '2027-03-24' },
      ],
    });
    expect(wrongPerson).toMatchObject({ ok: false, error: { code: 'not_found', field: 'moves.1.talentId' } });
    const stale = await ws.send('bookings:moveMany', { moves: [{ id: s.a.id, talentId: s.bob.id, start: '2027-03-15', end: '2027-03-19', expectedUpdatedAt: '2000-01-01T00:00:00.000Z' }] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', field: 'moves.0.id' } });
    const twice = await ws.send('bookings:moveMany', {
      moves: [
        { id: s.a.id, talentId: s.bob.id, start: '2027-03-15', end: '2027-03-19' },
        { id: s.a.id, talentId: s.ada.id, start: '2027-03-22', end: '2027-03-24' },
      ],
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'moves.1.id' } });
    const backwards = await ws.send('bookings:moveMany', { moves: [{ id: s.a.id, talentId: s.bob.id, start: '2027-03-19', end: '2027-03-15' }] });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'moves.0.end' } });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});
