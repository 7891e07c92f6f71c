import { describe, expect, it } from 'vitest';
import { detectTool, foldName, parseDuration } from '@shared/io/actuals';
import { CLOCKIFY_HEADERS, HARVEST_HEADERS, TOGGL_HEADERS } from '../../electron/actuals/files';

describe('detectTool', () => {
  it('recognises each tracker by its detailed export’s headers, with extra columns too', () => {
    expect(detectTool(HARVEST_HEADERS)).toBe('harvest');
    expect(detectTool(HARVEST_HEADERS.filter((h) => h !== 'Hours Rounded' && h !== 'Teams'))).toBe('harvest');
    expect(detectTool(TOGGL_HEADERS)).toBe('toggl');
    expect(detectTool(CLOCKIFY_HEADERS)).toBe('clockify');
    expect(detectTool(CLOCKIFY_HEADERS.map((h) => h.toUpperCase()))).toBe('clockify');
  });

  it('says null for a sheet of its own, or a tracker’s export missing a column it relies on', () => {
    expect(detectTool(['Person', 'Date', 'Hours', 'Campaign'])).toBeNull();
    expect(detectTool(HARVEST_HEADERS.filter((h) => h !== 'Project Code'))).toBeNull();
  });
});

describe('parseDuration', () => {
  it.each([
    ['07:30:00', 7.5],
    ['7:30', 7.5],
    ['00:00:00', 0],
    ['26:15:00', 26.25],
    ['100:00:36', 100.01],
    ['7.5', 7.5],
  ])('%s is %d h', (text, hours) => {
    const r = parseDuration(text);
    expect(r.ok && r.value).toBeCloseTo(hours, 6);
  });

  it.each(['7:75', 'seven', '-1', '200:00:00'])('refuses %s in words', (text) => {
    const r = parseDuration(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/must be a duration such as 07:30:00 or 7\.5/);
  });
});

describe('foldName', () => {
  it('ignores case, accents and spacing, and keeps other letters and emoji', () => {
    expect(foldName('  Zoë   Brontë ')).toBe('zoe bronte');
    expect(foldName('ZOE BRONTE')).toBe(foldName('Zoë Brontë'));
    expect(foldName('Łukasz 🎬')).toBe('łukasz 🎬');
  });
});
