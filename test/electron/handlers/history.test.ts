import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const fields = { start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6 };

describe('undo and redo', () => {
  it('undoes and redoes a move exactly, labelled for the Edit menu', async () => {
    const { ada, spring } = await smallStudio(ws);
    const booking = await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, ...fields });
    const afterCreate = dumpWorkspace(ws.db);
    await ws.call('bookings:update', { id: booking.id, talentId: ada.id, campaignId: spring.id, ...fields, start: '2027-03-08', end: '2027-03-12' });
    const afterMove = dumpWorkspace(ws.db);
    expect(await ws.call('history:state')).toMatchObject({ undo: 'Move Ada Lovelace\'s booking', redo: null, redoStep: null });

    expect(await ws.call('history:undo')).toMatchObject({ done: 'Move Ada Lovelace\'s booking', redo: 'Move Ada Lovelace\'s booking' });
    expect(dumpWorkspace(ws.db)).toBe(afterCreate);
    await ws.call('history:redo');
    expect(dumpWorkspace(ws.db)).toBe(afterMove);
  });

  it('undoes a delete with everything it removed, children included', async () => {
    const { ada, spring, line } = await smallStudio(ws);
    await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, demandLineId: line.id, ...fields });
    await ws.call('timeOff:create', { talentId: ada.id, start: '2027-03-10', end: '2027-03-11', type: 'vacation' });
    const before = dumpWorkspace(ws.db);
    await ws.call('talent:delete', { id: ada.id });
    await ws.call('history:undo');
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('a new change clears what could be redone', async () => {
    const { ada, spring } = await smallStudio(ws);
    await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, ...fields });
    await ws.call('history:undo');
    await ws.call('closures:create', { date: '2027-12-29', name: 'Closed' });
    expect(await ws.call('history:state')).toMatchObject({ redo: null });
    expect(await ws.call('history:redo')).toMatchObject({ done: null });
  });

  it('refuses an undo that would overwrite a later change, and changes nothing', async () => {
    const { ada, spring } = await smallStudio(ws);
    const booking = await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, ...fields });
    await ws.call('bookings:update', { id: booking.id, talentId: ada.id, campaignId: spring.id, ...fields, hoursPerDay: 4 });
    await ws.call('history:undo'); // back to 6 h/d, the edit can be redone
    // Another change made directly (e.g. from another window's import), outside the history:
    ws.db.prepare('UPDATE bookings SET hours_per_day = 2 WHERE id = ?').run(booking.id);
    const before = dumpWorkspace(ws.db);
    const redo = await ws.send('history:redo');
    expect(redo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('refuses to undo creating a person who has been booked since', async () => {
    const { ada, spring } = await smallStudio(ws);
    const grace = await ws.call('talent:create', { kind: 'staff', name: 'Grace', primaryRoleId: ada.primaryRoleId });
    // Booking Grace is the latest step; undo it first would be fine. Make the booking outside the history:
    ws.db.prepare("INSERT INTO bookings (talent_id, campaign_id, start, end, hours_per_day, status, created_at, updated_at) VALUES (?, ?, '2027-03-01', '2027-03-02', 4, 'tentative', 'x', 'x')").run(grace.id, spring.id);
    const before = dumpWorkspace(ws.db);
    expect(await ws.send('history:undo')).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('later changes depend on it') } });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('undoes a named step only while it is the last one, and never gives its id to another step', async () => {
    const { ada, spring } = await smallStudio(ws);
    const booking = await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, ...fields });
    const booked = (await ws.call('history:state')).undoStep!;
    // The same label twice: only the step id tells the two moves apart.
    await ws.call('bookings:update', { id: booking.id, start: '2027-03-08', end: '2027-03-12' });
    const firstMove = await ws.call('history:state');
    await ws.call('bookings:update', { id: booking.id, start: '2027-03-15', end: '2027-03-19' });
    const secondMove = await ws.call('history:state');
    expect(secondMove.undo).toBe(firstMove.undo);
    expect(secondMove.undoStep).toBeGreaterThan(firstMove.undoStep!);

    const before = dumpWorkspace(ws.db);
    const refused = await ws.send('history:undo', { step: firstMove.undoStep! });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('A later change was made') } });
    expect(dumpWorkspace(ws.db)).toBe(before);

    expect(await ws.call('history:undo', { step: secondMove.undoStep! })).toMatchObject({ done: firstMove.undo, undoStep: firstMove.undoStep, redoStep: secondMove.undoStep });
    expect((await ws.call('bookings:get', { id: booking.id })).start).toBe('2027-03-08');
    // A new change drops the undone step; its id is not handed out again.
    await ws.call('bookings:update', { id: booking.id, hoursPerDay: 5 });
    const next = await ws.call('history:state');
    expect(next.undoStep).toBeGreaterThan(secondMove.undoStep!);
    expect(await ws.send('history:redo', { step: secondMove.undoStep! })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(booked).toBeLessThan(firstMove.undoStep!);
  });

  it('a failed write leaves no history step', async () => {
    await smallStudio(ws);
    const state = await ws.call('history:state');
    await ws.send('talent:create', { kind: 'staff', name: 'Dup', email: 'ada@example.com', primaryRoleId: 1 });
    expect(await ws.call('history:state')).toEqual(state);
  });
});
