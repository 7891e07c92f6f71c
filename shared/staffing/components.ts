// Independent parts of a staffing instance: lines that share no eligible person (directly or
// through other lines) never compete, so whole mode can solve each part on its own, with its own
// bounds and search. Roles usually make the parts small (one per role).
import { penaltyBase, PlanBuilder } from './objective';
import type { StaffingInstance, StaffingPlan } from './types';

export interface Component {
  inst: StaffingInstance;
  /** Index in the full instance of each of the part's lines / people. */
  lines: Int32Array;
  people: Int32Array;
}

export function splitComponents(inst: StaffingInstance): Component[] {
  const P = inst.people.length;
  const parent = Int32Array.from({ length: P }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const line of inst.lines) for (let i = 1; i < line.eligible.length; i++) parent[find(line.eligible[i])] = find(line.eligible[0]);
  const groups = new Map<number, number[]>();
  inst.lines.forEach((line, l) => {
    const key = line.eligible.length > 0 ? find(line.eligible[0]) : -1 - l;
    const g = groups.get(key);
    if (g) g.push(l);
    else groups.set(key, [l]);
  });
  // the penalty base depends on everyone's rates: pin it so that each part keeps the same objective
  const settings = { ...inst.settings, unstaffedPenalty: penaltyBase(inst) };
  return [...groups.values()].map((lines) => component(inst, lines, settings));
}

function component(inst: StaffingInstance, lines: number[], settings: StaffingInstance['settings']): Component {
  const local = new Map<number, number>();
  const people: number[] = [];
  for (const l of lines)
    for (const p of inst.lines[l].eligible)
      if (!local.has(p)) { local.set(p, people.length); people.push(p); }
  return {
    inst: {
      weeks: inst.weeks,
      people: people.map((p) => inst.people[p]),
      lines: lines.map((l) => ({ ...inst.lines[l], eligible: Int32Array.from(inst.lines[l].eligible, (p) => local.get(p)!) })),
      settings,
    },
    lines: Int32Array.from(lines),
    people: Int32Array.from(people),
  };
}

/** One plan for the full instance from the parts' plans. */
export function mergePlans(parts: { comp: Component; plan: StaffingPlan }[]): StaffingPlan {
  const pb = new PlanBuilder();
  for (const { comp, plan } of parts)
    for (let i = 0; i < plan.hours.length; i++) pb.push(comp.lines[plan.line[i]], comp.people[plan.person[i]], plan.week[i], plan.hours[i]);
  return pb.build();
}
