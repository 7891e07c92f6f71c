// The baseline for bench:deliver: a straightforward day-by-day simulation over rows read from
// SQLite in the same run. Reads the workspace's rows, builds the capacity grids, then for each phase
// tries each start day, summing each eligible person's free hours day by day over the window and
// sorting everyone to pick the team: no prefix sums, no reuse between starts.
import type { DeliveryQuery } from '@shared/delivery/types';
import { buildCapacityState } from '@shared/capacity/engine';
import { freeUnitsAt } from '@shared/capacity/gridFree';
import { unitsFromHours } from '@shared/capacity/units';
import { dayFromIso } from '@shared/dates';
import type { Db } from '../../electron/db/open';
import { loadCapacityInput } from '../../electron/capacity/model';

export function baselineFinish(db: Db, query: DeliveryQuery, horizonEnd: string): string | null {
  const state = buildCapacityState(loadCapacityInput(db, { start: query.earliestStart, end: horizonEnd }));
  const rs = state.timeline.range.start;
  const days: number[] = [];
  for (let d = dayFromIso(query.earliestStart); d <= dayFromIso(horizonEnd); d++) if (state.timeline.weekday[d - rs] < 5 && !state.closureMask[d - rs]) days.push(d);
  const taken = new Map<string, number>();
  const free = (p: number, t: number) => freeUnitsAt(state, p * state.timeline.days + days[t] - rs, !query.tentativeIsTaken) - (taken.get(`${p}:${t}`) ?? 0);
  const end = new Map<string, number>();
  let finish = -1;
  const left = [...query.phases];
  while (left.length) {
    const k = left.findIndex((ph) => ph.dependsOn.every((d) => end.has(d)));
    const ph = left.splice(k, 1)[0];
    const ready = ph.dependsOn.reduce((r, d) => Math.max(r, end.get(d)! + 1), 0);
    let placed = -1;
    for (let s = ready; s + ph.durationDays <= days.length && placed < 0; s++) {
      const busy = new Set<number>();
      const plan: { p: number; t: number; u: number }[] = [];
      const ok = ph.roles.every((need) => {
        const team = state.people
          .map((t, p) => ({ t, p }))
          .filter(({ t, p }) => !busy.has(p) && (t.primaryRoleId === need.roleId || t.otherRoleIds.includes(need.roleId)) && need.skills.every((sk) => t.skills.some((o) => o.skillId === sk.skillId && o.level >= sk.minLevel)))
          .map(({ p }) => {
            let u = 0;
            for (let t = s; t < s + ph.durationDays; t++) u += Math.max(0, free(p, t));
            return { p, u };
          })
          .filter((x) => x.u > 0)
          .sort((a, b) => b.u - a.u || a.p - b.p)
          .slice(0, need.maxPeople ?? Infinity);
        let rest = unitsFromHours(need.hours);
        if (team.reduce((a, x) => a + x.u, 0) < rest) return false;
        for (const { p } of team) {
          busy.add(p);
          for (let t = s; t < s + ph.durationDays && rest > 0; t++) {
            const u = Math.min(rest, Math.max(0, free(p, t)));
            if (u > 0) { plan.push({ p, t, u }); rest -= u; }
          }
        }
        return true;
      });
      if (!ok) continue;
      for (const x of plan) taken.set(`${x.p}:${x.t}`, (taken.get(`${x.p}:${x.t}`) ?? 0) + x.u);
      placed = s;
    }
    if (placed < 0) return null;
    end.set(ph.id, placed + ph.durationDays - 1);
    finish = Math.max(finish, placed + ph.durationDays - 1);
  }
  return new Date(days[finish] * 86_400_000).toISOString().slice(0, 10);
}
