// Small random delivery instances (seeded) for the exactness tests: up to 8 people × 4 phases ×
// 8 weeks of working days, free hours per person-day with gaps (bookings, holidays, part-time days).
import { mulberry32 } from '../../bench/capacity-input';
import { isExactCase, type CorePhase, type CoreProblem } from '@shared/delivery/core';

const H = 3600;

export interface Instance {
  problem: CoreProblem;
  exact: boolean;
}

/**
 * `shared` lets people hold two roles and phases run side by side on one role (the cases the
 * engine may be late on); without it every person holds one role and parallel phases use
 * different roles.
 */
export function randomInstance(seed: number, opts: { shared: boolean; days?: number }): Instance {
  const r = mulberry32(seed);
  const int = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
  const days = opts.days ?? int(20, 40);
  const nPeople = int(3, 8);
  const nRoles = int(2, 3);
  const roles: number[][] = Array.from({ length: nRoles }, () => []);
  const free: number[][] = [];
  for (let p = 0; p < nPeople; p++) {
    const role = p < nRoles ? p : int(0, nRoles - 1);
    roles[role].push(p);
    if (opts.shared && r() < 0.4) {
      const other = int(0, nRoles - 1);
      if (other !== role) roles[other].push(p);
    }
    const full = [4, 6, 7.5, 8][int(0, 3)];
    free.push(Array.from({ length: days }, () => (r() < 0.3 ? 0 : r() < 0.5 ? Math.round(full * r() * 4) / 4 : full) * H));
  }
  const nPhases = int(2, 4);
  const phases: CorePhase[] = [];
  for (let i = 0; i < nPhases; i++) {
    const deps = Array.from({ length: i }, (_, j) => j).filter(() => r() < (opts.shared ? 0.4 : 0.6));
    const usedRoles = new Set<number>();
    const demands = Array.from({ length: int(1, 2) }, () => {
      let role = int(0, nRoles - 1);
      if (!opts.shared) while (usedRoles.has(role) && usedRoles.size < nRoles) role = int(0, nRoles - 1);
      usedRoles.add(role);
      return { units: int(4, 24) * H, maxPeople: r() < 0.5 ? int(1, 3) : Infinity, eligible: roles[role] };
    });
    phases.push({ duration: int(2, 6), deps, demands });
  }
  if (!opts.shared) makeChainsWhereRolesMeet(phases);
  const problem: CoreProblem = { days, free, phases, earliest: int(0, 3) };
  return { problem, exact: isExactCase(phases) };
}

/** Without sharing, phases that could overlap on a role get a dependency (so the instance is in the exact case). */
function makeChainsWhereRolesMeet(phases: CorePhase[]): void {
  for (let j = 1; j < phases.length; j++) {
    for (let i = 0; i < j; i++) {
      const meet = phases[i].demands.some((a) => phases[j].demands.some((b) => a.eligible.some((p) => b.eligible.includes(p))));
      if (meet && !phases[j].deps.includes(i)) (phases[j].deps as number[]).push(i);
    }
  }
}
