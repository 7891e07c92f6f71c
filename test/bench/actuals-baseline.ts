// The straightforward way to compare planned with actual, for the benchmark's side-by-side figure:
// bookings and actuals as objects from the repositories, day by day, summed into maps keyed by
// 'person|campaign|week' strings. Same rules (hours on the person's working days), same totals.

import { isWorkingDayFor } from '@shared/capacity/availability';
import type { CapacityState } from '@shared/capacity/state';
import { dayFromIso, weekStartOfDay } from '@shared/dates';
import type { Db } from '../../electron/db/open';
import { listActuals } from '../../electron/db/repos/actuals';
import { listBookings } from '../../electron/db/repos/bookings';
import { getSnapshot, listSnapshots } from '../../electron/db/repos/snapshots';
import { listTalent } from '../../electron/db/repos/talent';

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

/**
 * Forecast accuracy the straightforward way: every snapshot read whole (as the dashboard reads
 * it), actuals as objects with each person looked up for their role, role-weeks in maps keyed by
 * 'role|week' strings. Returns the 4-weeks-ahead error for the run to check against the app's.
 */
export function baselineAccuracy(db: Db, today: string) {
  const roleOf = new Map(listTalent(db).map((t) => [t.id, t.primaryRoleId]));
  const worked = new Map<string, number>();
  for (const a of listActuals(db, { from: '0000-01-01', to: today })) {
    const key = `${roleOf.get(a.talentId)}|${weekStartOfDay(dayFromIso(a.date))}`;
    worked.set(key, (worked.get(key) ?? 0) + a.hours);
  }
  const todayWeek = weekStartOfDay(dayFromIso(today));
  let n = 0;
  let absPct = 0;
  for (const summary of listSnapshots(db)) {
    const snap = getSnapshot(db, summary.id)!;
    if (snap.settings.filter.kinds?.length || snap.settings.filter.tag) continue;
    const taken = weekStartOfDay(dayFromIso(snap.takenOn));
    const roles = new Set([...snap.figures.roles.filter((r) => r.roleId >= 0).map((r) => String(r.roleId)), ...[...worked.keys()].map((k) => k.split('|')[0])]);
    snap.figures.weeks.forEach((iso, i) => {
      const monday = dayFromIso(iso);
      const lead = (monday - taken) / 7;
      if (monday >= todayWeek || lead < 3 || lead > 4) return;
      for (const role of roles) {
        const planned = snap.figures.roles.find((r) => String(r.roleId) === role)?.booked[i] ?? 0;
        const actual = worked.get(`${role}|${monday}`) ?? 0;
        if (actual <= 1e-9) continue;
        n++;
        absPct += Math.abs(planned - actual) / actual;
      }
    });
  }
  return { mape4: n ? absPct / n : null };
}
