// Planned against actual as one self-contained HTML page (inline CSS and SVG, no script), drawn with
// the snapshot report's styles, formats and charts, and printed to PDF. Everything typed is escaped.
// Hours are written as the Actuals view writes them (at most two decimals; "+" on hours over the plan).

import { REPORT_CSS } from '@shared/snapshots/report/css';
import { count, day, esc, money, timestamp } from '@shared/snapshots/report/format';
import { weeklyChart } from '@shared/snapshots/report/svg';
import type { PlannedVsActual, VarianceRow } from './compare';
import { actualsTitle, type ActualsExportMeta } from './exportTables';

const PLANNED = '#aab4c3';
const ACTUAL = '#0c8599';
const upToTwo = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
/** "1,234.5 h", "3.25 h". */
export const reportHours = (h: number) => `${upToTwo.format(Math.round(h * 100) / 100)} h`;
/** "+12.5 h" / "-3 h". */
export const reportSignedHours = (h: number) => `${Math.round(h * 100) > 0 ? '+' : ''}${reportHours(h)}`;
const bad = (diff: number) => (diff > 0.5 ? 'bad' : '');

function table(first: string, rows: VarianceRow[], currency: string): string {
  if (!rows.length) return '<p class="muted">Nothing planned or logged.</p>';
  return `<table><thead><tr><th>${esc(first)}</th><th class="n">Planned</th><th class="n">Actual</th><th class="n">Difference</th><th class="n">Planned cost</th><th class="n">Actual cost</th><th class="n">Weeks missing actuals</th></tr></thead><tbody>${rows
    .map((r) => `<tr><td>${esc(r.label)}</td><td class="n">${reportHours(r.plannedHours)}</td><td class="n">${reportHours(r.actualHours)}</td><td class="n ${bad(r.diffHours)}">${reportSignedHours(r.diffHours)}</td><td class="n">${money(r.plannedCost, currency)}</td><td class="n">${money(r.actualCost, currency)}</td><td class="n">${count(r.missingWeeks)}</td></tr>`)
    .join('')}</tbody></table>`;
}

function totalsSection(d: PlannedVsActual): string {
  const t = d.totals;
  const chart = weeklyChart(d.weeks.map((w) => w.start), [
    { name: 'Planned', colour: PLANNED, values: d.weeks.map((w) => w.planned) },
    { name: 'Actual', colour: ACTUAL, values: d.weeks.map((w) => w.actual) },
  ], { bars: 2, title: 'Planned and actual hours per week', height: 220 });
  const card = (k: string, v: string, s: string, cls = '') => `<div class="card"><div class="k">${k}</div><div class="v ${cls}">${v}</div><div class="s">${s}</div></div>`;
  return `<section><h2>Totals</h2><div class="cards">
${card('Planned', reportHours(t.plannedHours), money(t.plannedCost, d.currency))}
${card('Actual', reportHours(t.actualHours), money(t.actualCost, d.currency))}
${card('Difference', reportSignedHours(t.diffHours), money(t.diffCost, d.currency), bad(t.diffHours))}
${card('Missing actuals', count(d.missingCount), 'planned weeks with nothing logged')}</div>
${d.hoursWithoutRate > 0.005 ? `<p class="lead">${reportHours(d.hoursWithoutRate)} have no exchange rate into ${esc(d.currency)} and are left out of the costs.</p>` : ''}
${chart}</section>`;
}

function weeksSection(d: PlannedVsActual): string {
  return `<section><h2>By week</h2><table><thead><tr><th>Week of</th><th class="n">Planned</th><th class="n">Actual</th><th class="n">Difference</th><th class="n">Planned cost</th><th class="n">Actual cost</th><th class="n">People missing actuals</th></tr></thead><tbody>${d.weeks
    .map((w) => `<tr><td>${day(w.start)}${w.ended ? '' : ' (not ended)'}</td><td class="n">${reportHours(w.planned)}</td><td class="n">${reportHours(w.actual)}</td><td class="n">${reportSignedHours(w.actual - w.planned)}</td><td class="n">${money(w.plannedCost, d.currency)}</td><td class="n">${money(w.actualCost, d.currency)}</td><td class="n">${count(w.missingPeople)}</td></tr>`)
    .join('')}</tbody></table></section>`;
}

function missingSection(d: PlannedVsActual): string {
  if (!d.missing.length) return '<section><h2>Missing actuals</h2><p class="muted">Every planned week that has ended has hours logged.</p></section>';
  const more = d.missingCount > d.missing.length ? `<p class="lead">The ${count(d.missing.length)} with the most planned hours, of ${count(d.missingCount)}.</p>` : '';
  return `<section><h2>Missing actuals</h2>${more}<table><thead><tr><th>Person</th><th>Week of</th><th class="n">Planned</th></tr></thead><tbody>${d.missing
    .map((m) => `<tr><td>${esc(m.name)}</td><td>${day(m.week)}</td><td class="n">${reportHours(m.plannedHours)}</td></tr>`)
    .join('')}</tbody></table></section>`;
}

/** The page printed to PDF, and its title (the printed header). */
export function actualsHtml(d: PlannedVsActual, meta: ActualsExportMeta & { appName: string; now: string }): { html: string; title: string } {
  const title = actualsTitle(d);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title><style>${REPORT_CSS}</style></head>
<body><main>
<header class="top"><div><div class="eyebrow">Planned against actual</div><h1>${day(d.range.start)} – ${day(d.range.end)}</h1></div>
<div class="meta"><div>${esc(meta.scope)}</div><div>Costs in ${esc(d.currency)}</div><div>Exported ${timestamp(meta.now)} · ${esc(meta.appName)}</div></div></header>
${totalsSection(d)}
<section><h2>By person</h2>${table('Person', d.people, d.currency)}</section>
<section><h2>By role</h2>${table('Role', d.roles, d.currency)}</section>
<section><h2>By campaign</h2>${table('Campaign', d.campaigns, d.currency)}</section>
${weeksSection(d)}
${missingSection(d)}
<footer>Missing actuals: a week that has ended with planned hours and nothing logged, apart from weeks where less was worked than planned.</footer>
</main></body></html>
`;
  return { html, title };
}
