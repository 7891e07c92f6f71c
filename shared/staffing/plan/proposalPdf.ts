// The staffing proposal as a print-styled page (printed to PDF by the platform), in the staffing
// plan PDF's style: the preamble and totals, then each of the proposal's tables.

import type { StaffingProposalView } from '@shared/contract';
import { longDate } from '@shared/io/plan/pdf';
import { esc, PDF_CSS } from '@shared/io/plan/pdfStyle';
import type { Kind, Table } from '@shared/io/plan/sheets';
import type { OutCell } from '@shared/io/types';
import { money, proposalPreamble, proposalTables, type ProposalMeta } from './proposalExport';

const num = (x: number, digits: number) => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function cell(v: OutCell, kind: Kind): string {
  if (v === null || v === undefined || v === '') return '<td class="l zero">–</td>';
  if (v instanceof Date) return `<td class="l">${longDate(v.toISOString().slice(0, 10))}</td>`;
  if (typeof v !== 'number') return `<td class="l">${esc(String(v))}</td>`;
  if (kind === 'percent') return `<td>${Math.round(v * 100)}%</td>`;
  // Two decimals throughout: a day of 7.25 h totals 7.25 h, not 7.3.
  return `<td>${num(v, 2)}</td>`;
}

function section(table: Table, empty: string): string {
  const left = (k: Kind) => k === 'text' || k === 'date';
  const head = table.columns.map((c) => `<th${left(c.kind) ? ' class="l"' : ''}>${esc(String(c.header))}</th>`).join('');
  const cols = table.columns.map((c) => `<col style="width:${c.width}ch">`).join('');
  const rows = [...table.rows].map((r) => `<tr>${r.map((v, i) => cell(v, table.columns[i].kind)).join('')}</tr>`);
  const body = rows.length ? rows.join('') : `<tr><td class="l empty" colspan="${table.columns.length}">${empty}</td></tr>`;
  return `<section class="flow"><h2>${esc(table.title)}</h2><table${table.columns.length <= 5 ? ' style="width:60%"' : ''}><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
}

const EMPTY = ['The plan books nobody.', 'No open demand in this range.', 'Every line is fully staffed.', 'Nobody is taken near their limit.'];

export function proposalHtml(p: StaffingProposalView, meta: ProposalMeta): { html: string; title: string; rows: number } {
  const [title, ...lines] = proposalPreamble(p, meta);
  const tiles: [string, string][] = [
    [num(p.bookings.length, 0), 'bookings'], [num(p.lines.length, 0), 'demand lines'], [num(p.staffedHours, 1), 'hours staffed'],
    [num(p.unstaffedHours, 1), 'hours unstaffed'], [money(p, p.totalCost), 'cost'],
  ];
  const summary = `<div class="summary">${tiles.map(([v, l]) => `<div><b>${esc(v)}</b><span>${l}</span></div>`).join('')}</div>`;
  const sections = proposalTables(p).map((t, i) => section(t, EMPTY[i]));
  const css = `${PDF_CSS} section.flow { break-before: auto; margin-top: 6mm; } section.flow tbody { break-inside: auto; } section.flow tr { break-inside: avoid; }`;
  const body = `<h1>${esc(title)}</h1>${lines.map((l) => `<p class="sub">${esc(l)}</p>`).join('')}${summary}${sections.join('')}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head><body>${body}</body></html>`;
  return { html, title, rows: p.bookings.length + p.lines.length };
}
