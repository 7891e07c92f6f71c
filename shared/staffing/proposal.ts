// The plan as the UI shows it: proposed bookings, each line before/after, people near their limits.
import { DEFAULT_NEAR_LIMIT_SHARE, type SolveResult, type StaffingInstance } from './types';

export interface ProposedBooking {
  personId: number;
  lineId: number;
  /** Week indexes, inclusive; the lead maps them to dates. */
  startWeek: number;
  endWeek: number;
  /** The same hours in every week of the booking (a change of hours starts a new booking). */
  hoursPerWeek: number;
  totalHours: number;
  costRate: number;
}

export interface LineOutcome {
  lineId: number;
  openBefore: number;
  staffed: number;
  unstaffed: number;
  /** Number of people on the line. */
  people: number;
}

export interface NearLimit {
  personId: number;
  week: number;
  used: number;
  free: number;
  /** used / free, 0..1 */
  share: number;
}

export interface StaffingProposal {
  mode: SolveResult['mode'];
  bookings: ProposedBooking[];
  lines: LineOutcome[];
  totalCost: number;
  totalPenalty: number;
  objective: number;
  staffedHours: number;
  unstaffedHours: number;
  /** Proven lower bound and relative gap (0 = proven optimal). */
  bound: number;
  gap: number;
  nearLimit: NearLimit[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function buildProposal(inst: StaffingInstance, res: SolveResult): StaffingProposal {
  const W = inst.weeks;
  const { plan } = res;
  // hours per (line, person, week), sorted
  const idx = Array.from({ length: plan.hours.length }, (_, i) => i).filter((i) => plan.hours[i] > 1e-9);
  idx.sort((a, b) => plan.line[a] - plan.line[b] || plan.person[a] - plan.person[b] || plan.week[a] - plan.week[b]);
  const bookings: ProposedBooking[] = [];
  const staffed = new Float64Array(inst.lines.length);
  const peopleOn = new Int32Array(inst.lines.length);
  const used = new Float64Array(inst.people.length * W);
  let cur: ProposedBooking | null = null;
  let curLine = -1, curPerson = -1;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    const l = plan.line[i], p = plan.person[i], w = plan.week[i];
    let h = plan.hours[i];
    // merge duplicate entries of the same week
    while (k + 1 < idx.length && plan.line[idx[k + 1]] === l && plan.person[idx[k + 1]] === p && plan.week[idx[k + 1]] === w)
      h += plan.hours[idx[++k]];
    staffed[l] += h;
    used[p * W + w] += h;
    if (l !== curLine || p !== curPerson) peopleOn[l]++;
    if (cur && l === curLine && p === curPerson && w === cur.endWeek + 1 && Math.abs(h - cur.hoursPerWeek) <= 1e-6) {
      cur.endWeek = w;
      cur.totalHours = round(cur.totalHours + h);
    } else {
      cur = {
        personId: inst.people[p].id,
        lineId: inst.lines[l].id,
        startWeek: w,
        endWeek: w,
        hoursPerWeek: round(h),
        totalHours: round(h),
        costRate: inst.people[p].costRate,
      };
      bookings.push(cur);
    }
    curLine = l;
    curPerson = p;
  }
  const lines: LineOutcome[] = inst.lines.map((line, l) => ({
    lineId: line.id,
    openBefore: line.openHours,
    staffed: round(staffed[l]),
    unstaffed: round(Math.max(0, line.openHours - staffed[l])),
    people: peopleOn[l],
  }));
  const share = inst.settings?.nearLimitShare ?? DEFAULT_NEAR_LIMIT_SHARE;
  const nearLimit: NearLimit[] = [];
  for (let p = 0; p < inst.people.length; p++)
    for (let w = 0; w < W; w++) {
      const u = used[p * W + w];
      const f = inst.people[p].free[w];
      if (u > 1e-9 && f > 0 && u >= share * f - 1e-9)
        nearLimit.push({ personId: inst.people[p].id, week: w, used: round(u), free: f, share: round(Math.min(1, u / f)) });
    }
  return {
    mode: res.mode,
    bookings,
    lines,
    totalCost: res.cost,
    totalPenalty: res.penalty,
    objective: res.objective,
    staffedHours: res.staffedHours,
    unstaffedHours: res.unstaffedHours,
    bound: res.bound,
    gap: res.gap,
    nearLimit,
  };
}
