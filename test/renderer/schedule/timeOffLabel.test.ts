import { describe, expect, it } from 'vitest';
import { dayFromIso } from '@shared/dates';
import { labelRun, labelText } from '../../../renderer/features/schedule/timeOffLabel';

const d = dayFromIso;

describe('a time-off bar’s label', () => {
  it('goes on the longest run of its days no booking covers', () => {
    // Sick Monday 21 to Friday 25; a booking over Tuesday and Wednesday; another on Friday.
    const booked: [number, number][] = [
      [d('2030-01-22'), d('2030-01-23')],
      [d('2030-01-25'), d('2030-01-28')],
    ];
    expect(labelRun(d('2030-01-21'), d('2030-01-25'), booked)).toEqual({ start: d('2030-01-21'), days: 1 });
    // Sick Wednesday 23 to Sunday 27, Friday booked to the Monday after: Thursday alone is free.
    expect(labelRun(d('2030-01-23'), d('2030-01-27'), [[d('2030-01-25'), d('2030-01-28')], [d('2030-01-20'), d('2030-01-23')]])).toEqual({ start: d('2030-01-24'), days: 1 });
    // Nothing booked: the whole bar; all of it booked: the whole bar too (the label is in its tooltip and name).
    expect(labelRun(d('2030-01-21'), d('2030-01-22'), [])).toEqual({ start: d('2030-01-21'), days: 2 });
    expect(labelRun(d('2030-01-21'), d('2030-01-22'), [[d('2030-01-01'), d('2030-01-31')]])).toEqual({ start: d('2030-01-21'), days: 2 });
  });

  it('is the longest words that fit whole, never cut', () => {
    expect(labelText('sick', ' · 3 h', 300)).toEqual({ word: 'Sick leave', hours: ' · 3 h' });
    expect(labelText('sick', ' · 3 h', 90)).toEqual({ word: 'Sick leave', hours: '' });
    expect(labelText('sick', '', 62)).toEqual({ word: 'Sick', hours: '' });
    expect(labelText('vacation', '', 31)).toBeNull(); // no short word that isn't in its name
    expect(labelText('vacation', '', 70)).toEqual({ word: 'Vacation', hours: '' });
    expect(labelText('other', '', 20)).toBeNull();
  });
});
