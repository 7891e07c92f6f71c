// From the solver's hours per (line, person, period) to bookings a planner would make. Every figure
// is in whole quarter hours. A period is a run of days in which the set of open lines doesn't change,
// so what the solver gives a person fits the free hours of their days. Each person's lines are then
// laid onto their days earliest deadline first (each day filled to its free hours before the next):
// on one worker with release days and deadlines that is optimal, so whatever the solver found
// feasible is placed in full, no day gets more than it has free, and a line's hours fall on as few
// stretches of days as the other lines allow, the remainder on the last day. Where every line of a
// person fits as one steady stretch (the same hours each day), that is preferred: one booking, or two
// with the remainder day, per line.

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

interface Job {
  line: number;
  left: number;
  release: number;
  deadline: number;
  placed: Placed[];
}

/** One person's lines as jobs: hours to place, between their window's first and last day. */
function jobsOf(entries: QuarterEntry[], windows: readonly LayoutPeriod[]): Job[] {
  const jobs = new Map<number, Job>();
  for (const e of entries) {
    const job = jobs.get(e.line);
    if (job) job.left += e.quarters;
    else jobs.set(e.line, { line: e.line, left: e.quarters, release: windows[e.line].from, deadline: windows[e.line].to, placed: [] });
  }
  return [...jobs.values()];
}

/**
 * Lays each line, due first placed first, as one stretch of working days at the same hours (the
 * remainder on its last day), at the most hours a day that fit its earliest such stretch; a line with
 * no such stretch left fills its earliest free days. Returns false, placing nothing, when some line
 * doesn't fit at all this way.
 */
function placeSteady(person: LayoutPerson, jobs: Job[]): boolean {
  const free = Array.from(person.freeQ);
  const placed = new Map<Job, Placed[]>();
  for (const job of [...jobs].sort((a, b) => a.deadline - b.deadline || a.release - b.release || a.line - b.line)) {
    const days = steadyStretch(free, person.working, job) ?? earliestFill(free, job);
    if (!days) return false;
    for (const p of days) free[p.day] -= p.quarters;
    placed.set(job, days);
  }
  for (const [job, days] of placed) {
    job.placed = days;
    job.left = 0;
  }
  return true;
}

/** The job's hours on its earliest free days, each filled to what it has free; null if they don't all fit. */
function earliestFill(free: number[], job: Job): Placed[] | null {
  const out: Placed[] = [];
  let left = job.left;
  for (let d = job.release; d <= job.deadline && left > 0; d++) {
    const take = Math.min(left, free[d]);
    if (take <= 0) continue;
    out.push({ day: d, quarters: take });
    left -= take;
  }
  return left > 0 ? null : out;
}

/** The earliest run of k working days in the job's window with q free on each (its remainder on the last), q as large as can be. */
function steadyStretch(free: number[], working: ArrayLike<number>, job: Job): Placed[] | null {
  const days: number[] = [];
  for (let d = job.release; d <= job.deadline; d++) if (working[d] === 1) days.push(d);
  for (let q = Math.min(job.left, MAX_QUARTERS_PER_DAY); q >= 1; q--) {
    const k = Math.ceil(job.left / q);
    const last = job.left - q * (k - 1);
    let run = 0;
    for (let j = 0; j < days.length; j++) {
      if (run >= k - 1 && free[days[j]] >= last) return days.slice(j - k + 1, j + 1).map((day, i) => ({ day, quarters: i === k - 1 ? last : q }));
      run = free[days[j]] >= q ? run + 1 : 0;
    }
  }
  return null;
}

/** Lays one person's lines onto their days, earliest deadline first, each day filled before the next. */
function placeEarliestDeadline(person: LayoutPerson, all: Job[]): void {
  const first = Math.min(...all.map((j) => j.release));
  const last = Math.max(...all.map((j) => j.deadline));
  let current: Job | null = null;
  for (let d = first; d <= last; d++) {
    let free = person.freeQ[d];
    while (free > 0) {
      // The open line due first; on a tie, the one already under way, so that it runs on unbroken.
      let next: Job | null = null;
      for (const j of all) {
        if (j.left <= 0 || j.release > d || j.deadline < d) continue;
        if (!next || j.deadline < next.deadline || (j.deadline === next.deadline && (j === current || (next !== current && j.line < next.line)))) next = j;
      }
      if (!next) break;
      const take = Math.min(free, next.left);
      const lastPlaced = next.placed[next.placed.length - 1];
      if (lastPlaced && lastPlaced.day === d) lastPlaced.quarters += take;
      else next.placed.push({ day: d, quarters: take });
      next.left -= take;
      free -= take;
      current = next;
    }
  }
}

/** Each line steady if all of them fit so, else earliest deadline first (which places any feasible plan). */
function placePerson(person: LayoutPerson, entries: QuarterEntry[], windows: readonly LayoutPeriod[]): Job[] {
  const jobs = jobsOf(entries, windows);
  if (!placeSteady(person, jobs)) placeEarliestDeadline(person, jobs);
  return jobs;
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

export interface Layout {
  runs: DayRun[];
  /** Quarter hours per (line, person) actually placed, keyed `line:person`. */
  placed: Map<string, number>;
}

/**
 * The bookings of a rounded plan. `windows[l]` are line l's first and last day; `personDays(p)` is
 * asked for only for people with entries.
 */
export function layoutPlan(entries: readonly QuarterEntry[], windows: readonly LayoutPeriod[], personDays: (person: number) => LayoutPerson): Layout {
  const byPerson = new Map<number, QuarterEntry[]>();
  for (const e of entries) {
    if (e.quarters <= 0) continue;
    const list = byPerson.get(e.person);
    if (list) list.push(e);
    else byPerson.set(e.person, [e]);
  }
  const runs: DayRun[] = [];
  const placed = new Map<string, number>();
  for (const p of [...byPerson.keys()].sort((a, b) => a - b)) {
    const days = personDays(p);
    for (const job of placePerson(days, byPerson.get(p)!, windows)) {
      runs.push(...runsOf(job.line, p, job.placed, days.working));
      placed.set(`${job.line}:${p}`, job.placed.reduce((s, x) => s + x.quarters, 0));
    }
  }
  runs.sort((a, b) => a.line - b.line || a.person - b.person || a.from - b.from);
  return { runs, placed };
}
