// Seeded random staffing instances for tests and the benchmark.
import type { Priority, TalentKind } from '@shared/domain';
import type { StaffingInstance, StaffingLine, StaffingPerson } from '@shared/staffing/types';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenOptions {
  people: number;
  lines: number;
  weeks: number;
  candidates?: number;
  roles?: number;
  /** Longest line window in weeks. */
  maxWindow?: number;
  /** Share of lines bigger than one person can give. */
  bigShare?: number;
}

export function generateInstance(seed: number, o: GenOptions): StaffingInstance {
  const r = rng(seed);
  const W = o.weeks;
  const roles = o.roles ?? Math.max(1, Math.round(o.people / 100));
  const cand = o.candidates ?? 20;
  const maxWin = o.maxWindow ?? Math.min(W, 8);
  const bigShare = o.bigShare ?? 0.15;
  const people: StaffingPerson[] = [];
  const byRole: number[][] = Array.from({ length: roles }, () => []);
  for (let p = 0; p < o.people; p++) {
    const x = r();
    const kind: TalentKind = x < 0.7 ? 'staff' : x < 0.9 ? 'freelancer' : 'agency';
    const base = kind === 'staff' ? 30 : kind === 'freelancer' ? 40 : 55;
    const costRate = Math.round((base + r() * 45) * 2) / 2;
    const free = new Float64Array(W);
    const week = kind === 'staff' ? 37.5 : 40;
    const busy = r(); // how booked this person is overall
    for (let w = 0; w < W; w++) {
      const y = r();
      if (y < 0.05) free[w] = 0; // holiday
      else if (y < busy * 0.8) free[w] = 0; // fully booked
      else free[w] = Math.round(week * (kind === 'staff' ? r() : 1) * 2) / 2;
    }
    people.push({ id: 1000 + p, costRate, kind, free });
    byRole[p % roles].push(p);
  }
  const lines: StaffingLine[] = [];
  for (let l = 0; l < o.lines; l++) {
    const len = 1 + Math.floor(r() * maxWin);
    const weekFrom = Math.floor(r() * (W - len + 1));
    const big = r() < bigShare;
    const perWeek = big ? 40 + r() * 60 : 8 + r() * 30;
    const openHours = Math.round(len * perWeek);
    const pool = byRole[Math.floor(r() * roles)];
    const k = Math.min(cand, pool.length);
    // k distinct candidates from the pool (partial Fisher–Yates on a copy)
    const copy = pool.slice();
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(r() * (copy.length - i));
      const t = copy[i]; copy[i] = copy[j]; copy[j] = t;
    }
    const eligible = Int32Array.from(copy.slice(0, k)).sort();
    lines.push({
      id: 5000 + l,
      openHours,
      weekFrom,
      weekTo: weekFrom + len - 1,
      priority: (1 + Math.floor(r() * 5)) as Priority,
      probability: [1, 1, 0.9, 0.75, 0.5, 0.25][Math.floor(r() * 6)],
      eligible,
    });
  }
  return { weeks: W, people, lines };
}
