// Who can work on a demand line (or a phase's role need): the one rule that "When can we deliver?",
// the staffing optimiser, "Book it", "Who's free?" and the demo follow. A line with a role asks for
// that role (primary or other) and every required skill at its minimum level or above; a line with no
// role asks only for the skills (any role); a line with neither is open to everyone.
import type { SkillRequirement, Talent } from '@shared/domain';

export interface LineNeed {
  roleId: number | null;
  skills: readonly SkillRequirement[];
}

/** How a person holds a role: as their primary role, as another role, or not at all. */
export function roleHeld(t: Talent, roleId: number): 'primary role' | 'other role' | null {
  if (t.primaryRoleId === roleId) return 'primary role';
  return t.otherRoleIds.includes(roleId) ? 'other role' : null;
}

/** Does t hold skill `req` at its minimum level or above? */
export const meetsSkill = (t: Talent, req: SkillRequirement): boolean => t.skills.some((s) => s.skillId === req.skillId && s.level >= req.minLevel);

/** The required skills t lacks at the level asked (empty: every one is met). */
export const missingSkills = (t: Talent, skills: readonly SkillRequirement[]): SkillRequirement[] => skills.filter((req) => !meetsSkill(t, req));

/** The one rule: the role when the line has one, and every required skill at its level. */
export function canWorkOn(t: Talent, need: LineNeed): boolean {
  if (need.roleId !== null && roleHeld(t, need.roleId) === null) return false;
  return need.skills.every((req) => meetsSkill(t, req));
}

/**
 * What keeps t off the line, in words: "missing After Effects level 3", "missing the Animator role,
 * Cinema 4D"; empty when t can work on it.
 */
export function missingWords(t: Talent, need: LineNeed, skillName: (id: number) => string, roleName: (id: number) => string): string {
  const parts: string[] = [];
  if (need.roleId !== null && roleHeld(t, need.roleId) === null) parts.push(`the ${roleName(need.roleId)} role`);
  for (const req of missingSkills(t, need.skills)) parts.push(req.minLevel <= 1 ? skillName(req.skillId) : `${skillName(req.skillId)} level ${req.minLevel}`);
  return parts.length > 0 ? `missing ${parts.join(', ')}` : '';
}
