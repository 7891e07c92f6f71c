import type { DemandLine, Talent } from '@shared/domain';
import { canWorkOn, roleHeld } from '@shared/eligibility';

// The demo's lines ask only for what its people can do: a line whose skills at their levels no one
// with its role holds would never get a delivery date. Pure and deterministic (draws nothing).

const levelOf = (t: Talent, skillId: number) => t.skills.find((s) => s.skillId === skillId)?.level ?? 0;

/** Each line as generated, or with its skills eased to what its closest candidate holds. */
export function attainableLines(lines: DemandLine[], talent: Talent[]): DemandLine[] {
  return lines.map((line) => {
    const candidates = line.roleId === null ? talent : talent.filter((t) => roleHeld(t, line.roleId!) !== null);
    if (candidates.length === 0 || candidates.some((t) => canWorkOn(t, line))) return line;
    const closeness = (t: Talent) => line.skills.reduce((sum, r) => sum + Math.min(levelOf(t, r.skillId), r.minLevel), 0);
    const closest = candidates.reduce((best, t) => (closeness(t) > closeness(best) ? t : best));
    const skills = line.skills.filter((r) => levelOf(closest, r.skillId) > 0).map((r) => ({ ...r, minLevel: Math.min(r.minLevel, levelOf(closest, r.skillId)) }));
    return line.roleId === null && skills.length === 0 ? line : { ...line, skills };
  });
}
