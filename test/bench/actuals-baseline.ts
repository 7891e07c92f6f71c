// The straightforward way to compare planned with actual, for the benchmark's side-by-side figure:
// bookings and actuals as objects from the repositories, day by day, summed into maps keyed by
// 'person|campaign|week' strings. Same rules (hours on the person's working days), same totals.

import { isWorkingDayFor } from '@shared/capacity/availability';
import type { CapacityState } from '@shared/capacity/state';
import { dayFromIso, weekStartOfDay } from '@shared/dates';
import type { Db } from '../../electron/db/open';
import { listActuals } from '../../electron/db/repos/actuals';
import { listBookings } from '../../electron/db/repos/bookings';

export function baselineCompare(db: Db, state: CapacityState, range: { start: string; end: string }) {
  const planned = new Map<string, number>();
  const actual = new Map<string, number>();
  const from = dayFromIso(range.start);
  const to = dayFromIso(range.end);
  for (const b of listBookings(db, { from: range.start, to: range.end })) {
    const p = state.personIndexById.get(b.talentId);
    if (p === undefined) continue;
    const start = dayFromIso(b.start);
    const end = dayFromIso(b.end);
    let anyWorking = false;
    for (let d = start; d <= end && !anyWorking; d++) anyWorking = isWorkingDayFor(state, p, d);
    for (let d = Math.max(start, from); d <= Math.min(end, to); d++) {
      if (anyWorking && !isWorkingDayFor(state, p, d)) continue;
      const key = `${b.talentId}|${b.campaignId}|${weekStartOfDay(d)}`;
      planned.set(key, (planned.get(key) ?? 0) + b.hoursPerDay);
    }
  }
  for (const a of listActuals(db, { from: range.start, to: range.end })) {
    const key = `${a.talentId}|${a.campaignId}|${weekStartOfDay(dayFromIso(a.date))}`;
    actual.set(key, (actual.get(key) ?? 0) + a.hours);
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, v) => s + v, 0);
  return { planned: sum(planned), actual: sum(actual), keys: planned.size + actual.size };
}
