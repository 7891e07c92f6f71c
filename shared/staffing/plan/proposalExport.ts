// A staffing proposal as a reviewer reads it, before it is accepted: its bookings, its lines
// before and after, and what stays unstaffed, in words and names (no ids, no codes). The same
// tables feed the XLSX (through the plan's sheet writer) and the printed PDF.

import type { ProposedLineView, StaffingProposalView } from '@shared/contract';
import { utcDateOfIso } from '@shared/dates';
import { TALENT_KIND_WORDS } from '@shared/domain';
import { longDate } from '@shared/io/plan/pdf';
import type { Kind, Table } from '@shared/io/plan/sheets';
import type { OutCell } from '@shared/io/types';

export interface ProposalMeta {
  /** The local day the file is made, and the one the plan was proposed on. */
  generated: string;
  proposedOn: string;
  /** The workspace changed since the plan was proposed. */
  stale: boolean;
}

type Column = [header: string, kind: Kind, width: number];
const columns = (list: Column[]) => list.map(([header, kind, width]) => ({ header, kind, width }));
const day = utcDateOfIso;
const num = (x: number, digits: number) => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const proposalTitle = (p: Pick<StaffingProposalView, 'range'>) => `Staffing proposal, ${longDate(p.range.start)} to ${longDate(p.range.end)}`;
export const money = (p: Pick<StaffingProposalView, 'currency'>, x: number) => `${p.currency} ${num(x, 2)}`;
export const priorityWord = (n: number) => `P${n}${n === 1 ? ' (highest)' : n === 5 ? ' (lowest)' : ''}`;

/** A line's state in the proposal, in words. */
export function lineState(p: StaffingProposalView, line: ProposedLineView): string {
  if (line.accepted) return 'Accepted';
  if (!p.bookings.some((b) => b.demandLineId === line.demandLineId)) return 'Nobody free';
  return line.unstaffed >= 0.05 ? 'Proposed, partly staffed' : 'Proposed';
}

/** The lines above the tables: what this is, that nothing is booked yet, and the totals. */
export function proposalPreamble(p: StaffingProposalView, meta: ProposalMeta): string[] {
  const accepted = p.lines.filter((l) => l.accepted).length;
  return [
    proposalTitle(p),
    accepted === 0
      ? `Proposed on ${longDate(meta.proposedOn)}, not accepted: nothing is booked until a planner accepts it.`
      : `Proposed on ${longDate(meta.proposedOn)}; ${accepted} of ${p.lines.length} lines accepted so far, the rest is not booked.`,
    `${num(p.staffedHours, 1)} h staffed, ${num(p.unstaffedHours, 1)} h unstaffed, cost ${money(p, p.totalCost)} (in ${p.currency}, the reporting currency). ${p.quality}.`,
    ...p.costWarnings,
    ...(meta.stale ? ['The workspace has changed since this plan was proposed: propose again before accepting it.'] : []),
    `Generated ${longDate(meta.generated)}.`,
  ];
}

export function proposalTables(p: StaffingProposalView): Table[] {
  const lineOf = new Map(p.lines.map((l) => [l.demandLineId, l]));
  const cost = `Cost in ${p.currency}`;
  const bookings: Table = {
    title: 'Proposed bookings',
    columns: columns([
      ['Person', 'text', 24], ['Kind', 'text', 11], ['Campaign', 'text', 26], ['Role', 'text', 18], ['Priority', 'text', 12], ['Start', 'date', 12],
      ['End', 'date', 12], ['Hours a day', 'dayHours', 11], ['Total hours', 'hours', 11], [cost, 'money', 14], ['State', 'text', 12],
    ]),
    fixed: 1,
    count: p.bookings.length,
    rows: p.bookings.map((b): OutCell[] => {
      const line = lineOf.get(b.demandLineId);
      return [
        b.name, TALENT_KIND_WORDS[b.kind], line?.campaignName ?? '', line?.roleName ?? '', line ? priorityWord(line.priority) : '', day(b.start), day(b.end),
        b.hoursPerDay, b.totalHours, b.cost, line?.accepted ? 'Accepted' : 'Proposed',
      ];
    }),
  };
  const lines: Table = {
    title: 'Lines',
    columns: columns([
      ['Campaign', 'text', 26], ['Role', 'text', 18], ['Priority', 'text', 12], ['Start', 'date', 12], ['End', 'date', 12], ['Probability', 'percent', 11],
      ['Open hours', 'hours', 11], ['Staffed hours', 'hours', 13], ['Unstaffed hours', 'hours', 14], [cost, 'money', 14], ['State', 'text', 22],
    ]),
    fixed: 2,
    count: p.lines.length,
    rows: p.lines.map((l): OutCell[] => [
      l.campaignName, l.roleName, priorityWord(l.priority), day(l.start), day(l.end), l.probability / 100, l.openBefore, l.staffed, l.unstaffed, l.cost, lineState(p, l),
    ]),
  };
  const unstaffed: Table = {
    title: 'Unstaffed',
    columns: columns([['Role', 'text', 20], ['Week starting', 'date', 13], ['Unstaffed hours', 'hours', 14]]),
    fixed: 1,
    count: p.unstaffed.length,
    rows: p.unstaffed.map((u): OutCell[] => [u.roleName, day(u.weekStart), u.hours]),
  };
  const nearLimit: Table = {
    title: 'Near their limit',
    columns: columns([['Person', 'text', 24], ['Week starting', 'date', 13], ['Hours planned', 'hours', 13], ['Free hours', 'hours', 12], ['Share of free hours', 'percent', 14]]),
    fixed: 1,
    count: p.nearLimit.length,
    rows: p.nearLimit.map((n): OutCell[] => [n.name, day(n.weekStart), n.used, n.free, n.share]),
  };
  return [bookings, lines, unstaffed, nearLimit];
}
