import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../renderer/api';
import { errorFor, mapApiError } from '../../renderer/lib/fieldErrors';

const FIELDS = ['name', 'skills', 'activeTo', 'costRate'];
const err = (message: string, field?: string) => new ApiCallError({ code: 'invalid_input', message, field });

describe('mapApiError', () => {
  it('puts a field error beside its field, without the field-name prefix', () => {
    expect(mapApiError(err('Name: Required', 'name'), FIELDS, 'x')).toEqual({ name: 'Required' });
    expect(mapApiError(err('Active to: Must be on or after the start of the contract', 'activeTo'), FIELDS, 'x')).toEqual({
      activeTo: 'Must be on or after the start of the contract',
    });
  });
  it('keeps the whole path of a nested field so the row can show it', () => {
    const errors = mapApiError(err('Level: Levels are 1 to 5', 'skills.0.level'), FIELDS, 'x');
    expect(errors).toEqual({ 'skills.0.level': 'Levels are 1 to 5' });
    expect(errorFor(errors, 'skills.0')).toBe('Levels are 1 to 5');
    expect(errorFor(errors, 'skills')).toBe('Levels are 1 to 5');
    expect(errorFor(errors, 'skills.1')).toBeUndefined();
  });
  it('sends an error for a field the form does not show to the general message', () => {
    expect(mapApiError(err('Headcount: At least 1', 'headcount'), FIELDS, 'x')).toEqual({ '': 'Headcount: At least 1' });
    expect(mapApiError(new ApiCallError({ code: 'conflict', message: 'Someone changed it.' }), FIELDS, 'x')).toEqual({ '': 'Someone changed it.' });
  });
  it('never shows a non-API error, only the fallback words', () => {
    expect(mapApiError(new TypeError('x is undefined at foo.js:1'), FIELDS, 'Could not save.')).toEqual({ '': 'Could not save.' });
  });
  it('shows every field at fault at once, and joins the ones the form does not show', () => {
    const e = new ApiCallError({
      code: 'invalid_input', message: 'Name: Required', field: 'name',
      moreFields: [{ field: 'costRate', message: 'Cost rate: Must be 0 or more' }, { field: 'headcount', message: 'Headcount: At least 1' }, { field: 'team', message: 'Team: Too long.' }],
    });
    expect(mapApiError(e, FIELDS, 'x')).toEqual({ name: 'Required', costRate: 'Must be 0 or more', '': 'Headcount: At least 1. Team: Too long.' });
  });
  it('does not strip a colon that is part of the message itself', () => {
    expect(mapApiError(err('Could not open “C:/x.db”: locked', 'name'), FIELDS, 'x')).toEqual({ name: 'Could not open “C:/x.db”: locked' });
  });
});
