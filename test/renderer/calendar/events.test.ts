import { describe, expect, it } from 'vitest';
import type { BookingView } from '@shared/contract';
import type { Talent } from '@shared/domain';
import { bookingEvent, dailyCountEvents, hoursLabel } from '../../../renderer/features/calendar/bookingEvents';
import { movedBooking, newDraft } from '../../../renderer/features/calendar/bookingDraft';
import { holidayEvents, placesOf, timeOffEvent } from '../../../renderer/features/calendar/contextEvents';
import { bookingQuery, noFilters, peopleInScope } from '../../../renderer/features/calendar/filters';
import { emptyLookups, type Lookups } from '../../../renderer/features/calendar/lookups';
import { tint } from '../../../renderer/features/calendar/colours';

const person = (id: number, name: string, roleId: number, other: number[] = [], country: string | null = null, region: string | null = null) =>
  ({ id, name, primaryRoleId: roleId, otherRoleIds: other, holidayCountry: country, holidayRegion: region }) as Talent;

const talent = [person(1, 'Ada', 10, [], 'GB', 'ENG'), person(2, 'Grace', 11, [10], 'DE', 'BY'), person(3, 'Linus', 11, [], 'GB', 'ENG')];
const lookups: Lookups = {
  ...emptyLookups,
  talent,
  talentById: new Map(talent.map((t) => [t.id, t])),
  campaigns: [],
  campaignById: new Map([[7, { id: 7, name: 'Spring', colour: '#0c8599' } as never]]),
};

const booking = (over: Partial<BookingView> = {}): BookingView => ({
  id: 1, talentId: 1, campaignId: 7, demandLineId: 3, start: '2030-01-07', end: '2030-01-10', hoursPerDay: 6, status: 'confirmed',
  note: 'Round 1', createdAt: 'c', updatedAt: 'u1', totalHours: 24, ...over,
});

describe('bookingEvent', () => {
  it('is an all-day event titled person · campaign · hours, ending the day after its last day', () => {
    const e = bookingEvent(booking(), lookups);
    expect(e).toMatchObject({ title: 'Ada · Spring · 6 h/d', start: '2030-01-07', end: '2030-01-11', allDay: true, backgroundColor: '#0c8599' });
    expect(e.classNames).toContain('cp-confirmed');
  });
  it('marks a tentative booking in its title, tooltip and class, on a lighter fill', () => {
    const e = bookingEvent(booking({ status: 'tentative' }), lookups);
    expect(e.title).toBe('Ada · Spring · 6 h/d · Tentative');
    expect(e.classNames).toContain('cp-tentative');
    expect(e.backgroundColor).toBe(tint('#0c8599', 0.82));
    expect((e.extendedProps as { tooltip: string }).tooltip).toContain('Tentative');
  });
  it('formats hours without noise', () => {
    expect(hoursLabel(7.5)).toBe('7.5 h/d');
    expect(hoursLabel(1 / 3)).toBe('0.33 h/d');
  });
});

describe('dailyCountEvents', () => {
  it('counts the bookings touching each day, clipped to the range', () => {
    const events = dailyCountEvents([booking({ start: '2030-01-01', end: '2030-01-03' }), booking({ start: '2030-01-03', end: '2030-01-20' })], '2030-01-02', '2030-01-04');
    expect(events.map((e) => [e.start, e.title])).toEqual([
      ['2030-01-02', '1 booking'],
      ['2030-01-03', '2 bookings'],
      ['2030-01-04', '1 booking'],
    ]);
  });
});

describe('filters', () => {
  it('limits people by person, else by role (primary or other), else not at all', () => {
    expect(peopleInScope({ ...noFilters, talentId: 3, roleId: 10 }, lookups)).toEqual([3]);
    expect(peopleInScope({ ...noFilters, roleId: 10 }, lookups)).toEqual([1, 2]);
    expect(peopleInScope(noFilters, lookups)).toBeNull();
  });
  it('asks bookings:list for the range under the filters', () => {
    expect(bookingQuery({ talentId: null, roleId: 11, campaignId: 7, status: 'tentative' }, lookups, '2030-01-01', '2030-01-31')).toEqual({
      from: '2030-01-01', to: '2030-01-31', talentIds: [2, 3], campaignIds: [7], statuses: ['tentative'],
    });
    expect(bookingQuery(noFilters, lookups, 'a', 'b')).toEqual({ from: 'a', to: 'b' });
  });
});

describe('drafts', () => {
  it('takes the person and campaign from the filters, and the staffed line first', () => {
    expect(newDraft('2030-01-07', '2030-01-08', { ...noFilters, talentId: 2, campaignId: 5 })).toMatchObject({ talentId: 2, campaignId: 5, demandLineId: null });
    expect(newDraft('2030-01-07', '2030-01-08', { ...noFilters, campaignId: 5 }, { campaignId: 7, demandLineId: 3 })).toMatchObject({ campaignId: 7, demandLineId: 3 });
  });
  it('moves a booking with all its fields kept', () => {
    expect(movedBooking(booking(), '2030-01-14', '2030-01-17')).toEqual({
      id: 1, talentId: 1, campaignId: 7, demandLineId: 3, start: '2030-01-14', end: '2030-01-17', hoursPerDay: 6, status: 'confirmed', note: 'Round 1', expectedUpdatedAt: 'u1',
    });
  });
});

describe('context events', () => {
  it('names the person and the kind of time off', () => {
    const e = timeOffEvent({ id: 4, talentId: 1, start: '2030-01-23', end: '2030-01-24', hoursPerDay: null, type: 'vacation', note: '' }, lookups);
    expect(e).toMatchObject({ title: 'Ada — vacation', start: '2030-01-23', end: '2030-01-25' });
  });
  it('merges a holiday shared by several places into one labelled background event', () => {
    const events = holidayEvents([
      { date: '2030-01-01', name: "New Year's Day", country: 'GB', region: 'ENG' },
      { date: '2030-01-01', name: "New Year's Day", country: 'DE', region: 'BY' },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ display: 'background', title: "New Year's Day (GB-ENG, DE-BY)" });
  });
  it('finds the distinct holiday places of the people shown', () => {
    expect(placesOf([1, 2, 3], lookups)).toEqual([{ country: 'GB', region: 'ENG' }, { country: 'DE', region: 'BY' }]);
  });
});

