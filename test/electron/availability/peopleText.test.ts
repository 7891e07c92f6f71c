import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';

// The People search (talent:list's text, also behind the Schedule's and Capacity's search fields)
// matches role and skill names as well as names, emails, teams and tags, on the demo studio.

let ws: TestWorkspace;
beforeAll(async () => {
  ws = tempWorkspace();
  await ws.call('workspace:loadDemo', { today: '2026-11-26' });
});
afterAll(() => ws.close());

const ids = (list: { id: number }[]) => list.map((t) => t.id).sort((a, b) => a - b);

describe('people search text', () => {
  it('"After Effects" finds everyone with the skill, at any level', async () => {
    const [skill] = (await ws.call('skills:list')).filter((s) => s.name === 'After Effects');
    const withSkill = await ws.call('talent:list', { skillId: skill.id });
    expect(withSkill.length).toBeGreaterThan(3);
    expect(ids(await ws.call('talent:list', { text: 'After Effects' }))).toEqual(ids(withSkill));
    expect(ids(await ws.call('talent:list', { text: 'after eff' }))).toEqual(ids(withSkill));
  });

  it('"Motion" finds the motion designers (primary or other role) as well as names with the word', async () => {
    const [role] = (await ws.call('roles:list')).filter((r) => r.name === 'Motion Designer');
    const inRole = await ws.call('talent:list', { roleId: role.id });
    const found = await ws.call('talent:list', { text: 'Motion' });
    expect(inRole.length).toBeGreaterThan(3);
    for (const t of inRole) expect(found.map((f) => f.id)).toContain(t.id);
    // Anyone else found has the word in their name, team, notes or tags, or a skill named so.
    const skills = new Map((await ws.call('skills:list')).map((s) => [s.id, s.name]));
    for (const t of found.filter((f) => !inRole.some((r) => r.id === f.id))) {
      const words = [t.name, t.team ?? '', t.notes, ...t.tags, ...t.skills.map((s) => skills.get(s.skillId) ?? '')].join(' ');
      expect(words.toLowerCase()).toContain('motion');
    }
  });

  it('still narrows with the other filters, and treats % and _ as plain characters', async () => {
    const [role] = (await ws.call('roles:list')).filter((r) => r.name === 'Motion Designer');
    const agencies = await ws.call('talent:list', { text: 'motion', kinds: ['agency'] });
    expect(agencies.every((t) => t.kind === 'agency')).toBe(true);
    expect(agencies.length).toBeLessThan((await ws.call('talent:list', { text: 'motion' })).length);
    expect(await ws.call('talent:list', { text: 'Motion_Designer' })).toEqual([]);
    expect((await ws.call('talent:list', { text: 'designer', roleId: role.id })).length).toBeGreaterThan(0);
  });
});
