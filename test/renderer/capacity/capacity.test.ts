import { describe, expect, it } from 'vitest';
import type { BookingView, CapacityGrid, RoleWeek } from '@shared/contract';
import { bookingHoursIn, countsEveryDay } from '../../../renderer/features/capacity/cellDetail';
import { EMPTY_FILTER, isFilterActive, toContractFilter } from '../../../renderer/features/capacity/filter';
import { PAGE_ROWS, pagesHolding, pagesOfRows, rowAt, rowsOfPage, type HeatmapGrid } from '../../../renderer/features/capacity/gridPages';
import { weekStartIso as mondayOf } from '@shared/dates';
import { resolveRange, weeksFrom } from '../../../renderer/features/capacity/range';
import { roleSeries, worstShortfalls } from '../../../renderer/features/capacity/roleSeries';

describe('range', () => {
  it('starts presets on this week’s Monday and counts whole weeks', () => {
    expect(mondayOf('2030-01-15')).toBe('2030-01-14');
    expect(mondayOf('2030-01-20')).toBe('2030-01-14'); // a Sunday
    expect(weeksFrom('2030-01-15', 4)).toEqual({ start: '2030-01-14', end: '2030-02-10' });
    expect(resolveRange({ kind: 'weeks', weeks: 52 }, '2030-01-15')).toEqual({ start: '2030-01-14', end: '2031-01-12' });
  });
  it('orders and caps custom dates', () => {
    expect(resolveRange({ kind: 'custom', start: '2030-03-01', end: '2030-02-01' }, '2030-01-15')).toEqual({ start: '2030-02-01', end: '2030-03-01' });
    expect(resolveRange({ kind: 'custom', start: '2030-01-01', end: '2040-01-01' }, '2030-01-15').end).toBe('2033-01-04');
  });
});

describe('filter', () => {
  it('sends only what is set', () => {
    expect(toContractFilter(EMPTY_FILTER)).toEqual({});
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    const f = { ...EMPTY_FILTER, roleId: 3, includeOtherRoles: true, skillId: 2, minLevel: 3, kinds: ['staff' as const], tag: ' lead ', text: '' };
    expect(toContractFilter(f)).toEqual({ roleId: 3, includeOtherRoles: true, skillId: 2, minLevel: 3, kinds: ['staff'], tag: 'lead' });
    expect(toContractFilter({ ...EMPTY_FILTER, includeOtherRoles: true })).toEqual({});
  });
});

const person = (id: number) => ({ id, name: `P${id}`, kind: 'staff' as const, primaryRoleId: 1, team: null, target: 80 });
function fakeGrid(offset: number, limit: number, total: number, B = 2): CapacityGrid {
  const n = Math.max(0, Math.min(limit, total - offset));
  return {
    totalRows: total,
    offset,
    people: Array.from({ length: n }, (_, i) => person(offset + i + 1)),
    buckets: Array.from({ length: B }, (_, c) => ({ start: `2030-01-0${c + 1}`, end: `2030-01-0${c + 1}` })),
    capacity: Array.from({ length: n * B }, () => 8),
    confirmed: Array.from({ length: n * B }, (_, i) => i % B),
    tentative: Array.from({ length: n * B }, () => 1),
    free: Array.from({ length: n * B }, (_, i) => 7 - (i % B)),
    inactive: Array.from({ length: n * B }, () => 0),
  };
}

describe('GridPages', () => {
  it('splits a page into rows with totals', () => {
    const [row] = rowsOfPage(fakeGrid(0, 1, 1, 3));
    expect(Array.from(row.confirmed)).toEqual([0, 1, 2]);
    expect(row.total).toEqual({ capacity: 24, confirmed: 3, tentative: 3, free: 18 });
  });
  it('finds rows by page, the pages of a window of rows, and the loaded pages holding some people', () => {
    const grid: HeatmapGrid = { key: '', meta: { totalRows: 150, buckets: [] }, pages: [], loadedCount: 0, loading: false, error: null };
    grid.pages[0] = rowsOfPage(fakeGrid(0, PAGE_ROWS, 150));
    grid.pages[2] = rowsOfPage(fakeGrid(PAGE_ROWS * 2, PAGE_ROWS, 150));
    expect(rowAt(grid, 5)?.person.id).toBe(6);
    expect(rowAt(grid, PAGE_ROWS + 1)).toBeUndefined();
    expect(rowAt(grid, PAGE_ROWS * 2 + 3)?.person.id).toBe(PAGE_ROWS * 2 + 4);
    expect(pagesOfRows(PAGE_ROWS - 5, PAGE_ROWS * 2 + 5, 150)).toEqual([0, 1, 2]);
    expect(pagesOfRows(PAGE_ROWS * 2, PAGE_ROWS * 9, 150)).toEqual([2]); // only pages that exist
    expect(pagesOfRows(0, 30, undefined)).toEqual([0]);
    expect(pagesHolding(grid, undefined)).toEqual([0, 2]);
    expect(pagesHolding(grid, [PAGE_ROWS * 2 + 10, 9999])).toEqual([2]);
    expect(pagesHolding(grid, [PAGE_ROWS + 1])).toEqual([]); // page 1 is not loaded
  });
});

const booking = (id: number, start: string, end: string, hoursPerDay: number, totalHours: number): BookingView => ({
  id, talentId: 1, campaignId: 1, demandLineId: null, start, end, hoursPerDay, status: 'confirmed', note: '', createdAt: '', updatedAt: '', totalHours,
});

describe('bookingHoursIn', () => {
  // Mon 2030-01-14 .. Sun 2030-01-20; Thursday is time off (no capacity but a working day).
  const days = [
    { date: '2030-01-14', capacity: 8, booked: 4 },
    { date: '2030-01-15', capacity: 8, booked: 10 },
    { date: '2030-01-16', capacity: 8, booked: 10 },
    { date: '2030-01-17', capacity: 0, booked: 10 },
    { date: '2030-01-18', capacity: 8, booked: 4 },
    { date: '2030-01-19', capacity: 0, booked: 0 },
    { date: '2030-01-20', capacity: 0, booked: 0 },
  ];
  it('counts working days for bookings that span weekends, and time-off days too', () => {
    const a = booking(1, '2030-01-07', '2030-01-27', 4, 60); // 15 working days of 21
    const b = booking(2, '2030-01-15', '2030-01-17', 6, 18);
    expect(countsEveryDay(a)).toBe(false);
    expect(countsEveryDay(b)).toBe(true);
    const hours = bookingHoursIn(days, [a, b]);
    expect(hours.get(1)).toBe(20);
    expect(hours.get(2)).toBe(18);
    expect((hours.get(1) ?? 0) + (hours.get(2) ?? 0)).toBe(days.reduce((s, d) => s + d.booked, 0));
  });
  it('counts every day for a booking that covers no working day', () => {
    const weekend = booking(3, '2030-01-19', '2030-01-20', 5, 10);
    const hours = bookingHoursIn([{ date: '2030-01-19', capacity: 0, booked: 5 }, { date: '2030-01-20', capacity: 0, booked: 5 }], [weekend]);
    expect(hours.get(3)).toBe(10);
  });
});

describe('roleSeries and worstShortfalls', () => {
  const rw = (roleId: number, weekStart: string, shortfall: number): RoleWeek => ({ roleId, roleName: `R${roleId}`, weekStart, demand: 10, supply: 40, free: 10 - shortfall, booked: 30, shortfall });
  const rows = [rw(1, '2030-01-21', -5), rw(1, '2030-01-14', 12.34), rw(2, '2030-01-14', 3), rw(2, '2030-01-21', 20)];
  it('groups by role with weeks in order and shortfall floored at zero', () => {
    const series = roleSeries(rows);
    expect(series.map((s) => s.roleId)).toEqual([1, 2]);
    expect(series[0].points.map((p) => [p.weekStart, p.shortfall])).toEqual([['2030-01-14', 12.3], ['2030-01-21', 0]]);
    expect(series[1].peakShortfall).toBe(20);
  });
  it('lists the worst shortfalls first', () => {
    expect(worstShortfalls(rows, 2).map((r) => [r.roleId, r.weekStart])).toEqual([[2, '2030-01-21'], [1, '2030-01-14']]);
  });
  it('never lists demand with no role yet (role −1) as a shortfall, however large', () => {
    const noRole = { ...rw(-1, '2030-01-14', 132), roleName: 'No role yet', demand: 132, supply: 0, free: 0 };
    expect(worstShortfalls([...rows, noRole], 10).map((r) => r.roleId)).not.toContain(-1);
    expect(roleSeries([noRole])[0].totalDemand).toBe(132);
  });
});
