import type { Input, Template } from '@shared/contract';
import type { SkillRequirement } from '@shared/domain';

export interface RoleDraft {
  roleId: number | null;
  hours: string;
  maxPeople: string;
  skills: SkillRequirement[];
}

export interface PhaseDraft {
  /** Stable while editing: dependencies name phases by key, so removing a phase keeps them right. */
  key: number;
  name: string;
  durationDays: string;
  dependsOn: number[];
  roles: RoleDraft[];
  /** '' none, 'role:<id>' or 'person:<id>'. */
  handoff: string;
  slaDays: string;
}

export interface TemplateDraft {
  name: string;
  description: string;
  phases: PhaseDraft[];
}

let nextKey = 1;
export const newPhase = (previous?: PhaseDraft): PhaseDraft => ({
  key: nextKey++, name: '', durationDays: '5', dependsOn: previous ? [previous.key] : [], roles: [], handoff: '', slaDays: '',
});

export function draftFromTemplate(t: Template | null): TemplateDraft {
  if (!t) return { name: '', description: '', phases: [newPhase()] };
  const keys = t.phases.map(() => nextKey++);
  return {
    name: t.name,
    description: t.description,
    phases: t.phases.map((p, i) => ({
      key: keys[i],
      name: p.name,
      durationDays: String(p.durationDays),
      dependsOn: p.dependsOn.map((d) => keys[d]),
      roles: p.roles.map((r) => ({ roleId: r.roleId, hours: String(r.hours), maxPeople: r.maxPeople === null ? '' : String(r.maxPeople), skills: r.skills })),
      handoff: p.handoffRoleId !== null ? `role:${p.handoffRoleId}` : p.handoffTalentId !== null ? `person:${p.handoffTalentId}` : '',
      slaDays: p.handoffSlaDays === null ? '' : String(p.handoffSlaDays),
    })),
  };
}

const WHOLE = /^-?\d+$/;
const NUMBER = /^-?\d+([.,]\d+)?$/;

/** Messages for what can be told before sending (numbers that aren't numbers), keyed as the API keys them. */
export function checkTemplateDraft(d: TemplateDraft): Record<string, string> {
  const out: Record<string, string> = {};
  if (!d.name.trim()) out.name = 'Required';
  d.phases.forEach((p, i) => {
    if (!WHOLE.test(p.durationDays.trim())) out[`phases.${i}.durationDays`] = 'A whole number of working days';
    if (p.slaDays.trim() && !WHOLE.test(p.slaDays.trim())) out[`phases.${i}.handoffSlaDays`] = 'A whole number of working days';
    p.roles.forEach((r, k) => {
      if (r.roleId === null) out[`phases.${i}.roles.${k}.roleId`] = 'Choose a role';
      if (!NUMBER.test(r.hours.trim())) out[`phases.${i}.roles.${k}.hours`] = 'Hours as a number';
      if (r.maxPeople.trim() && !WHOLE.test(r.maxPeople.trim())) out[`phases.${i}.roles.${k}.maxPeople`] = 'A whole number';
    });
  });
  return out;
}

const num = (s: string) => Number(s.trim().replace(',', '.'));

export function templateDraftToInput(d: TemplateDraft): Input<'templates:create'> {
  const position = new Map(d.phases.map((p, i) => [p.key, i]));
  return {
    name: d.name,
    description: d.description,
    phases: d.phases.map((p) => {
      const [kind, id] = p.handoff.split(':');
      return {
        name: p.name,
        durationDays: num(p.durationDays),
        dependsOn: p.dependsOn.filter((k) => position.has(k)).map((k) => position.get(k)!),
        roles: p.roles.map((r) => ({ roleId: r.roleId ?? 0, hours: num(r.hours), maxPeople: r.maxPeople.trim() ? num(r.maxPeople) : null, skills: r.skills })),
        handoffRoleId: kind === 'role' ? Number(id) : null,
        handoffTalentId: kind === 'person' ? Number(id) : null,
        handoffSlaDays: p.handoff && p.slaDays.trim() ? num(p.slaDays) : null,
      };
    }),
  };
}
