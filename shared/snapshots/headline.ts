import { UNASSIGNED_ROLE_ID } from '@shared/capacity';
import type {
  Coverage, ShortfallAhead, SnapshotCounts, SnapshotFigures, SnapshotHeadline, SnapshotRoleSeries, SnapshotSettings,
} from '@shared/contract';
import { addDaysIso, weekStartIso } from '@shared/dates';

const round = (v: number) => Math.round(v * 1000) / 1000;
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** Booked or supply against demand over all the snapshot's roles and weeks. */
export function coverageOf(figures: SnapshotFigures, weighted: boolean): Coverage {
  let openDemand = 0;
  let booked = 0;
  let supply = 0;
  let coverable = 0;
  for (const role of figures.roles) {
    const demand = weighted ? role.demand : role.demandUnweighted;
    demand.forEach((d, w) => {
      openDemand += d;
      booked += role.booked[w];
      supply += role.supply[w];
      coverable += Math.min(Math.max(role.free[w], 0), Math.max(d, 0));
    });
  }
  return {
    openDemand: round(openDemand), booked: round(booked), supply: round(supply),
    bookedCoverage: ratio(booked, booked + openDemand), supplyCoverage: ratio(supply, booked + openDemand), openCoverable: ratio(coverable, openDemand),
  };
}

/** The weeks of the snapshot among the `count` weeks from the week holding `today`. */
function weeksAhead(figures: SnapshotFigures, today: string, count: number): number[] {
  const first = weekStartIso(today);
  const last = addDaysIso(first, 7 * count - 1);
  return figures.weeks.flatMap((week, w) => (week >= first && week <= last ? [w] : []));
}

const hasRole = (role: SnapshotRoleSeries) => role.roleId !== UNASSIGNED_ROLE_ID;

/**
 * Σ of positive role-week shortfalls in the `count` weeks from the week holding `today`. Demand
 * with no role yet is left out: nobody can be short for it (see `noRoleAhead`).
 */
export function shortfallAhead(figures: SnapshotFigures, today: string, count: number, weighted = true): number {
  let total = 0;
  for (const w of weeksAhead(figures, today, count)) {
    for (const role of figures.roles) if (hasRole(role)) total += Math.max(0, (weighted ? role.shortfall : role.shortfallUnweighted)[w]);
  }
  return round(total);
}

/** Open demand with no role yet in the `count` weeks from the week holding `today`. */
export function noRoleAhead(figures: SnapshotFigures, today: string, count: number, weighted = true): number {
  const role = figures.roles.find((r) => !hasRole(r));
  if (!role) return 0;
  return round(weeksAhead(figures, today, count).reduce((t, w) => t + (weighted ? role.demand : role.demandUnweighted)[w], 0));
}

function shortByRole(figures: SnapshotFigures, today: string, count: number): ShortfallAhead['byRole'] {
  const weeks = weeksAhead(figures, today, count);
  return figures.roles
    .filter(hasRole)
    .map((r) => ({ roleId: r.roleId, roleName: r.roleName, hours: round(weeks.reduce((t, w) => t + Math.max(0, r.shortfall[w]), 0)) }))
    .filter((r) => r.hours > 0)
    .sort((a, b) => b.hours - a.hours || a.roleName.localeCompare(b.roleName));
}

/** Hours short in the next 4, 8 and 12 weeks, per role, with the demand that has no role yet apart. */
export function shortfallsAhead(figures: SnapshotFigures, today: string): ShortfallAhead[] {
  return ([4, 8, 12] as const).map((weeks) => ({
    weeks, hours: shortfallAhead(figures, today, weeks), unweighted: shortfallAhead(figures, today, weeks, false),
    byRole: shortByRole(figures, today, weeks), noRole: noRoleAhead(figures, today, weeks), noRoleUnweighted: noRoleAhead(figures, today, weeks, false),
  }));
}

/** The figures an executive reads first, from a snapshot's stored sections. */
export function headlineOf(figures: SnapshotFigures, settings: SnapshotSettings, counts: SnapshotCounts): SnapshotHeadline {
  let capacity = 0;
  let booked = 0;
  let targetCapacity = 0;
  let targetSum = 0;
  for (const person of figures.people) {
    const cap = person.capacity.reduce((a, b) => a + b, 0);
    capacity += cap;
    booked += person.booked.reduce((a, b) => a + b, 0);
    if (person.target !== null) {
      targetCapacity += cap;
      targetSum += cap * (person.target / 100);
    }
  }
  const byPerson = new Map<number, { talentId: number; name: string; excess: number; days: number }>();
  for (const run of figures.overAllocations) {
    const entry = byPerson.get(run.talentId) ?? { talentId: run.talentId, name: run.name, excess: 0, days: 0 };
    entry.excess = round(entry.excess + run.excess);
    entry.days += run.days;
    byPerson.set(run.talentId, entry);
  }
  const topOverAllocated = [...byPerson.values()].sort((a, b) => b.excess - a.excess || a.name.localeCompare(b.name)).slice(0, 5);
  const shortfall = shortfallsAhead(figures, settings.today);
  return {
    utilisation: ratio(booked, capacity), target: ratio(targetSum, targetCapacity), capacity: round(capacity), booked: round(booked),
    shortfall, coverage: { weighted: coverageOf(figures, true), unweighted: coverageOf(figures, false) }, topOverAllocated, counts,
  };
}
