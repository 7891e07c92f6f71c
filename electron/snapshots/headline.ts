import type { Coverage, SnapshotCounts, SnapshotFigures, SnapshotHeadline, SnapshotSettings } from '@shared/contract';
import { addDaysIso, weekStartIso } from './weeks';

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

/** Σ of positive role-week shortfalls in the `count` weeks from the week holding `today`. */
export function shortfallAhead(figures: SnapshotFigures, today: string, count: number, weighted = true): number {
  const first = weekStartIso(today);
  const last = addDaysIso(first, 7 * count - 1);
  let total = 0;
  figures.weeks.forEach((week, w) => {
    if (week < first || week > last) return;
    for (const role of figures.roles) total += Math.max(0, (weighted ? role.shortfall : role.shortfallUnweighted)[w]);
  });
  return round(total);
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
  const shortfall = ([4, 8, 12] as const).map((weeks) => ({
    weeks, hours: shortfallAhead(figures, settings.today, weeks), unweighted: shortfallAhead(figures, settings.today, weeks, false),
  }));
  return {
    utilisation: ratio(booked, capacity), target: ratio(targetSum, targetCapacity), capacity: round(capacity), booked: round(booked),
    shortfall, coverage: { weighted: coverageOf(figures, true), unweighted: coverageOf(figures, false) }, topOverAllocated, counts,
  };
}
