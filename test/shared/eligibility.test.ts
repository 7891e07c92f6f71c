import { describe, expect, it } from 'vitest';
import type { Talent } from '@shared/domain';
import { canWorkOn, missingWords, roleHeld } from '@shared/eligibility';

const MOTION = 1, ILLUSTRATOR = 2, AE = 10, C4D = 11;
const person = (primaryRoleId: number, otherRoleIds: number[], skills: [number, number][]) =>
  ({ primaryRoleId, otherRoleIds, skills: skills.map(([skillId, level]) => ({ skillId, level })) }) as unknown as Talent;
const names = { skill: (id: number) => (id === AE ? 'After Effects' : 'Cinema 4D'), role: (id: number) => (id === MOTION ? 'Motion designer' : 'Illustrator') };

describe('who can work on a line', () => {
  const mia = person(MOTION, [], [[AE, 4]]);
  const sam = person(MOTION, [], []);
  const iris = person(ILLUSTRATOR, [MOTION], [[AE, 2], [C4D, 3]]);
  const kai = person(ILLUSTRATOR, [], [[AE, 5]]);
  const animation = { roleId: MOTION, skills: [{ skillId: AE, minLevel: 3 }] };

  it('a line with a role asks for the role (primary or other) and every skill at its level', () => {
    expect([mia, sam, iris, kai].map((t) => canWorkOn(t, animation))).toEqual([true, false, false, false]);
    expect(roleHeld(iris, MOTION)).toBe('other role');
    expect(canWorkOn(iris, { roleId: MOTION, skills: [{ skillId: AE, minLevel: 2 }] })).toBe(true);
  });

  it('a line with no role asks only for the skills; with neither, anyone', () => {
    const skillsOnly = { roleId: null, skills: [{ skillId: AE, minLevel: 3 }] };
    expect([mia, sam, iris, kai].map((t) => canWorkOn(t, skillsOnly))).toEqual([true, false, false, true]);
    expect([mia, sam, iris, kai].every((t) => canWorkOn(t, { roleId: null, skills: [] }))).toBe(true);
  });

  it('says in words what keeps someone off the line', () => {
    const two = { roleId: MOTION, skills: [{ skillId: AE, minLevel: 3 }, { skillId: C4D, minLevel: 1 }] };
    expect(missingWords(sam, two, names.skill, names.role)).toBe('missing After Effects level 3, Cinema 4D');
    expect(missingWords(kai, two, names.skill, names.role)).toBe('missing the Motion designer role, Cinema 4D');
    expect(missingWords(mia, animation, names.skill, names.role)).toBe('');
  });
});
