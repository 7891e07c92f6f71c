import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '@shared/dates';
import {
  dependantsOf, describeCycle, editPhase, findCycle, placeNewPhase, handoffState, countHandoffs, movePhase, scheduleBackward, scheduleForward, shiftSpan, signedWorkingDays, studioCalendar, topologicalOrder,
} from '@shared/phases';

// The studio closes 24 December to 1 January every year (from 2020), and on a one-off Wednesday, 10 March 2027.
const closures = [
  { date: '2020-12-24', endDate: '2021-01-01', repeatsYearly: true },
  { date: '2027-03-10', endDate: '2027-03-10', repeatsYearly: false },
];
const cal = studioCalendar(closures);

/** A slow reference: walk day by day, counting Monday–Friday days not in the closures listed by hand. */
const closedByHand = new Set(['2027-03-10', '2026-12-24', '2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']);
function addByHand(iso: string, n: number): string {
  let d = dayFromIso(iso);
  const ok = (x: number) => { const w = ((x + 3) % 7 + 7) % 7; return w < 5 && !closedByHand.has(isoFromDay(x)); };
  while (!ok(d)) d++;
  for (let k = 0; k < n; k++) { d++; while (!ok(d)) d++; }
  return isoFromDay(d);
}

describe('the studio calendar', () => {
  it('skips weekends, a repeating year-end closure and a one-off closure, as a day-by-day walk does', () => {
    for (const start of ['2026-12-18', '2026-12-23', '2027-03-08', '2027-03-09']) {
      for (let n = 0; n < 30; n++) expect(isoFromDay(cal.add(cal.onOrAfter(dayFromIso(start)), n)), `${start}+${n}`).toBe(addByHand(start, n));
    }
  });
  it('counts working days, and moves back as far as forward', () => {
    expect(cal.count(dayFromIso('2026-12-21'), dayFromIso('2027-01-08'))).toBe(3 + 5); // 21–23 December, 4–8 January
    const wed = dayFromIso('2027-03-03');
    for (let n = -25; n <= 25; n++) expect(signedWorkingDays(cal, wed, cal.add(wed, n))).toBe(n);
  });
});

// Brief → Concept → (Design, Copy) → Review: Design and Copy run side by side.
const social = [
  { durationDays: 2, dependsOn: [] },
  { durationDays: 3, dependsOn: [0] },
  { durationDays: 5, dependsOn: [1] },
  { durationDays: 2, dependsOn: [1] },
  { durationDays: 1, dependsOn: [2, 3] },
];

describe('dependencies', () => {
  it('finds a cycle and names its phases in working order', () => {
    expect(findCycle([[], [0], [1]])).toBeNull();
    const cycle = findCycle([[], [3], [1], [2]])!;
    expect(new Set(cycle)).toEqual(new Set([1, 2, 3]));
    // Each phase on the cycle waits for the one before it.
    cycle.forEach((p, k) => expect([[], [3], [1], [2]][cycle[(k + 1) % cycle.length]]).toContain(p));
  });
  it('tells a cycle in words from its first phase in the list, whichever phase it was found from', () => {
    const names = ['Brief', 'Concept', 'Design', 'Review'];
    for (const cycle of [[1, 2, 3], [2, 3, 1], [3, 1, 2]]) {
      expect(describeCycle(cycle, names)).toEqual({ first: 1, message: 'These phases wait for each other in a circle: Concept → Design → Review → Concept. Remove one of the dependencies.' });
    }
  });
  it('orders phases after what they depend on, and finds everything downstream', () => {
    expect(topologicalOrder(social.map((p) => p.dependsOn))).toEqual([0, 1, 2, 3, 4]);
    expect(topologicalOrder([[1], []])).toEqual([1, 0]);
    expect(topologicalOrder([[1], [0]])).toBeNull();
    expect(dependantsOf(social.map((p) => p.dependsOn), 1)).toEqual(new Set([2, 3, 4]));
  });
});

describe('scheduling phases', () => {
  it('forward from a mid-week start, over a one-off closure', () => {
    // Tuesday 2 March 2027; Wednesday 10 March is closed.
    const dates = scheduleForward(social, '2027-03-02', cal);
    expect(dates).toEqual([
      { start: '2027-03-02', end: '2027-03-03' },
      { start: '2027-03-04', end: '2027-03-08' },
      { start: '2027-03-09', end: '2027-03-16' }, // 9, 11, 12, 15, 16
      { start: '2027-03-09', end: '2027-03-11' }, // 9, 11
      { start: '2027-03-17', end: '2027-03-17' },
    ]);
  });
  it('forward from a Saturday starts on Monday', () => {
    expect(scheduleForward([{ durationDays: 1, dependsOn: [] }], '2027-03-06', cal)).toEqual([{ start: '2027-03-08', end: '2027-03-08' }]);
  });
  it('back from a launch day across the year-end closure: the last phase ends on the launch day', () => {
    const dates = scheduleBackward(social, '2027-01-06', cal);
    expect(dates[4]).toEqual({ start: '2027-01-06', end: '2027-01-06' });
    // 11 working days back from Wednesday 6 January, with 24 December–1 January closed: 4–6 Jan, 21–23 Dec, 14–18 Dec.
    expect(dates[0].start).toBe('2026-12-14');
    expect(cal.count(dayFromIso(dates[0].start), dayFromIso(dates[4].end))).toBe(11);
    // The same plan as scheduled forward from its first day.
    expect(scheduleForward(social, dates[0].start, cal)).toEqual(dates);
  });
  it('back from a launch on a Sunday finishes on the Friday before', () => {
    expect(scheduleBackward([{ durationDays: 2, dependsOn: [] }], '2027-03-07', cal)).toEqual([{ start: '2027-03-04', end: '2027-03-05' }]);
  });
});

describe('moving a phase', () => {
  const names = ['Brief', 'Concept', 'Design', 'Copy', 'Review'];
  const placed = scheduleForward(social, '2027-03-02', cal).map((d, i) => ({ ...d, name: names[i], dependsOn: social[i].dependsOn }));

  it('takes its dependants with it by the same working days, keeping lengths', () => {
    const r = movePhase(placed, 1, { start: '2027-03-09' }, cal); // Concept 3 working days later
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dates[0]).toEqual({ start: placed[0].start, end: placed[0].end });
    expect(r.dates[1]).toEqual({ start: '2027-03-09', end: '2027-03-12' }); // 9, 11, 12 (10th closed)
    expect(r.moved).toEqual([1, 2, 3, 4]);
    expect(r.shift).toEqual([0, 3, 3, 3, 3]);
    r.dates.forEach((d, i) => expect(cal.count(dayFromIso(d.start), dayFromIso(d.end))).toBe(social[i].durationDays));
    for (const [i, p] of social.entries()) for (const d of p.dependsOn) expect(r.dates[d].end < r.dates[i].start).toBe(true);
  });
  it('moved earlier, a dependant stays after its other dependency', () => {
    // Copy moves 1 day earlier than Design's end allows Review to… Review depends on Design, which didn't move.
    const r = movePhase(placed, 3, { start: '2027-03-09', end: '2027-03-09' }, cal);
    expect(r.ok && r.dates[4]).toEqual({ start: placed[4].start, end: placed[4].end });
  });
  it('refuses to start before a dependency has finished, naming both', () => {
    const r = movePhase(placed, 2, { start: '2027-03-05' }, cal);
    expect(r).toMatchObject({ ok: false, blocker: 1, message: "Design can't start before Concept has finished" });
  });
  it('a booking shifted by working days keeps its working days', () => {
    const moved = shiftSpan(cal, { start: '2027-03-03', end: '2027-03-09' }, 2); // Wed–Tue, 5 working days
    expect(moved).toEqual({ start: '2027-03-05', end: '2027-03-12' }); // Fri, Mon, Tue, (Wed closed), Thu, Fri
    expect(cal.count(dayFromIso(moved.start), dayFromIso(moved.end))).toBe(5);
  });
});

describe('editing phases after a campaign is made', () => {
  const names = ['Brief', 'Concept', 'Design', 'Copy', 'Review'];
  // Brief 2–3, Concept 4–8, Design 9–16 (10th closed), Copy 9–11, Review 17 March 2027.
  const placed = scheduleForward(social, '2027-03-02', cal).map((d, i) => ({ ...d, name: names[i], dependsOn: social[i].dependsOn }));

  it('a new phase starts the working day after the last phase it waits for, or on the first day', () => {
    expect(placeNewPhase(placed, [3], 3, '2027-03-02', cal)).toEqual({ start: '2027-03-12', end: '2027-03-16' }); // after Copy: Fri, Mon, Tue
    expect(placeNewPhase(placed, [2, 3], 1, '2027-03-02', cal)).toEqual({ start: '2027-03-17', end: '2027-03-17' });
    expect(placeNewPhase(placed, [], 2, '2027-03-06', cal)).toEqual({ start: '2027-03-08', end: '2027-03-09' }); // a Saturday: from Monday
    expect(placeNewPhase(placed, [0], 2, '2027-03-02', cal)).toEqual({ start: '2027-03-04', end: '2027-03-05' });
  });
  it('a longer phase pushes only what it now overlaps; the phase itself stays', () => {
    const r = editPhase(placed, 3, { durationDays: 6 }, cal); // Copy 9–17 (10th closed) now ends after Design
    expect(r.ok && r.dates[3]).toEqual({ start: '2027-03-09', end: '2027-03-17' });
    expect(r.ok && r.dates[4]).toEqual({ start: '2027-03-18', end: '2027-03-18' });
    expect(r.ok && r.moved).toEqual([3, 4]);
    expect(editPhase(placed, 3, { durationDays: 3 }, cal)).toMatchObject({ ok: true, moved: [3] }); // still ends before Design
  });
  it('waiting for a phase that ends later moves it after that phase, and pushes its dependants just past it; waiting for less moves nothing', () => {
    const r = editPhase(placed, 3, { dependsOn: [2] }, cal); // Copy after Design: 17–18; Review after both
    expect(r.ok && r.dates[3]).toEqual({ start: '2027-03-17', end: '2027-03-18' });
    expect(r.ok && r.dates[4]).toEqual({ start: '2027-03-19', end: '2027-03-19' });
    expect(r.ok && r.shift).toEqual([0, 0, 0, 5, 2]);
    expect(editPhase(placed, 4, { dependsOn: [3] }, cal)).toMatchObject({ ok: true, moved: [] });
  });
});

describe('handoffs', () => {
  it('late after the planned day, an SLA miss after the SLA, whether done or still open', () => {
    const h = (done: string | null) => ({ planned: '2027-03-05', slaDays: 2, done });
    // SLA: 2 working days after Friday 5 March → Tuesday 9 March.
    expect(handoffState(cal, h('2027-03-05'), '2027-04-01')).toBe('on_time');
    expect(handoffState(cal, h('2027-03-09'), '2027-04-01')).toBe('late');
    expect(handoffState(cal, h('2027-03-11'), '2027-04-01')).toBe('sla_missed');
    expect(handoffState(cal, h(null), '2027-03-05')).toBe('pending');
    expect(handoffState(cal, h(null), '2027-03-08')).toBe('overdue');
    expect(handoffState(cal, h(null), '2027-03-10')).toBe('overdue_sla');
    expect(countHandoffs(['on_time', 'late', 'sla_missed', 'pending', 'overdue', 'overdue_sla'])).toEqual({ total: 6, done: 3, late: 4, slaMissed: 2 });
  });
});
