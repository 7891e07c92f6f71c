// Reports over the state: demand/supply/shortfall per role and week, cost, grid, warnings.

import { describe, expect, it } from 'vitest';
import {
  missingRates,
  buildCapacityState,
  campaignCosts,
  checkBookingChange,
  demandLineFigures,
  freeHoursByWeek,
  freeHoursInWindow,
  overAllocationRuns,
  personIndexOf,
  personUtilisationTarget,
  removeTimeOff,
  roleWeekReport,
  upsertTimeOff,
  utilisationGrid,
  utilisationOf,
  weekIndexOf,
  type CapacityState,
  type RoleWeekQuery,
} from '@shared/capacity/index';
import { bookingOf, campaignOf, lineOf, patternOf, roleOf, talentOf, timeOffOf, workspaceOf } from './fixtures';

function roleWeek(state: CapacityState, roleId: number, weekStart: string, query: RoleWeekQuery = {}) {
  const row = roleWeekReport(state, query).find((r) => r.roleId === roleId && r.weekStart === weekStart);
  if (!row) throw new Error(`no row for role ${roleId} week ${weekStart}`);
  return row;
}

describe('demand per role and week', () => {
  const input = workspaceOf({
    closures: [{ id: 1, date: '2026-03-11', endDate: '2026-03-11', name: 'Closed', repeatsYearly: false }],
    roles: [roleOf(1), roleOf(2)],
    campaigns: [
      campaignOf(1, { status: 'pipeline', probability: 40 }),
      campaignOf(2, { status: 'confirmed' }),
      campaignOf(3, { status: 'cancelled' }),
      campaignOf(4, { status: 'done' }),
      campaignOf(5, { status: 'lost', probability: 0 }),
      campaignOf(6, { status: 'on_hold', probability: 70 }),
    ],
    demandLines: [
      lineOf(1, { campaignId: 1, roleId: 1, hours: 100, start: '2026-03-02', end: '2026-03-06' }),
      lineOf(2, { campaignId: 2, roleId: 2, hours: 90, start: '2026-03-09', end: '2026-03-13' }),
      lineOf(3, { campaignId: 3, roleId: 2, hours: 500, start: '2026-03-02', end: '2026-03-13' }),
      lineOf(4, { campaignId: 4, roleId: 2, hours: 500, start: '2026-03-02', end: '2026-03-13' }),
      lineOf(7, { campaignId: 5, roleId: 2, hours: 300, start: '2026-03-02', end: '2026-03-13' }),
      lineOf(8, { campaignId: 6, roleId: 2, hours: 200, start: '2026-03-02', end: '2026-03-13' }),
      lineOf(5, { campaignId: 2, roleId: null, hours: 14, start: '2026-03-21', end: '2026-03-22' }),
      lineOf(6, { campaignId: 2, roleId: 1, hours: 100, start: '2026-03-16', end: '2026-03-27' }),
    ],
    bookings: [bookingOf(1, { demandLineId: 6, campaignId: 2, start: '2026-03-16', end: '2026-03-20', hoursPerDay: 4 })],
  });
  const state = buildCapacityState(input);

  it.each([
    ['pipeline counts at probability/100', 1, '2026-03-02', {}, 40],
    ['the unweighted flag gives the full figure', 1, '2026-03-02', { weighted: false }, 100],
    ['spread over studio working days (a closure is skipped)', 2, '2026-03-09', {}, 90],
    ['cancelled, done, lost and on-hold campaigns contribute nothing', 2, '2026-03-02', {}, 0],
    ['… not even unweighted', 2, '2026-03-02', { weighted: false }, 0],
    ['a window with only weekend days spreads over every day; no role → −1', -1, '2026-03-16', {}, 14],
    ['booked hours against the line reduce it: (100 − 20) / 2 weeks', 1, '2026-03-16', {}, 40],
    ['… in both weeks', 1, '2026-03-23', {}, 40],
  ])('%s', (_, roleId, week, query, demand) => {
    expect(roleWeek(state, roleId, week, query).demand).toBeCloseTo(demand, 9);
  });

  it('reports booked and open hours per line', () => {
    expect(demandLineFigures(state).find((l) => l.demandLineId === 6)).toEqual({
      demandLineId: 6,
      hours: 100,
      booked: 20,
      open: 80,
    });
  });
});

describe('open demand goes on the days its role can work', () => {
  // Role 1's only holder is away Monday to Wednesday of the first week: the line's 40 h over two
  // weeks (10 weekdays) go on the 7 days left, 2 in the first week and 5 in the second.
  const away = timeOffOf(1, { talentId: 1, start: '2026-03-02', end: '2026-03-04' });
  const base = {
    demandLines: [lineOf(1, { roleId: 1, hours: 40, start: '2026-03-02', end: '2026-03-13' })],
    roles: [roleOf(1), roleOf(2)],
  };
  const demand = (state: CapacityState) => [roleWeek(state, 1, '2026-03-02').demand, roleWeek(state, 1, '2026-03-09').demand];

  it('skips days when nobody holding the role has capacity', () => {
    const state = buildCapacityState(workspaceOf({ ...base, timeOff: [away] }));
    const [first, second] = demand(state);
    expect(first).toBeCloseTo((40 * 2) / 7, 9);
    expect(second).toBeCloseTo((40 * 5) / 7, 9);
  });
  it('counts a day when someone holds the role as another role', () => {
    const state = buildCapacityState(
      workspaceOf({ ...base, timeOff: [away], talent: [talentOf(1), talentOf(2, { primaryRoleId: 2, otherRoleIds: [1] })], patterns: [patternOf(1, '2020-01-01'), patternOf(2, '2020-01-01')] }),
    );
    expect(demand(state)).toEqual([20, 20]);
  });
  it('falls back to the studio working days when no day of the window qualifies', () => {
    const gone = timeOffOf(1, { talentId: 1, start: '2026-03-02', end: '2026-03-13' });
    expect(demand(buildCapacityState(workspaceOf({ ...base, timeOff: [gone] })))).toEqual([20, 20]);
  });
  it('moves with time off added or removed one at a time, as a rebuild has it', () => {
    const state = buildCapacityState(workspaceOf(base));
    expect(demand(state)).toEqual([20, 20]);
    upsertTimeOff(state, away);
    const rebuilt = demand(buildCapacityState(workspaceOf({ ...base, timeOff: [away] })));
    demand(state).forEach((d, w) => expect(d).toBeCloseTo(rebuilt[w], 9));
    removeTimeOff(state, away.id);
    demand(state).forEach((d) => expect(d).toBeCloseTo(20, 9));
  });
});

describe('supply, free capacity and shortfall per role and week', () => {
  const input = workspaceOf({
    talent: [talentOf(1, { primaryRoleId: 1 }), talentOf(2, { primaryRoleId: 2, otherRoleIds: [1] })],
    patterns: [patternOf(1, '2020-01-01'), patternOf(2, '2020-01-01')],
    roles: [roleOf(1), roleOf(2)],
    demandLines: [lineOf(1, { roleId: 1, hours: 100, start: '2026-03-02', end: '2026-03-06' })],
    bookings: [
      // 10 h on Monday only: free is floored at 0 that day, so the week's free is 4 × 7.5.
      bookingOf(1, { talentId: 1, campaignId: 2, start: '2026-03-02', end: '2026-03-02', hoursPerDay: 10 }),
      bookingOf(2, { talentId: 2, campaignId: 2, start: '2026-03-03', end: '2026-03-03', hoursPerDay: 5, status: 'tentative' }),
    ],
  });
  const state = buildCapacityState(input);

  it('counts people whose primary role it is', () => {
    expect(roleWeek(state, 1, '2026-03-02')).toMatchObject({ supply: 37.5, free: 30, demand: 100, shortfall: 70 });
  });
  it('with the flag, people listing it among other roles count too', () => {
    expect(roleWeek(state, 1, '2026-03-02', { includeOtherRoles: true })).toMatchObject({
      supply: 75,
      free: 30 + 32.5,
      shortfall: 100 - 62.5,
    });
  });
  it('a surplus is a negative shortfall', () => {
    expect(roleWeek(state, 2, '2026-03-02')).toMatchObject({ supply: 37.5, free: 32.5, demand: 0, shortfall: -32.5 });
  });
});

describe('campaign cost', () => {
  const money = {
    reportingCurrency: 'GBP',
    rates: [
      { fromCurrency: 'GBP', toCurrency: 'USD', rate: 1.25, effectiveFrom: '2026-01-01' },
      { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.85, effectiveFrom: '2026-01-01' },
    ],
  };
  const input = (withRates: boolean) =>
    workspaceOf({
      talent: [talentOf(1, { costRate: 50 }), talentOf(2, { costRate: 100, currency: 'EUR' })],
      patterns: [patternOf(1, '2020-01-01'), patternOf(2, '2020-01-01')],
      campaigns: [campaignOf(1, { budget: 3000, currency: 'USD' })],
      bookings: [
        bookingOf(1, { talentId: 1, start: '2026-03-02', end: '2026-03-06' }),
        bookingOf(2, { talentId: 2, start: '2026-03-02', end: '2026-03-02', hoursPerDay: 4, status: 'tentative' }),
      ],
      money: withRates ? money : { reportingCurrency: 'GBP', rates: [] },
    });

  it('is booked hours × cost rate, converted on each day into the campaign currency and the reporting currency', () => {
    const gbpCost = 37.5 * 50;
    const eurCost = 4 * 100;
    expect(campaignCosts(buildCapacityState(input(true)))).toEqual([
      {
        campaignId: 1,
        currency: 'USD',
        budget: 3000,
        confirmedHours: 37.5,
        tentativeHours: 4,
        confirmedCost: gbpCost * 1.25,
        tentativeCost: eurCost * 0.85 * 1.25,
        plannedCost: gbpCost * 1.25 + eurCost * 0.85 * 1.25,
        remaining: 3000 - (gbpCost * 1.25 + eurCost * 0.85 * 1.25),
        overBudget: false,
        missingHours: 0,
        reportingCurrency: 'GBP',
        confirmedCostReporting: gbpCost,
        tentativeCostReporting: eurCost * 0.85,
        plannedCostReporting: gbpCost + eurCost * 0.85,
        budgetReporting: 3000 / 1.25,
        missingReportingHours: 0,
      },
    ]);
  });

  it('leaves hours without a rate out of the cost and counts them, never converting at 1', () => {
    const state = buildCapacityState(input(false));
    expect(campaignCosts(state)[0]).toMatchObject({ plannedCost: 0, missingHours: 41.5, plannedCostReporting: 37.5 * 50, missingReportingHours: 4, budgetReporting: null });
    expect(missingRates(state).map((m) => [m.fromCurrency, m.toCurrency, m.hours, m.rateFrom])).toEqual([
      ['GBP', 'USD', 37.5, null],
      ['EUR', 'GBP', 4, null],
      ['EUR', 'USD', 4, null],
    ]);
  });
});

describe('utilisation', () => {
  const state = buildCapacityState(
    workspaceOf({
      talent: [talentOf(1, { utilisationTarget: 65 }), talentOf(2, { primaryRoleId: 7 })],
      patterns: [patternOf(1, '2020-01-01'), patternOf(2, '2020-01-01')],
      roles: [roleOf(1, { utilisationTarget: 80 })],
    }),
  );
  it.each<[number, number | null, string]>([
    [1, 65, "the person's own target"],
    [2, null, 'no target when the role is unknown'],
  ])('person %i has target %s (%s)', (id, target) => {
    expect(personUtilisationTarget(state, personIndexOf(state, id))).toBe(target);
  });
  it('falls back to the primary role', () => {
    const s = buildCapacityState(workspaceOf({ roles: [roleOf(1, { utilisationTarget: 80 })] }));
    expect(personUtilisationTarget(s, 0)).toBe(80);
  });
  it.each([
    [30, 37.5, 0.8],
    [0, 0, null],
    [5, 0, null],
  ])('utilisationOf(%d, %d) = %s', (booked, cap, u) => expect(utilisationOf(booked, cap)).toBe(u));
});

describe('utilisationGrid', () => {
  const input = workspaceOf({
    range: { start: '2026-02-25', end: '2026-03-31' },
    talent: [
      talentOf(1, { kind: 'staff', tags: ['senior'], skills: [{ skillId: 3, level: 4 }] }),
      talentOf(2, { kind: 'freelancer', primaryRoleId: 2, otherRoleIds: [1], skills: [{ skillId: 3, level: 2 }] }),
    ],
    patterns: [patternOf(1, '2020-01-01'), patternOf(2, '2020-01-01')],
    roles: [roleOf(1), roleOf(2)],
    bookings: [
      bookingOf(1, { talentId: 1, start: '2026-02-26', end: '2026-03-03', hoursPerDay: 2 }),
      bookingOf(2, { talentId: 1, start: '2026-03-02', end: '2026-03-02', hoursPerDay: 1, status: 'tentative' }),
    ],
  });
  const state = buildCapacityState(input);

  it.each([
    ['day', 35, [7.5, 0, 0]], // Wed 25 Feb; the booking starts on Thursday
    ['week', 6, [22.5, 4, 0]], // Wed 25 Feb – Sun 1 Mar (partial first week)
    ['month', 2, [22.5, 4, 0]], // 25–28 Feb
  ] as const)('bucket %s: %i columns, first cell of person 1', (bucket, columns, first) => {
    const grid = utilisationGrid(state, { bucket, filter: { roleId: 1 } });
    expect(grid.buckets).toHaveLength(columns);
    expect(grid.talentIds).toEqual([1]);
    expect([grid.capacity[0], grid.confirmed[0], grid.tentative[0]]).toEqual(first);
  });

  it('a whole week bucket', () => {
    const grid = utilisationGrid(state, { bucket: 'week', range: { start: '2026-03-02', end: '2026-03-15' } });
    expect(grid.buckets[0]).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect([grid.capacity[0], grid.confirmed[0], grid.tentative[0]]).toEqual([37.5, 4, 1]);
  });

  it.each([
    [{ roleId: 1 }, [1]],
    [{ roleId: 1, includeOtherRoles: true }, [1, 2]],
    [{ kind: 'freelancer' as const }, [2]],
    [{ tag: 'senior' }, [1]],
    [{ skill: { skillId: 3, minLevel: 3 } }, [1]],
    [{ skill: { skillId: 3, minLevel: 2 } }, [1, 2]],
    [{}, [1, 2]],
  ])('filter %j selects %j', (filter, ids) => {
    expect(utilisationGrid(state, { bucket: 'month', filter }).talentIds).toEqual(ids);
  });
});

describe('over-allocation', () => {
  const input = workspaceOf({
    bookings: [
      bookingOf(1, { start: '2026-03-02', end: '2026-03-06' }),
      bookingOf(2, { start: '2026-03-03', end: '2026-03-05', hoursPerDay: 3 }),
      bookingOf(3, { start: '2026-03-10', end: '2026-03-10', hoursPerDay: 2 }),
    ],
    timeOff: [timeOffOf(1, { start: '2026-03-10', end: '2026-03-10', hoursPerDay: 6 })],
  });
  const state = buildCapacityState(input);

  it('lists runs of consecutive over-allocated days with a message', () => {
    const runs = overAllocationRuns(state, { messages: true });
    expect(runs.map((r) => [r.talentId, r.start, r.end, r.message])).toEqual([
      [1, '2026-03-03', '2026-03-05', '10.5 h booked of 7.5 h on 3, 4 and 5 March'],
      [1, '2026-03-10', '2026-03-10', '2 h booked of 1.5 h on 10 March'],
    ]);
    expect(runs[0].days[1]).toEqual({ date: '2026-03-04', booked: 10.5, capacity: 7.5 });
  });

  it('within a range', () => {
    const runs = overAllocationRuns(state, { range: { start: '2026-03-04', end: '2026-03-09' } });
    expect(runs.map((r) => [r.start, r.end, r.message])).toEqual([['2026-03-04', '2026-03-05', undefined]]);
  });

  it('checkBookingChange: which days a new booking would over-allocate', () => {
    const check = checkBookingChange(state, bookingOf(10, { start: '2026-03-06', end: '2026-03-09', hoursPerDay: 1 }));
    // Friday 6 March goes to 8.5 h; Monday 9 March (1 h of 7.5 h) is fine.
    expect(check.days).toEqual([{ date: '2026-03-06', booked: 8.5, capacity: 7.5, alreadyOver: false }]);
    expect(check.message).toBe('8.5 h booked of 7.5 h on 6 March');
    expect(check.totalHours).toBe(2);
  });

  it('checkBookingChange: a changed booking does not count its old self', () => {
    const moved = checkBookingChange(state, bookingOf(2, { start: '2026-03-16', end: '2026-03-17', hoursPerDay: 3 }));
    expect(moved.days).toEqual([]);
    expect(moved.message).toBeNull();
    const bigger = checkBookingChange(state, bookingOf(2, { start: '2026-03-03', end: '2026-03-03', hoursPerDay: 4 }));
    expect(bigger.days).toEqual([{ date: '2026-03-03', booked: 11.5, capacity: 7.5, alreadyOver: true }]);
  });
});

describe('free hours for the staffing solver', () => {
  const state = buildCapacityState(
    workspaceOf({
      bookings: [
        bookingOf(1, { start: '2026-03-02', end: '2026-03-02', hoursPerDay: 10 }),
        bookingOf(2, { start: '2026-03-10', end: '2026-03-11', hoursPerDay: 2.5, status: 'tentative' }),
      ],
    }),
  );
  it('per week (free is floored at 0 per day)', () => {
    const w0 = weekIndexOf(state, '2026-03-02');
    expect(Array.from(freeHoursByWeek(state, 0, w0 - 1, w0 + 1))).toEqual([0, 30, 32.5]);
  });
  it('in a window', () => {
    expect(freeHoursInWindow(state, 0, '2026-03-02', '2026-03-10')).toBe(30 + 7.5 + 5);
    expect(freeHoursInWindow(state, 0, '2026-02-01', '2026-03-02')).toBe(0);
  });
});
