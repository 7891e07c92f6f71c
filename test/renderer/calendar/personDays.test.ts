import { describe, expect, it } from 'vitest';
import type { BookingView } from '@shared/contract';
import type { Talent } from '@shared/domain';
import { overallocatedByDay, overallocationLabel } from '../../../renderer/features/calendar/contextEvents';
import { emptyLookups, type Lookups } from '../../../renderer/features/calendar/lookups';
import { bookingPieces, markedDays, personDayShades, type PersonDay, type PersonDays } from '../../../renderer/features/calendar/personDays';
import { isoDaysIn, weekdayIso } from '@shared/dates';

// A Mon/Wed/Fri part-timer (6 h) whose contract ends on Wednesday 23 January 2030, with a holiday
// on Monday 14 and Friday 18 off sick; the figures as capacity:grid gives them one day a bucket.
const HOLIDAY = '2030-01-14';
const SICK = '2030-01-18';
function day(date: string, booked = 0): PersonDay {
  const working = [0, 2, 4].includes(weekdayIso(date));
  const outside = date > '2030-01-23';
  const capacity = working && !outside && date !== HOLIDAY && date !== SICK ? 6 : 0;
  return { date, capacity, booked, outside };
}
const person = (booked: Record<string, number> = {}): PersonDays => ({
  talentId: 1,
  days: isoDaysIn('2030-01-06', '2030-02-02', 100).map((d) => day(d, booked[d] ?? 0)),
});

const booking = (over: Partial<BookingView>): BookingView => ({
  id: 4, talentId: 1, campaignId: 7, demandLineId: null, start: '2030-01-07', end: '2030-01-11', hoursPerDay: 6, status: 'confirmed',
  note: '', createdAt: 'c', updatedAt: 'u', totalHours: 18, ...over,
});

describe('the Calendar filtered to one person', () => {
  it('draws a Mon–Fri booking only on a Mon/Wed/Fri part-timer’s working days', () => {
    expect(bookingPieces(booking({}), person())).toEqual([
      { start: '2030-01-07', end: '2030-01-07' },
      { start: '2030-01-09', end: '2030-01-09' },
      { start: '2030-01-11', end: '2030-01-11' },
    ]);
  });
  it('skips a holiday, but keeps a day off sick or outside the contract where the core shows hours booked', () => {
    const b = booking({ start: '2030-01-14', end: '2030-01-25' });
    const pieces = bookingPieces(b, person({ '2030-01-16': 6, [SICK]: 6, '2030-01-21': 6, '2030-01-23': 6, '2030-01-25': 6 }));
    expect(pieces.map((p) => `${p.start}..${p.end}`)).toEqual(['2030-01-16..2030-01-16', '2030-01-18..2030-01-18', '2030-01-21..2030-01-21', '2030-01-23..2030-01-23', '2030-01-25..2030-01-25']);
  });
  it('draws a weekend-only booking whole, and keeps pieces open beyond the range in view', () => {
    expect(bookingPieces(booking({ start: '2030-01-12', end: '2030-01-13' }), person())).toEqual([{ start: '2030-01-12', end: '2030-01-13' }]);
    const long = booking({ start: '2029-12-01', end: '2030-01-09' });
    // The range in view opens on Sunday 6 (not a working day): nothing runs into it.
    expect(bookingPieces(long, person())).toEqual([{ start: '2030-01-07', end: '2030-01-07' }, { start: '2030-01-09', end: '2030-01-09' }]);
    // Opening on Monday 7, the first piece runs on from before it.
    const fromMonday = { talentId: 1, days: person().days.slice(1) };
    expect(bookingPieces(long, fromMonday)[0]).toEqual({ start: '2029-12-01', end: '2030-01-07' });
  });
  it('shades non-working days and the days outside the contract, not days with a mark of their own', () => {
    const p = person();
    const marked = markedDays([{ id: 1, talentId: 1, start: SICK, end: SICK, type: 'sick', hoursPerDay: null, note: '' }], [HOLIDAY], [], p.days.map((d) => d.date));
    const shades = personDayShades(p, 'Ada', marked);
    const outside = shades.filter((s) => s.classNames?.includes('cp-outside'));
    expect(outside).toEqual([expect.objectContaining({ start: '2030-01-24', end: '2030-02-03', title: 'Not under contract' })]);
    const off = shades.filter((s) => s.classNames?.includes('cp-non-working')).map((s) => `${String(s.start)}..${String(s.end)}`);
    // Sun 6, Tue 8, Thu 10 – Sun 13 (Sat and Sun run on), Tue 15, Thu 17, Sat 19 – Sun 20, Tue 22; not Mon 14 or Fri 18.
    expect(off).toEqual(['2030-01-06..2030-01-07', '2030-01-08..2030-01-09', '2030-01-10..2030-01-11', '2030-01-12..2030-01-14', '2030-01-15..2030-01-16', '2030-01-17..2030-01-18', '2030-01-19..2030-01-21', '2030-01-22..2030-01-23']);
  });
});

describe('over-allocated days', () => {
  const talent = [{ id: 1, name: 'Ada' }, { id: 2, name: 'Grace' }] as Talent[];
  const lookups: Lookups = { ...emptyLookups, talent, talentById: new Map(talent.map((t) => [t.id, t])) };
  it('counts each person once a day, within the range in view, names sorted', () => {
    const byDay = overallocatedByDay(
      [
        { talentId: 2, start: '2030-01-01', end: '2030-01-08', message: '' },
        { talentId: 1, start: '2030-01-07', end: '2030-01-07', message: '' },
        { talentId: 1, start: '2030-01-07', end: '2030-01-09', message: '' },
      ],
      lookups,
      '2030-01-06',
      '2030-01-12',
    );
    expect([...byDay]).toEqual([
      ['2030-01-06', ['Grace']],
      ['2030-01-07', ['Ada', 'Grace']],
      ['2030-01-08', ['Ada', 'Grace']],
      ['2030-01-09', ['Ada']],
    ]);
    expect(overallocationLabel('2030-01-07', ['Ada', 'Grace']).tooltip).toMatch(/^2 people over-allocated on .+: Ada, Grace$/);
  });
});
