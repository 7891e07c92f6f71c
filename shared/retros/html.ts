// A retrospective as one self-contained HTML page (inline CSS and SVG; no script, font, image or
// link), drawn with the snapshot report's styles, formats and charts. Everything typed is escaped.

import { HANDOFF_STATE_LABELS } from '@shared/domain';
import { REPORT_CSS } from '@shared/snapshots/report/css';
import { count, day, esc, hours, money, pct, signedHours, timestamp } from '@shared/snapshots/report/format';
import { pairedBars, weeklyChart } from '@shared/snapshots/report/svg';
import type { AccuracyBucket } from '@shared/actuals/accuracy';
import type { VarianceRow } from '@shared/actuals/compare';
import type { RetroReport } from './types';

const PLANNED = '#aab4c3';
const ACTUAL = '#0c8599';
const bad = (diff: number) => (diff > 0.5 ? 'bad' : '');

function varianceTable(first: string, rows: VarianceRow[], currency: string, extra?: (r: VarianceRow) => string): string {
  return `<table><thead><tr><th>${esc(first)}</th>${extra ? '<th>Days</th>' : ''}<th class="n">Planned</th><th class="n">Actual</th><th class="n">Difference</th><th class="n">Planned cost</th><th class="n">Actual cost</th></tr></thead><tbody>${rows
    .map((r) => `<tr><td>${esc(r.label)}</td>${extra ? `<td>${extra(r)}</td>` : ''}<td class="n">${hours(r.plannedHours)}</td><td class="n">${hours(r.actualHours)}</td><td class="n ${bad(r.diffHours)}">${signedHours(r.diffHours)}</td><td class="n">${money(r.plannedCost, currency)}</td><td class="n">${money(r.actualCost, currency)}</td></tr>`)
    .join('')}</tbody></table>`;
}

function hoursSection(r: RetroReport): string {
  const t = r.totals;
  const chart = weeklyChart(r.weeks.map((w) => w.start), [
    { name: 'Planned', colour: PLANNED, values: r.weeks.map((w) => w.planned) },
    { name: 'Actual', colour: ACTUAL, values: r.weeks.map((w) => w.actual) },
  ], { bars: 2, title: 'Planned and actual hours per week', height: 220 });
  const byRole = r.roles.length > 1 ? pairedBars(r.roles.map((x) => ({ label: x.label, a: x.plannedHours, b: x.actualHours })), ['Planned', 'Actual'], [PLANNED, ACTUAL], 'Planned and actual hours per role') : '';
  const phaseDays = new Map(r.phases.map((p) => [p.id, `${day(p.start)} – ${day(p.end)}`]));
  return `<section><h2>Planned against actual</h2>
<div class="cards"><div class="card"><div class="k">Planned</div><div class="v">${hours(t.plannedHours)}</div><div class="s">${money(t.plannedCost, r.currency)}</div></div>
<div class="card"><div class="k">Actual</div><div class="v">${hours(t.actualHours)}</div><div class="s">${money(t.actualCost, r.currency)}</div></div>
<div class="card"><div class="k">Difference</div><div class="v ${bad(t.diffHours)}">${signedHours(t.diffHours)}</div><div class="s">${t.plannedHours > 0 ? `${pct(t.actualHours / t.plannedHours)} of the plan worked` : 'nothing planned'}</div></div></div>
${chart}</section>
<section><h2>By role</h2>${byRole}${varianceTable('Role', r.roles, r.currency)}</section>
${r.phases.length ? `<section><h2>By phase</h2><p class="lead">Hours on the campaign during each phase’s days.</p>${varianceTable('Phase', r.phases, r.currency, (x) => phaseDays.get(x.id ?? -1) ?? '')}</section>` : ''}`;
}

function budgetSection(r: RetroReport): string {
  if (!r.budgets.length) return '';
  const rows = r.budgets.map((b) => {
    const budget = b.budgetReporting;
    const over = budget !== null && b.actualCost > budget;
    return `<tr><td>${esc(b.name)}</td><td class="n">${money(b.budget, b.currency)}</td><td class="n">${budget === null ? 'no exchange rate' : money(budget, r.currency)}</td><td class="n">${money(b.plannedCost, r.currency)}</td><td class="n ${over ? 'bad' : ''}">${money(b.actualCost, r.currency)}</td><td class="n">${pct(budget ? b.actualCost / budget : null)}</td></tr>`;
  }).join('');
  return `<section><h2>Cost against budget</h2><p class="lead">Costs in ${esc(r.currency)} (hours × each person’s cost rate), budgets in the campaign’s currency and in ${esc(r.currency)}.${r.hoursWithoutRate > 0.005 ? ` ${hours(r.hoursWithoutRate)} have no exchange rate and are left out of the costs.` : ''}</p>
<table><thead><tr><th>Campaign</th><th class="n">Budget</th><th class="n">In ${esc(r.currency)}</th><th class="n">Planned cost</th><th class="n">Actual cost</th><th class="n">Budget used</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function handoffSection(r: RetroReport): string {
  if (!r.handoffs.length) return '';
  const c = r.handoffCounts;
  return `<section><h2>Handoffs</h2><p class="lead">${count(c.total)} ${c.total === 1 ? 'handoff' : 'handoffs'}: ${count(c.done)} done, ${count(c.late)} late, ${count(c.slaMissed)} past the SLA.</p>
<table><thead><tr><th>After</th><th>To</th><th>Planned</th><th>SLA until</th><th>Done</th><th>State</th></tr></thead><tbody>${r.handoffs
    .map((h) => `<tr><td>${esc(h.phaseName)}</td><td>${esc(h.to)}</td><td>${h.planned ? day(h.planned) : '–'}</td><td>${h.due ? day(h.due) : '–'}</td><td>${h.done ? day(h.done) : 'not yet'}</td><td class="${h.state === 'on_time' || h.state === 'pending' ? '' : 'bad'}">${esc(HANDOFF_STATE_LABELS[h.state])}</td></tr>`)
    .join('')}</tbody></table></section>`;
}

function overSection(r: RetroReport): string {
  const lead = r.overAllocations.length
    ? `${count(r.overAllocatedDays)} person-days were booked above capacity (days before today).`
    : 'Nobody was booked above their capacity on the days that have passed.';
  return `<section><h2>Over-allocated days</h2><p class="lead">${lead}</p>${r.overAllocations.length ? `<table><thead><tr><th>Person</th><th>From</th><th>To</th><th class="n">Days</th><th class="n">Hours over</th></tr></thead><tbody>${r.overAllocations
    .map((o) => `<tr><td>${esc(o.name)}</td><td>${day(o.start)}</td><td>${day(o.end)}</td><td class="n">${count(o.days)}</td><td class="n bad">${hours(o.excess)}</td></tr>`).join('')}</tbody></table>` : ''}</section>`;
}

const paragraphs = (text: string) => (text.trim() ? text.trim().split(/\n{2,}/).map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`).join('') : '<p class="muted">Nothing written.</p>');

function notesSection(r: RetroReport, today: string): string {
  const actions = r.actions.map((a) => `<tr><td>${esc(a.text)}</td><td>${esc(a.ownerName ?? 'no owner')}</td><td class="${a.overdue ? 'bad' : ''}">${a.due ? day(a.due) : '–'}</td><td>${a.done ? `done ${day(a.done)}` : a.overdue ? 'overdue' : 'open'}</td></tr>`).join('');
  return `<section><h2>What worked</h2>${paragraphs(r.retro.worked)}</section><section><h2>What stalled</h2>${paragraphs(r.retro.stalled)}</section>
<section><h2>Actions</h2>${actions ? `<table><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>State on ${day(today)}</th></tr></thead><tbody>${actions}</tbody></table>` : '<p class="muted">No actions.</p>'}</section>`;
}

function accuracySection(r: RetroReport): string {
  const signedPct = (v: number | null) => (v === null ? '–' : `${v > 0 ? '+' : ''}${Math.round(v * 100)} %`);
  const lead = (b: AccuracyBucket) => (b.fromWeeks === b.toWeeks ? `${b.toWeeks} weeks ahead` : `${b.fromWeeks}–${b.toWeeks} weeks ahead`);
  const rows = r.forecastAccuracy
    .map((b) => `<tr><td>${lead(b)}</td><td class="n">${b.mape === null ? '–' : `±${Math.round(b.mape * 100)} %`}</td><td class="n">${signedPct(b.bias)}</td><td class="n">${count(b.roleWeeks)}</td><td class="n">${count(b.missing)}</td></tr>`)
    .join('');
  return `<section><h2>Forecast accuracy</h2><p class="muted">How close the snapshots' plans for these weeks were to the hours worked, per role.</p>
<table><thead><tr><th>Plan made</th><th class="n">Average error</th><th class="n">Bias</th><th class="n">Role-weeks</th><th class="n">Nothing logged</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** The retrospective's report page. */
export function renderRetroReport(r: RetroReport, options: { appName: string; now: string }): string {
  const what = r.retro.campaignName ? `Campaign ${r.retro.campaignName}` : 'Period';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(r.retro.title)} · Retrospective</title><style>${REPORT_CSS}</style></head>
<body><main>
<header class="top"><div><div class="eyebrow">Retrospective</div><h1>${esc(r.retro.title)}</h1></div>
<div class="meta"><div>${esc(what)}</div><div>${day(r.range.start)} – ${day(r.range.end)}</div><div>Written ${timestamp(r.retro.createdAt)} · exported ${timestamp(options.now)} · ${esc(options.appName)}</div></div></header>
${hoursSection(r)}
${budgetSection(r)}
${handoffSection(r)}
${overSection(r)}
${accuracySection(r)}
${notesSection(r, options.now.slice(0, 10))}
<footer>Figures as they were when the report was exported.</footer>
</main></body></html>
`;
}
