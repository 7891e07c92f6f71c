// Limits per request, checked in the contract: a range or a limit beyond them is refused through
// dispatch with a message that names the limit and what was asked, and nothing is written.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeDays, PDF_EXPORT_MAX_DAYS, SHEET_EXPORT_MAX_DAYS, VIEW_MAX_DAYS } from '@shared/contract/limits';
import { spanDays } from '@shared/dates';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioSend } from './helpers';

const DAY = 86_400_000;
const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);
const START = '2027-01-04';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = tempWorkspace();
  await smallStudio(ws);
});
afterEach(() => ws.close());

describe('range limits', () => {
  it('counts days and says them in words', () => {
    expect(spanDays('2027-01-01', '2027-01-01')).toBe(1);
    expect(spanDays('2028-01-01', '2028-12-31')).toBe(366);
    expect(spanDays('1900-01-01', '2199-12-31')).toBe(109_573);
    expect(describeDays(12)).toBe('12 days');
    expect(describeDays(366)).toBe('366 days (1 year)');
    expect(describeDays(1100)).toBe('1,100 days (3 years)');
    expect(describeDays(1000)).toBe('1,000 days (about 3 years)');
    expect(describeDays(109_573)).toBe('109,573 days (300 years)');
  });

  it('refuses a PDF of 300 years, naming the limit and the range asked for, and writes nothing', async () => {
    const path = join(ws.dir, 'centuries.pdf');
    const refused = await ioSend(ws, 'io:exportPlan', { path, format: 'pdf', range: { start: '1900-01-01', end: '2199-12-31' }, filter: {} });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'range.end',
        message: expect.stringMatching(/PDF staffing plan covers at most 366 days \(1 year\); you asked for 1 January 1900 to 31 December 2199, 109,573 days \(300 years\)/),
      },
    });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(ws.dir).filter((f) => f.includes('centuries'))).toEqual([]);
  });

  it('each output has its own limit: a year more than the PDF allows is fine in CSV, a day more than the sheets allow is not', async () => {
    const pdfTooLong = { start: START, end: plus(START, PDF_EXPORT_MAX_DAYS) };
    const pdf = await ioSend(ws, 'io:exportPlan', { path: join(ws.dir, 'a.pdf'), format: 'pdf', range: pdfTooLong, filter: {} });
    expect(pdf.ok).toBe(false);
    const csv = await ioSend(ws, 'io:exportPlan', { path: join(ws.dir, 'a.csv'), format: 'csv', range: pdfTooLong, filter: {}, sheet: 'campaign' });
    expect(csv.ok).toBe(true);
    const widest = { start: START, end: plus(START, SHEET_EXPORT_MAX_DAYS - 1) };
    const xlsx = await ioSend(ws, 'io:exportPlan', { path: join(ws.dir, 'b.xlsx'), format: 'xlsx', range: widest, filter: {} });
    expect(xlsx.ok).toBe(true);
    const tooWide = { start: START, end: plus(START, SHEET_EXPORT_MAX_DAYS) };
    const refused = await ioSend(ws, 'io:exportPlan', { path: join(ws.dir, 'c.xlsx'), format: 'xlsx', range: tooWide, filter: {} });
    expect(refused.ok || refused.error.message).toMatch(/staffing plan in XLSX covers at most 731 days \(2 years\); you asked for 4 January 2027 to 4 January 2029, 732 days/);
    expect(existsSync(join(ws.dir, 'c.xlsx'))).toBe(false);
  });

  it('capacity views, snapshots, staffing plans and holidays are refused beyond 1,100 days; the grid beyond its cells', async () => {
    const range = { start: START, end: plus(START, VIEW_MAX_DAYS) };
    const asks: [string, unknown, RegExp][] = [
      ['capacity:grid', { range, bucket: 'month', filter: {} }, /A capacity view covers at most 1,100 days/],
      ['capacity:roleWeeks', { range }, /A capacity view covers at most 1,100 days/],
      ['capacity:overallocations', { range, filter: {} }, /A capacity view covers at most 1,100 days/],
      ['snapshots:take', { name: 'Long', range: { start: START, end: plus(START, 728) }, filter: {} }, /A snapshot covers at most 728 days \(2 years\); you asked for 4 January 2027 to 1 January 2029, 729 days/],
      ['staffing:propose', { range }, /A staffing plan covers at most 1,100 days/],
      ['holidays:list', { from: range.start, to: range.end, places: [{ country: 'GB', region: null }] }, /A list of holidays covers at most 1,100 days/],
      ['capacity:grid', { range: { start: START, end: plus(START, 364) }, bucket: 'day', filter: {}, limit: 2000 }, /At most 500,000 cells at a time: 365 days × 2,000 people asked for; ask for at most 1,369 people at a time/],
    ];
    for (const [channel, input, message] of asks) {
      const envelope = await ws.send(channel, input);
      expect(envelope.ok, channel).toBe(false);
      if (!envelope.ok) expect(envelope.error.message, channel).toMatch(message);
    }
    // At the limit, each answers.
    const widest = { start: START, end: plus(START, VIEW_MAX_DAYS - 1) };
    expect((await ws.send('capacity:roleWeeks', { range: widest })).ok).toBe(true);
    expect((await ws.send('capacity:grid', { range: widest, bucket: 'day', filter: {}, limit: 454 })).ok).toBe(true);
    expect((await ws.send('holidays:list', { from: widest.start, to: widest.end, places: [{ country: 'GB', region: null }] })).ok).toBe(true);
  });
});
