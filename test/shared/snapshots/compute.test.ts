// A snapshot's figures computed straight from a capacity state, with no database: the people the
// filter keeps and the roles are handed in, as electron/snapshots/service.ts does.
import { describe, expect, it } from 'vitest';
import { buildCapacityState } from '@shared/capacity';
import type { SnapshotSettings } from '@shared/contract';
import { computeSnapshot } from '@shared/snapshots/compute';
import { headlineOf } from '@shared/snapshots/headline';
import { bookingOf, campaignOf, lineOf, patternOf, roleOf, talentOf, timeOffOf, workspaceOf } from '../capacity/fixtures';

const RANGE = { start: '2026-03-02', end: '2026-03-29' };
const designer = roleOf(1, { name: 'Designer', colour: '#3b5bdb', utilisationTarget: 75 });

/** Ada: staff, full time, the studio closed on Friday 13 March. Bo: a freelancer in euros, Mon–Wed 8 h, off 16–17 March. */
function studio() {
  const input = workspaceOf({
    range: RANGE,
    talent: [talentOf(1, { name: 'Ada' }), talentOf(2, { name: 'Bo', kind: 'freelancer', currency: 'EUR' })],
    patterns: [patternOf(1, '2020-01-01'), patternOf(2, '2020-01-01', [8, 8, 8, 0, 0, 0, 0])],
    closures: [{ id: 1, date: '2026-03-13', endDate: '2026-03-13', name: 'Studio away day', repeatsYearly: false }],
    timeOff: [timeOffOf(1, { talentId: 2, start: '2026-03-16', end: '2026-03-17' })],
    roles: [designer],
    campaigns: [campaignOf(1), campaignOf(2, { name: 'Spring pitch', status: 'pipeline', probability: 50 })],
    demandLines: [lineOf(1, { campaignId: 2, start: '2026-03-16', end: '2026-03-27', hours: 40 })],
    bookings: [
      bookingOf(1, { talentId: 1, start: '2026-03-04', end: '2026-03-06', hoursPerDay: 7.5 }),
      bookingOf(2, { talentId: 2, start: '2026-03-09', end: '2026-03-11', hoursPerDay: 4, status: 'tentative' }),
    ],
  });
  return buildCapacityState(input);
}

const settings = (filter: SnapshotSettings['filter'] = {}): SnapshotSettings => ({
  range: RANGE, requestedRange: RANGE, filter, weighting: 'weighted', includeOtherRoles: false, today: '2026-03-02',
});

describe('computeSnapshot', () => {
  it('gives each person their weekly capacity and booked hours, closures and time off taken out', () => {
    const state = studio();
    const everyone = [1, 2].map((id) => state.personIndexById.get(id)!).sort((a, b) => a - b);
    const { figures, counts } = computeSnapshot(state, settings(), { personIndexes: everyone, roles: [designer] });
    expect(figures.weeks).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
    const ada = figures.people.find((p) => p.name === 'Ada')!;
    const bo = figures.people.find((p) => p.name === 'Bo')!;
    expect(ada.capacity).toEqual([37.5, 30, 37.5, 37.5]);
    expect(ada.booked).toEqual([22.5, 0, 0, 0]);
    expect(bo.capacity).toEqual([24, 24, 8, 24]);
    expect(bo.booked).toEqual([0, 12, 0, 0]);
    expect(counts).toMatchObject({ people: 2, bookings: 2, roles: 1 });

    const [role] = figures.roles;
    expect(role).toMatchObject({ roleName: 'Designer', colour: '#3b5bdb', target: 75, people: 2, lines: 1 });
    expect(role.supply).toEqual([61.5, 54, 45.5, 61.5]);
    // The pitch's 40 h at 50 %, spread over its ten weekdays: 10 h a week, weighted.
    expect(role.demand).toEqual([0, 0, 10, 10]);
    expect(role.demandUnweighted).toEqual([0, 0, 20, 20]);

    const headline = headlineOf(figures, settings(), counts);
    expect(headline.capacity).toBe(61.5 + 54 + 45.5 + 61.5);
    expect(headline.utilisation).toBeCloseTo((22.5 + 12) / (61.5 + 54 + 45.5 + 61.5), 10);
  });

  it('narrowed to freelancers, sums the role from the people kept', () => {
    const state = studio();
    const bo = state.personIndexById.get(2)!;
    const { figures, counts } = computeSnapshot(state, settings({ kinds: ['freelancer'] }), { personIndexes: [bo], roles: [designer] });
    expect(figures.people.map((p) => p.name)).toEqual(['Bo']);
    expect(figures.roles[0].supply).toEqual([24, 24, 8, 24]);
    expect(figures.roles[0].booked).toEqual([0, 12, 0, 0]);
    expect(counts).toMatchObject({ people: 1, bookings: 1 });
  });
});
