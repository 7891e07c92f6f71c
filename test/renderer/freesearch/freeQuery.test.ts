import { describe, expect, it } from 'vitest';
import type { TalentKind } from '@shared/domain';
import { emptyForm, filterForTerm, presetRange, thresholdOf, toSearchInput } from '../../../renderer/features/freesearch/freeQuery';

const roles = [
  { id: 1, name: 'Designer', utilisationTarget: 80, colour: '#000000' },
  { id: 2, name: 'Motion Designer', utilisationTarget: 80, colour: '#000000' },
];
const skills = [
  { id: 7, name: 'After Effects' },
  { id: 8, name: 'Figma' },
];

describe('presetRange', () => {
  it('this week runs from today to Sunday; next week is Monday to Sunday', () => {
    expect(presetRange('thisWeek', '2030-01-15')).toEqual({ start: '2030-01-15', end: '2030-01-20' });
    expect(presetRange('nextWeek', '2030-01-15')).toEqual({ start: '2030-01-21', end: '2030-01-27' });
    expect(presetRange('next4Weeks', '2030-01-20')).toEqual({ start: '2030-01-21', end: '2030-02-17' });
    // A Monday's next week is the following Monday; across a year end too.
    expect(presetRange('nextWeek', '2029-12-31')).toEqual({ start: '2030-01-07', end: '2030-01-13' });
  });
});

describe('filterForTerm', () => {
  it('prefers an exact role name, then a role holding the word, then a skill', () => {
    expect(filterForTerm('designer', roles, skills)).toEqual({ roleId: 1, skills: [] });
    expect(filterForTerm('motion', roles, skills)).toEqual({ roleId: 2, skills: [] });
    expect(filterForTerm(' after effects ', roles, skills)).toEqual({ roleId: null, skills: [{ skillId: 7, minLevel: 1 }] });
    expect(filterForTerm('cobol', roles, skills)).toBeNull();
    expect(filterForTerm('', roles, skills)).toEqual({});
  });
});

describe('toSearchInput', () => {
  it('sends only what narrows the search, with the threshold in its unit', () => {
    const form = { ...emptyForm('2030-01-15'), roleId: 2, kinds: ['staff', 'freelancer', 'agency'] as TalentKind[], minValue: '12,5' };
    expect(toSearchInput(form)).toEqual({
      range: { start: '2030-01-21', end: '2030-01-27' }, roleId: 2, skills: [], kinds: [], tags: [], minHours: 12.5, tentativeIsFree: false, limit: 100,
    });
    expect(toSearchInput({ ...form, kinds: ['agency'], minMode: 'percent', minValue: '150' })).toMatchObject({ kinds: ['agency'], minPercent: 100 });
    expect(thresholdOf({ ...form, minValue: 'lots' })).toBeNull();
    expect(thresholdOf({ ...form, minValue: ' ' })).toBe(0);
  });
});
