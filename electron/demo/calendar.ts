import type { Closure, IsoDate, Talent, TimeOff } from '@shared/domain';
import { dayFromIso, isoFromDay, weekdayOfDay, weekdayOnOrAfter } from '@shared/dates';
import type { Random } from './random';
import type { Horizon, PersonTraits } from './types';

const VACATION_NOTES = ['Summer holiday', 'Family visit', 'Long weekend', 'Wedding', 'Ski trip', 'Annual leave', 'Travelling'];
const HALF_DAY_NOTES = ['Dentist', 'School event', 'Moving house', 'Medical appointment'];

/** Calendar day that is `count` weekdays after `day` (count 0 = day itself if a weekday). */
function afterWeekdays(day: number, count: number): number {
  let d = weekdayOnOrAfter(day);
  for (let left = count; left > 0; ) {
    d++;
    if (weekdayOfDay(d) < 5) left--;
  }
  return d;
}

/** Vacations across the horizon, a few sick days and half days, for about half the people. */
export function generateTimeOff(rng: Random, talent: Talent[], traits: PersonTraits[], horizon: Horizon, share = 0.55): TimeOff[] {
  const out: TimeOff[] = [];
  const { todayDay, endDay } = horizon;
  const months = Math.max(1, (endDay - todayDay) / 30.4);
  const push = (talentId: number, start: number, end: number, type: TimeOff['type'], hoursPerDay: number | null, note: string) =>
    out.push({ id: out.length + 1, talentId, start: isoFromDay(start), end: isoFromDay(end), hoursPerDay, type, note });

  talent.forEach((t, i) => {
    if (t.kind === 'agency' || traits[i].first > traits[i].last || !rng.chance(share)) return;
    const from = Math.max(todayDay, horizon.weekdays[traits[i].first] ?? todayDay);
    const to = Math.min(endDay, horizon.weekdays[traits[i].last] ?? endDay);
    const vacations = Math.max(1, Math.round((months / 3) * rng.float(0.6, 1.4)));
    let cursor = from + rng.int(5, 30);
    for (let v = 0; v < vacations && cursor < to - 3; v++) {
      const start = weekdayOnOrAfter(cursor + rng.int(0, Math.max(1, Math.round(((to - cursor) / (vacations - v)) * 0.8))));
      const end = Math.min(to, afterWeekdays(start, rng.int(2, 9)));
      if (start > end) break;
      push(t.id, start, end, 'vacation', null, rng.pick(VACATION_NOTES));
      cursor = end + 14;
    }
    if (rng.chance(0.2)) {
      const start = weekdayOnOrAfter(todayDay - rng.int(3, 25));
      push(t.id, start, afterWeekdays(start, rng.int(0, 2)), 'sick', null, '');
    }
    if (rng.chance(0.25)) {
      const day = weekdayOnOrAfter(from + rng.int(3, Math.max(4, to - from - 3)));
      if (day <= to) push(t.id, day, day, 'other', traits[i].dayHours / 2, rng.pick(HALF_DAY_NOTES));
    }
  });
  return out;
}

/** The days between Christmas and New Year (and Christmas Eve) for every December the horizon reaches, plus an away day. */
export function generateClosures(rng: Random, horizon: Horizon): Closure[] {
  const out: Closure[] = [];
  const add = (day: number, name: string) => out.push({ id: out.length + 1, date: isoFromDay(day), endDate: isoFromDay(day), name, repeatsYearly: false });
  const firstYear = Number(horizon.today.slice(0, 4));
  const lastYear = Math.max(firstYear, Number(isoFromDay(horizon.endDay).slice(0, 4)));
  for (let year = firstYear; year <= lastYear; year++) {
    const eve = dayFromIso(`${year}-12-24` as IsoDate);
    if (eve < horizon.todayDay - 7) continue;
    if (weekdayOfDay(eve) < 5) add(eve, 'Christmas Eve — studio closed');
    for (let d = 27; d <= 31; d++) {
      const day = dayFromIso(`${year}-12-${d}`);
      if (weekdayOfDay(day) < 5) add(day, 'Studio closed between Christmas and New Year');
    }
  }
  const awayDay = weekdayOnOrAfter(horizon.todayDay + rng.int(50, 70));
  const friday = awayDay + (4 - weekdayOfDay(awayDay));
  if (!out.some((c) => c.date === isoFromDay(friday))) add(friday, 'Studio away day');
  return out.sort((a, b) => a.date.localeCompare(b.date)).map((c, i) => ({ ...c, id: i + 1 }));
}
