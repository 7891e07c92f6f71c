// Builds a StaffingInstance from id-keyed rows: maps person ids to indexes and applies the
// talent-kind option (staff only, or staff + freelancers, ...). Whether tentative bookings count as
// taken is decided by the caller when it computes each person's free hours.
import type { Priority, TalentKind } from '@shared/domain';
import type { StaffingInstance, StaffingSettings } from './types';

export interface BuildPerson {
  id: number;
  costRate: number;
  kind: TalentKind;
  /** Free hours per week index (length = weeks; missing weeks count as 0). */
  free: ArrayLike<number>;
}

export interface BuildLine {
  id: number;
  openHours: number;
  weekFrom: number;
  weekTo: number;
  priority: Priority;
  /** 0..1, or 0..100 as campaigns store it (values above 1 are read as percent). */
  probability: number;
  /** Ids of the people eligible by role and skills. */
  eligiblePersonIds: readonly number[];
}

export interface BuildOptions {
  weeks: number;
  people: readonly BuildPerson[];
  lines: readonly BuildLine[];
  /** Kinds allowed on the plan (default all three). */
  kinds?: readonly TalentKind[];
  settings?: StaffingSettings;
}

export function buildStaffingInstance(o: BuildOptions): StaffingInstance {
  const kinds = new Set<TalentKind>(o.kinds ?? ['staff', 'freelancer', 'agency']);
  const people = o.people
    .filter((p) => kinds.has(p.kind))
    .map((p) => {
      const free = new Float64Array(o.weeks);
      for (let w = 0; w < o.weeks && w < p.free.length; w++) free[w] = Math.max(0, Number(p.free[w]) || 0);
      return { id: p.id, costRate: p.costRate, kind: p.kind, free };
    });
  const index = new Map<number, number>();
  people.forEach((p, i) => index.set(p.id, i));
  const lines = o.lines.map((l) => {
    const eligible: number[] = [];
    for (const id of new Set(l.eligiblePersonIds)) {
      const i = index.get(id);
      if (i !== undefined) eligible.push(i);
    }
    eligible.sort((a, b) => a - b);
    return {
      id: l.id,
      openHours: Math.max(0, l.openHours),
      weekFrom: Math.max(0, Math.min(o.weeks - 1, l.weekFrom)),
      weekTo: Math.max(0, Math.min(o.weeks - 1, l.weekTo)),
      priority: l.priority,
      probability: l.probability > 1 ? l.probability / 100 : Math.max(0, l.probability),
      eligible: Int32Array.from(eligible),
    };
  });
  return { weeks: o.weeks, people, lines, settings: o.settings };
}
