import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { settingsStudio } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

describe('merging and deleting skills', () => {
  it('moves people and demand lines to the kept skill (the higher level wins) in one undoable step', async () => {
    const { ae, aeTypo, ada, bea, line } = await settingsStudio(ws);
    const before = dumpWorkspace(ws.db);
    expect(await ws.call('skills:deleteImpact', { id: aeTypo.id })).toMatchObject({
      people: 2, demandLines: 1, bookings: 1, blocked: null, message: 'Deleting “After Efects” takes it off 2 people and 1 demand line (with 1 booking).',
    });
    expect(await ws.call('skills:merge', { fromId: aeTypo.id, intoId: ae.id })).toEqual({ label: 'Merge skill After Efects into After Effects' });
    expect((await ws.call('skills:list')).map((s) => s.name)).toEqual(['After Effects', 'Figma']);
    expect((await ws.call('talent:get', { id: ada.id })).skills).toEqual(expect.arrayContaining([{ skillId: ae.id, level: 4 }]));
    expect((await ws.call('talent:get', { id: ada.id })).skills).toHaveLength(2);
    expect((await ws.call('talent:get', { id: bea.id })).skills).toEqual([{ skillId: ae.id, level: 3 }]);
    const [merged] = await ws.call('demandLines:list', { campaignIds: [line.campaignId] });
    expect(merged.skills).toEqual([{ skillId: ae.id, minLevel: 3 }]);
    const found = await ws.call('talent:list', { skillId: ae.id, minLevel: 3 });
    expect(found.map((t) => t.name).sort()).toEqual(['Ada Lovelace', 'Bea Huber']);

    expect((await ws.call('history:undo')).done).toBe('Merge skill After Efects into After Effects');
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('deleting a skill takes it off everyone who lists it', async () => {
    const { figma, ada } = await settingsStudio(ws);
    expect((await ws.call('skills:deleteImpact', { id: figma.id })).message).toBe('Deleting “Figma” takes it off 1 person.');
    await ws.call('skills:delete', { id: figma.id });
    expect((await ws.call('talent:get', { id: ada.id })).skills.some((s) => s.skillId === figma.id)).toBe(false);
  });

  it('refuses to merge a skill into itself or into one that no longer exists', async () => {
    const { ae } = await settingsStudio(ws);
    expect(await ws.send('skills:merge', { fromId: ae.id, intoId: ae.id })).toMatchObject({ ok: false, error: { field: 'intoId' } });
    expect(await ws.send('skills:merge', { fromId: ae.id, intoId: 9999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('merging and deleting roles', () => {
  it('moves primary and other roles, demand lines and so their bookings; supply follows; one undo step', async () => {
    const { motion, motionTypo, bea, carl, line, booking, designer } = await settingsStudio(ws);
    const before = dumpWorkspace(ws.db);
    const impact = await ws.call('roles:deleteImpact', { id: motionTypo.id });
    expect(impact.blocked).toBe('“Motion desginer” is the primary role of 1 person and asked for by 1 demand line (with 1 booking). Merge it into another role instead, so they keep a role.');
    expect(await ws.send('roles:delete', { id: motionTypo.id })).toMatchObject({ ok: false, error: { message: impact.blocked } });

    const week = { start: '2027-05-10', end: '2027-05-16' };
    const supplyOf = async (roleId: number) => (await ws.call('capacity:roleWeeks', { range: week })).find((r) => r.roleId === roleId);
    expect(await supplyOf(motion.id)).toMatchObject({ supply: 40 });

    await ws.call('roles:merge', { fromId: motionTypo.id, intoId: motion.id });
    expect((await ws.call('talent:get', { id: bea.id })).primaryRoleId).toBe(motion.id);
    expect((await ws.call('talent:get', { id: bea.id })).otherRoleIds).toEqual([designer.id]);
    expect((await ws.call('talent:get', { id: carl.id })).primaryRoleId).toBe(motion.id);
    const [merged] = await ws.call('demandLines:list', { campaignIds: [line.campaignId] });
    expect(merged.roleId).toBe(motion.id);
    expect((await ws.call('bookings:get', { id: booking.id })).demandLineId).toBe(line.id);
    const after = await supplyOf(motion.id);
    expect(after).toMatchObject({ supply: 40 + 38, demand: expect.any(Number) });
    expect(after!.booked).toBe(30);

    await ws.call('history:undo');
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('a role held only as another role can be deleted, and it comes off those people', async () => {
    const { designer, motion, ada, dot, bea } = await settingsStudio(ws);
    await ws.call('roles:merge', { fromId: designer.id, intoId: motion.id });
    expect((await ws.call('talent:get', { id: ada.id })).primaryRoleId).toBe(motion.id);
    expect((await ws.call('talent:get', { id: dot.id })).primaryRoleId).toBe(motion.id);
    const extra = await ws.call('roles:create', { name: 'Art director' });
    await ws.call('talent:update', { id: bea.id, otherRoleIds: [extra.id] });
    expect((await ws.call('roles:deleteImpact', { id: extra.id })).message).toBe('Deleting “Art director” takes it off 1 person’s other roles.');
    await ws.call('roles:delete', { id: extra.id });
    expect((await ws.call('talent:get', { id: bea.id })).otherRoleIds).toEqual([]);
  });

  it('a merge that makes someone’s other role their primary one lists it once', async () => {
    const { designer, motionTypo, bea } = await settingsStudio(ws);
    await ws.call('roles:merge', { fromId: motionTypo.id, intoId: designer.id });
    expect(await ws.call('talent:get', { id: bea.id })).toMatchObject({ primaryRoleId: designer.id, otherRoleIds: [] });
  });
});

describe('how much each role and skill is used', () => {
  it('counts people (primary or other role) and demand lines, and follows a merge', async () => {
    const { designer, motionTypo, motion, aeTypo, ae } = await settingsStudio(ws);
    const usage = await ws.call('lists:usage', {});
    expect(usage.roles.find((r) => r.id === designer.id)).toEqual({ id: designer.id, people: 3, demandLines: 0 }); // Ada, Dot, and Bea's other role
    expect(usage.roles.find((r) => r.id === motionTypo.id)).toEqual({ id: motionTypo.id, people: 1, demandLines: 1 });
    expect(usage.skills.find((s) => s.id === aeTypo.id)).toEqual({ id: aeTypo.id, people: 2, demandLines: 1 });
    await ws.call('roles:merge', { fromId: motionTypo.id, intoId: motion.id });
    await ws.call('skills:merge', { fromId: aeTypo.id, intoId: ae.id });
    const after = await ws.call('lists:usage', {});
    expect(after.roles.find((r) => r.id === motion.id)).toEqual({ id: motion.id, people: 2, demandLines: 1 });
    expect(after.skills.find((s) => s.id === ae.id)).toEqual({ id: ae.id, people: 2, demandLines: 1 });
  });
});
