// Time tracking exports: which tool wrote a file (from its headers), durations as hh:mm:ss, and
// the identifying text of a row (what its stable key is made from).

import { normaliseHeader } from './text';
import type { Cell } from './types';
import { numberOf, textOf, type Parsed } from './values';

export type TrackerTool = 'harvest' | 'toggl' | 'clockify';

/** Headers that only that tool's detailed export has together (compared without case, spaces or punctuation). */
const SIGNATURES: Record<TrackerTool, string[]> = {
  harvest: ['Date', 'Project', 'Project Code', 'Hours', 'First Name', 'Last Name', 'Billable?', 'Invoiced?'],
  toggl: ['User', 'Email', 'Project', 'Start date', 'Start time', 'Duration'],
  clockify: ['Project', 'User', 'Email', 'Start Date', 'Duration (h)', 'Duration (decimal)'],
};

export const TOOL_WORDS: Record<TrackerTool, string> = { harvest: 'Harvest', toggl: 'Toggl Track', clockify: 'Clockify' };

/** The tool whose detailed export has these headers, or null (a sheet mapped by hand). */
export function detectTool(headers: readonly string[]): TrackerTool | null {
  const have = new Set(headers.map(normaliseHeader));
  for (const tool of ['clockify', 'harvest', 'toggl'] as const) {
    if (SIGNATURES[tool].every((h) => have.has(normaliseHeader(h)))) return tool;
  }
  return null;
}

const HMS = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * A duration as hours: '07:30:00', '7:30', '26:15:00' (a timer left running past midnight: more
 * than 24 h is read as it is), or a decimal number of hours.
 */
export function parseDuration(cell: Cell): Parsed<number> {
  const text = textOf(cell);
  const m = HMS.exec(text);
  const hours = m ? Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600 : numberOf(cell);
  if (hours === null || !Number.isFinite(hours) || hours < 0 || hours > 168) {
    return { ok: false, reason: `must be a duration such as 07:30:00 or 7.5 (at most 168 h); got '${text}'` };
  }
  return { ok: true, value: Math.round(hours * 3600) / 3600 };
}

/** Folds a name for matching: case, accents and repeated spaces don't matter ("Zoë  Brontë" = "zoe bronte"). */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim().replace(/\s+/g, ' ').toLowerCase();
}
