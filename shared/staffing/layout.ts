// From the solver's hours per (line, person, period) to bookings a planner would make. Every figure
// is in whole quarter hours. A period is a run of days in which the set of open lines doesn't change,
// so whatever the solver puts in a person's period fits the free hours of that period's days. Within
// a period, a person's lines are laid one after another onto their days (each day filled to its free
// hours before the next), so no day ever gets more than it has free, and a line's hours fall on a
// contiguous stretch of days, the remainder on its last day.

/** Quarter hours a day a booking may have at most (the booking form's 24 h). */
export const MAX_QUARTERS_PER_DAY = 96;

export interface LayoutPeriod {
  /** Day indexes, inclusive. */
  from: number;
  to: number;
}

export interface LayoutPerson {
  /** Free quarter hours per day index (0 on days off). */
  freeQ: ArrayLike<number>;
  /** 1 where the day is a working day (a booking's hours fall on it), per day index. */
  working: ArrayLike<number>;
}

/** One entry of a rounded plan: quarter hours of a line given to a person in a period. */
export interface QuarterEntry {
  line: number;
  person: number;
  period: number;
  quarters: number;
}

/** A booking: the same quarter hours on each working day from `from` to `to` (day indexes). */
export interface DayRun {
  line: number;
  person: number;
  from: number;
  to: number;
  quartersPerDay: number;
  days: number;
}

interface Placed {
  day: number;
  quarters: number;
}

/** Lays one person's entries onto their days; returns each line's placed days in day order. */
function placePerson(periods: readonly LayoutPeriod[], person: LayoutPerson, entries: QuarterEntry[], lineEnd: ArrayLike<number>): Map<number, Placed[]> {
  const placed = new Map<number, Placed[]>();
  const byPeriod = new Map<number, QuarterEntry[]>();
  for (const e of entries) {
    const list = byPeriod.get(e.period);
    if (list) list.push(e);
    else byPeriod.set(e.period, [e]);
  }
  let carry = -1;
  for (const b of [...byPeriod.keys()].sort((x, y) => x - y)) {
    const { from, to } = periods[b];
    // The line that ended the previous period goes first, so that it runs on without a break.
    const list = byPeriod.get(b)!.sort((x, y) => Number(y.line === carry) - Number(x.line === carry) || lineEnd[x.line] - lineEnd[y.line] || x.line - y.line);
    let d = from;
    let left = d <= to ? person.freeQ[d] : 0;
    for (const e of list) {
      let need = e.quarters;
      const days = placed.get(e.line) ?? [];
      placed.set(e.line, days);
      while (need > 0 && d <= to) {
        if (left <= 0) {
          d++;
          left = d <= to ? person.freeQ[d] : 0;
          continue;
        }
        const take = Math.min(need, left);
        const last = days[days.length - 1];
        if (last && last.day === d) last.quarters += take;
        else days.push({ day: d, quarters: take });
        need -= take;
        left -= take;
        carry = e.line;
      }
    }
  }
  return placed;
}

/** Joins placed days into runs: equal hours, and no working day between them left out. */
function runsOf(line: number, person: number, days: Placed[], working: ArrayLike<number>): DayRun[] {
  const runs: DayRun[] = [];
  let cur: DayRun | null = null;
  for (const p of days) {
    if (cur && p.quarters === cur.quartersPerDay && !workingBetween(working, cur.to, p.day)) {
      cur.to = p.day;
      cur.days++;
    } else runs.push((cur = { line, person, from: p.day, to: p.day, quartersPerDay: p.quarters, days: 1 }));
  }
  return runs;
}

function workingBetween(working: ArrayLike<number>, a: number, b: number): boolean {
  for (let d = a + 1; d < b; d++) if (working[d] === 1) return true;
  return false;
}

/**
 * The bookings of a rounded plan. `people[p]` is asked for only for people with entries;
 * `lineEnd[l]` orders a person's lines within a period (earliest deadline first).
 */
export function layoutPlan(
  periods: readonly LayoutPeriod[],
  entries: readonly QuarterEntry[],
  personDays: (person: number) => LayoutPerson,
  lineEnd: ArrayLike<number>,
): DayRun[] {
  const byPerson = new Map<number, QuarterEntry[]>();
  for (const e of entries) {
    if (e.quarters <= 0) continue;
    const list = byPerson.get(e.person);
    if (list) list.push(e);
    else byPerson.set(e.person, [e]);
  }
  const out: DayRun[] = [];
  for (const p of [...byPerson.keys()].sort((a, b) => a - b)) {
    const days = personDays(p);
    const placed = placePerson(periods, days, byPerson.get(p)!, lineEnd);
    for (const l of [...placed.keys()].sort((a, b) => a - b)) out.push(...runsOf(l, p, placed.get(l)!, days.working));
  }
  return out.sort((a, b) => a.line - b.line || a.person - b.person || a.from - b.from);
}
