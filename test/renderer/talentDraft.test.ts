import { describe, expect, it, vi } from 'vitest';
import { checkDraft, draftFromTalent, draftToFields, newTalentDraft, parseNumber } from '../../renderer/features/people/talentDraft';

describe('talent draft', () => {
  it('defaults a new person to staff, GBP, headcount 1, and no primary role until one is chosen', () => {
    const d = newTalentDraft();
    expect(d).toMatchObject({ kind: 'staff', currency: 'GBP', headcount: '1', primaryRoleId: null });
    expect(checkDraft({ ...d, name: 'Ada' })).toEqual({ primaryRoleId: 'Choose a primary role' });
  });
  it('turns typed text into the API fields', () => {
    const d = { ...newTalentDraft(), primaryRoleId: 2, name: 'Ada', email: '  ', costRate: '45,5', billRate: '1,200', utilisationTarget: '', otherRoleIds: [2, 3], activeTo: '2026-12-31' };
    const f = draftToFields(d);
    expect(f).toMatchObject({ name: 'Ada', email: null, costRate: 45.5, billRate: 1200, utilisationTarget: null, otherRoleIds: [3], activeTo: '2026-12-31', activeFrom: null, headcount: 1 });
  });
  it('sends a headcount only for an agency, and no region without a country', () => {
    const d = { ...newTalentDraft(), primaryRoleId: 1, kind: 'agency' as const, headcount: '4', holidayCountry: '', holidayRegion: 'ENG' };
    expect(draftToFields(d)).toMatchObject({ headcount: 4, holidayCountry: null, holidayRegion: null });
    expect(draftToFields({ ...d, kind: 'freelancer' }).headcount).toBe(1);
  });
  it('checks the obvious before a round trip', () => {
    const d = { ...newTalentDraft(), costRate: 'abc', activeFrom: '2026-05-01', activeTo: '2026-04-01', utilisationTarget: '120' };
    expect(checkDraft(d)).toEqual({
      name: 'Enter a name',
      primaryRoleId: 'Choose a primary role',
      costRate: 'Enter a number',
      utilisationTarget: 'A percentage from 0 to 100',
      activeTo: 'Must be on or after the start of the contract',
    });
  });
  it('round-trips a stored person', () => {
    const t = { id: 1, externalId: 'X1', kind: 'freelancer' as const, name: 'Bo', email: 'bo@x.io', team: 'Video', primaryRoleId: 1, otherRoleIds: [2], skills: [{ skillId: 1, level: 4 }], tags: ['remote'], costRate: 400, billRate: 100, costRateUnit: 'day' as const, billRateUnit: 'hour' as const, currency: 'EUR', utilisationTarget: 75, holidayCountry: 'DE', holidayRegion: 'BY', activeFrom: '2026-01-01', activeTo: null, headcount: 1, notes: 'n' };
    const { ...fields } = draftToFields(draftFromTalent(t));
    const { id: _id, ...rest } = t;
    expect(fields).toEqual(rest);
  });
  it('reads a German decimal comma and grouping dot', () => {
    const spy = vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    expect(parseNumber('1.200,5', 0)).toBe(1200.5);
    expect(parseNumber('7,5', 0)).toBe(7.5);
    spy.mockRestore();
  });
  it('parses numbers leniently', () => {
    expect(parseNumber('', 0)).toBe(0);
    expect(parseNumber(' 7.5 ', 0)).toBe(7.5);
    expect(parseNumber('1 200', 0)).toBe(1200);
    expect(Number.isNaN(parseNumber('seven', 0))).toBe(true);
  });
});
