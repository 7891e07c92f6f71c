import { describe, expect, it } from 'vitest';
import type { Talent } from '@shared/domain';
import { NO_TALENT_FILTER as emptyPeopleFilter } from '../../renderer/lib/talentFilter';
import { isFilterActive, sortTalent, toTalentListInput } from '../../renderer/store/peopleFilter';
import { toCampaignListInput, emptyCampaignFilter } from '../../renderer/store/campaignsSlice';
import { isFilterActive as isCapacityFilterActive, toContractFilter } from '../../renderer/features/capacity/filter';

describe('toTalentListInput', () => {
  it('sends nothing for an empty filter', () => {
    expect(toTalentListInput(emptyPeopleFilter)).toEqual({});
    expect(isFilterActive(emptyPeopleFilter)).toBe(false);
  });
  it('maps each control to its talent:list field', () => {
    expect(toTalentListInput({ kinds: ['freelancer', 'agency'], roleId: 3, skillId: 7, minLevel: 4, tag: ' remote ', text: '  ada ' })).toEqual({
      kinds: ['freelancer', 'agency'],
      roleId: 3,
      skillId: 7,
      minLevel: 4,
      tag: 'remote',
      text: 'ada',
    });
  });
  it('leaves out kinds when all three are chosen (same as none)', () => {
    expect(toTalentListInput({ ...emptyPeopleFilter, kinds: ['staff', 'freelancer', 'agency'] })).toEqual({});
  });
  it('sends a minimum level only with a skill, and only above 1', () => {
    expect(toTalentListInput({ ...emptyPeopleFilter, minLevel: 3 })).toEqual({});
    expect(toTalentListInput({ ...emptyPeopleFilter, skillId: 2, minLevel: 1 })).toEqual({ skillId: 2 });
    expect(toTalentListInput({ ...emptyPeopleFilter, skillId: 2, minLevel: 9 })).toEqual({ skillId: 2, minLevel: 5 });
  });
  it('never sends blank text', () => {
    expect(toTalentListInput({ ...emptyPeopleFilter, text: '   ', tag: '' })).toEqual({});
  });
  it('caps long text at the schema limit', () => {
    expect((toTalentListInput({ ...emptyPeopleFilter, text: 'a'.repeat(500) }).text ?? '').length).toBe(200);
  });
});

describe('toCampaignListInput', () => {
  it('maps statuses, client and the date range', () => {
    expect(toCampaignListInput(emptyCampaignFilter)).toEqual({});
    expect(toCampaignListInput({ statuses: ['pipeline', 'confirmed'], client: 'Acme', from: '2026-01-01', to: '2026-03-31', text: ' x ' })).toEqual({
      statuses: ['pipeline', 'confirmed'],
      client: 'Acme',
      from: '2026-01-01',
      to: '2026-03-31',
      text: 'x',
    });
  });
});

const person = (id: number, name: string, extra: Partial<Talent> = {}): Talent => ({
  id, externalId: null, kind: 'staff', name, email: null, team: null, primaryRoleId: 1, otherRoleIds: [], skills: [], tags: [],
  costRate: 0, billRate: 0, currency: 'GBP', utilisationTarget: null, holidayCountry: null, holidayRegion: null,
  activeFrom: null, activeTo: null, headcount: 1, notes: '', ...extra,
});

describe('sortTalent', () => {
  const list = [person(1, 'Zoe', { costRate: 50, kind: 'agency' }), person(2, 'ada', { costRate: 70 }), person(3, 'Ben', { costRate: 50, kind: 'freelancer', team: 'Brand' })];
  it('sorts by name, case-insensitively', () => {
    expect(sortTalent(list, { key: 'name', dir: 'asc' }, () => '').map((t) => t.name)).toEqual(['ada', 'Ben', 'Zoe']);
    expect(sortTalent(list, { key: 'name', dir: 'desc' }, () => '').map((t) => t.name)).toEqual(['Zoe', 'Ben', 'ada']);
  });
  it('sorts numbers and breaks ties by name', () => {
    expect(sortTalent(list, { key: 'costRate', dir: 'asc' }, () => '').map((t) => t.name)).toEqual(['Ben', 'Zoe', 'ada']);
  });
  it('sorts kinds staff → freelancer → agency and puts no team last', () => {
    expect(sortTalent(list, { key: 'kind', dir: 'asc' }, () => '').map((t) => t.kind)).toEqual(['staff', 'freelancer', 'agency']);
    expect(sortTalent(list, { key: 'team', dir: 'asc' }, () => '')[0].name).toBe('Ben');
  });
  it('does not change the input', () => {
    const copy = [...list];
    sortTalent(list, { key: 'name', dir: 'asc' }, () => '');
    expect(list).toEqual(copy);
  });
});

describe('one filter mapping for every view that filters people', () => {
  const messy = { text: '  Ada ', tag: ' senior ', kinds: ['staff', 'freelancer'] as Talent['kind'][], roleId: 3, skillId: 7, minLevel: 3 };
  it('gives Capacity the same people filter as People, plus other roles only with a role', () => {
    const people = toTalentListInput(messy);
    expect(people).toEqual({ text: 'Ada', tag: 'senior', kinds: ['staff', 'freelancer'], roleId: 3, skillId: 7, minLevel: 3 });
    expect(toContractFilter({ ...messy, includeOtherRoles: false })).toEqual(people);
    expect(toContractFilter({ ...messy, includeOtherRoles: true })).toEqual({ ...people, includeOtherRoles: true });
    expect(toContractFilter({ ...messy, roleId: null, includeOtherRoles: true })).not.toHaveProperty('includeOtherRoles');
  });
  it('treats all three kinds, blank text and level 1 as no filter, in every view', () => {
    const wide = { ...emptyPeopleFilter, kinds: ['staff', 'freelancer', 'agency'] as Talent['kind'][], text: '   ', minLevel: 1 };
    expect(toTalentListInput(wide)).toEqual({});
    const capacityWide = { ...wide, includeOtherRoles: false };
    expect(toContractFilter(capacityWide)).toEqual({});
    expect(isFilterActive(wide)).toBe(false);
    expect(isCapacityFilterActive(capacityWide)).toBe(false);
  });
});
