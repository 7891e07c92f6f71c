// Who may work on a demand line, by the one rule in shared/eligibility.ts (the role when the line has
// one, and every required skill at its level); of the allowed kinds, and active at some point in the
// window. Hand picks may also ask for near matches: people with the role or with every skill who miss
// the rest (never proposed by the optimiser). An index by role and by skill (built once per set of
// people) keeps this well under a millisecond on 5,000 people.
import type { CapacityState } from '@shared/capacity';
import type { CandidateMatch } from '@shared/contract';
import type { DemandLine, Talent, TalentKind } from '@shared/domain';
import { canWorkOn, missingSkills } from '@shared/eligibility';

export interface Eligible {
  person: number;
  match: CandidateMatch;
  /** Share of the line's required skills met at the level asked, 0..1 (1 when none are asked). */
  skillMatch: number;
  /** False for a near match (only listed when asked for): the person misses the role or a skill. */
  full: boolean;
}

interface PeopleIndex {
  primary: Map<number, number[]>;
  other: Map<number, number[]>;
  /** skill id → [person, level] pairs */
  skill: Map<number, { person: number; level: number }[]>;
}

const indexes = new WeakMap<readonly Talent[], PeopleIndex>();

function indexOf(people: readonly Talent[]): PeopleIndex {
  const cached = indexes.get(people);
  if (cached) return cached;
  const idx: PeopleIndex = { primary: new Map(), other: new Map(), skill: new Map() };
  const push = <T>(m: Map<number, T[]>, k: number, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  people.forEach((t, p) => {
    push(idx.primary, t.primaryRoleId, p);
    for (const r of t.otherRoleIds) if (r !== t.primaryRoleId) push(idx.other, r, p);
    for (const s of t.skills) push(idx.skill, s.skillId, { person: p, level: s.level });
  });
  indexes.set(people, idx);
  return idx;
}

function skillShare(t: Talent, line: DemandLine): number {
  if (line.skills.length === 0) return 1;
  return 1 - missingSkills(t, line.skills).length / line.skills.length;
}

/** People to test for line: its role's holders, else the holders of its first skill, else everyone. */
function pool(state: CapacityState, line: DemandLine, near: boolean): Map<number, CandidateMatch> {
  const idx = indexOf(state.people);
  const match = new Map<number, CandidateMatch>();
  if (line.roleId !== null) {
    for (const p of idx.primary.get(line.roleId) ?? []) match.set(p, 'primary role');
    for (const p of idx.other.get(line.roleId) ?? []) if (!match.has(p)) match.set(p, 'other role');
  }
  if (line.skills.length > 0 && (line.roleId === null || near)) {
    const [first] = line.skills;
    for (const { person, level } of idx.skill.get(first.skillId) ?? []) {
      if (level >= first.minLevel && !match.has(person) && skillShare(state.people[person], line) === 1) match.set(person, 'skills');
    }
  } else if (line.roleId === null) {
    for (let p = 0; p < state.people.length; p++) match.set(p, 'skills');
  }
  return match;
}

/**
 * Eligible people for line l whose active window meets [from, to] (day indexes), in person order;
 * with `near`, also those with the role or every skill who miss the rest (full: false).
 */
export function eligibleFor(state: CapacityState, l: number, kinds: readonly TalentKind[], from: number, to: number, near = false): Eligible[] {
  const line = state.lines[l];
  const allowed = new Set(kinds);
  const out: Eligible[] = [];
  for (const [p, m] of pool(state, line, near)) {
    const t = state.people[p];
    if (!allowed.has(t.kind)) continue;
    if (state.personActiveFrom[p] > to || state.personActiveTo[p] < from) continue;
    const full = canWorkOn(t, line);
    if (full || near) out.push({ person: p, match: m, skillMatch: skillShare(t, line), full });
  }
  return out.sort((a, b) => a.person - b.person);
}
