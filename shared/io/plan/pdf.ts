// The staffing plan as a print-styled HTML page (printed to PDF by the platform): a summary, then
// tables by person, by campaign, and by role and week. Week columns come in bands of at most 13 (a quarter).

import { CAMPAIGN_STATUS_WORDS } from '@shared/domain';
import { campaignRows, roleRows, type PlanData } from './data';
import { esc, PDF_CSS } from './pdfStyle';
import { BRIEF_PDF_CSS, briefPages, type BriefForExport } from './briefs';

export { PDF_FOOTER, PDF_HEADER, PDF_MARGINS_MM } from './pdfStyle';

/** A quarter per band: at 7 pt, 13 week columns keep '1,234.5' and '120%' whole on A4 landscape. */
const MAX_WEEKS = 13;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayLabel = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
export const longDate = (iso: string) => `${dayLabel(iso)} ${iso.slice(0, 4)}`;
const num = (x: number, digits = 1) => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const hrs = (x: number) => (Math.abs(x) < 0.05 ? '<td class="zero">–</td>' : `<td>${num(x)}</td>`);
const pct = (b: number, c: number) =>
  c > 0 ? `<td${b > c + 1e-9 ? ' class="over"' : ''}>${Math.round((b / c) * 100)}%</td>` : b >= 0.05 ? '<td class="over">over</td>' : '<td class="zero">–</td>';
const sum = (a: ArrayLike<number>, from = 0, to = a.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i];
  return s;
};

/** Week bands: [from, to) index pairs of about equal size, each at most MAX_WEEKS. */
function bands(weeks: number): [number, number][] {
  const count = Math.max(1, Math.ceil(weeks / MAX_WEEKS));
  const size = Math.ceil(weeks / count);
  return Array.from({ length: count }, (_, i) => [i * size, Math.min(weeks, (i + 1) * size)]);
}

function weekHead(data: PlanData, from: number, to: number, lead: string): string {
  const cols = `<col style="width:36mm"><col style="width:44mm">${'<col>'.repeat(to - from)}<col style="width:17mm">`;
  const ths = data.weeks.slice(from, to).map((w) => `<th>${dayLabel(w.start)}</th>`).join('');
  return `<colgroup>${cols}</colgroup><thead><tr><th class="l">${lead}</th><th class="l"></th>${ths}<th>Total</th></tr></thead>`;
}

function personSection(data: PlanData, from: number, to: number, bandTitle: string): string {
  const bodies: string[] = [];
  for (const p of data.people) {
    // Only the campaigns with hours in this band: a row of dashes says nothing.
    const campaigns = p.campaigns.filter((c) => sum(c.hours, from, to) >= 0.05);
    const rows = 3 + campaigns.length;
    const who = `<td class="l who" rowspan="${rows}">${esc(p.talent.name)}<small>${esc(p.roleName)}${p.talent.team ? ` · ${esc(p.talent.team)}` : ''}</small></td>`;
    const line = (cls: string, label: string, cells: string, total: string, first = false) =>
      `<tr class="${cls}">${first ? who : ''}<td class="l">${label}</td>${cells}${total}</tr>`;
    const series = (a: Float64Array) => Array.from(a.subarray(from, to), hrs).join('');
    const util = Array.from(p.booked.subarray(from, to), (b, i) => pct(b, p.capacity[from + i])).join('');
    bodies.push(`<tbody class="block">${[
      line('cap', 'Capacity', series(p.capacity), hrs(sum(p.capacity, from, to)), true),
      ...campaigns.map((c) => line('camp', esc(c.campaign.name), series(c.hours), hrs(sum(c.hours, from, to)))),
      line('tot', 'Booked', series(p.booked), hrs(sum(p.booked, from, to))),
      line('util', 'Utilisation', util, pct(sum(p.booked, from, to), sum(p.capacity, from, to))),
    ].join('')}</tbody>`);
  }
  const body = bodies.length ? bodies.join('') : '<tbody><tr><td class="l empty" colspan="99">No people match the filter.</td></tr></tbody>';
  return `<section><h2>By person <span class="band">${bandTitle}</span></h2><table>${weekHead(data, from, to, 'Person')}${body}</table></section>`;
}

function campaignSection(data: PlanData): string {
  const all = campaignRows(data);
  const rows = all.map((r) => {
    const c = r.campaign;
    const money = (x: number) => `${num(x, 0)}`;
    return `<tr><td class="l">${esc(c.name)}</td><td class="l">${esc(c.client)}</td><td class="l">${esc(CAMPAIGN_STATUS_WORDS[c.status])}</td><td class="l">${longDate(c.start)}</td><td class="l">${longDate(c.end)}</td>`
      + `<td>${num(r.demand)}</td><td>${num(r.booked)}</td><td>${num(r.open)}</td><td>${esc(c.currency)} ${money(c.budget)}</td><td>${esc(c.currency)} ${money(r.cost)}</td>`
      + `<td${r.overBudget ? ' class="over"' : ''}>${money(r.remaining)}</td><td>${esc(r.reportingCurrency)} ${money(r.costReporting)}${r.costNote ? ' *' : ''}</td></tr>`;
  });
  const reporting = data.state.money.reporting;
  const total = all.reduce((sum, r) => sum + r.costReporting, 0);
  const notes = all.filter((r) => r.costNote).map((r) => `* ${esc(r.campaign.name)}: ${esc(r.costNote)}.`);
  const head = ['Campaign', 'Client', 'Status', 'Start', 'End'].map((h) => `<th class="l">${h}</th>`).join('')
    + ['Demand h', 'Booked h', 'Open h', 'Budget', 'Planned cost', 'Remaining', `Cost in ${esc(reporting)}`].map((h) => `<th>${h}</th>`).join('');
  const cols = '<colgroup><col style="width:50mm"><col style="width:30mm"><col style="width:18mm"><col style="width:22mm"><col style="width:22mm"><col><col><col><col style="width:26mm"><col style="width:26mm"><col><col style="width:26mm"></colgroup>';
  const totalRow = rows.length
    ? `<tr><td class="l" colspan="11"><b>Total planned cost, in ${esc(reporting)}</b></td><td><b>${esc(reporting)} ${num(total, 0)}</b></td></tr>`
    : '';
  const body = rows.length ? rows.join('') + totalRow : '<tr><td class="l empty" colspan="12">No campaigns in this range.</td></tr>';
  const sub = `Whole-campaign figures: demand, booked hours and planned cost over each campaign's dates. Costs are in each campaign's currency, and in ${esc(reporting)} at the exchange rate in force on each booked day.`;
  return `<section><h2>By campaign</h2><p class="sub">${sub}</p><table>${cols}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${notes.length ? `<p class="sub">${notes.join('<br>')}</p>` : ''}</section>`;
}

function roleSection(data: PlanData, from: number, to: number, bandTitle: string): string {
  const index = new Map(data.weeks.map((w, i) => [w.start, i]));
  const byRole = new Map<string, { demand: Float64Array; supply: Float64Array; free: Float64Array; shortfall: Float64Array }>();
  const W = data.weeks.length;
  for (const r of roleRows(data)) {
    const i = index.get(r.weekStart) ?? (r.weekStart < data.weeks[0]?.start ? 0 : -1);
    if (i < 0) continue;
    const f = byRole.get(r.roleName) ?? { demand: new Float64Array(W), supply: new Float64Array(W), free: new Float64Array(W), shortfall: new Float64Array(W) };
    f.demand[i] += r.demand;
    f.supply[i] += r.supply;
    f.free[i] += r.free;
    f.shortfall[i] += Math.max(0, r.shortfall);
    byRole.set(r.roleName, f);
  }
  const bodies = [...byRole].sort(([a], [b]) => a.localeCompare(b)).map(([role, f]) => {
    const line = (label: string, a: Float64Array, cls = '', first = false) =>
      `<tr class="${cls}">${first ? `<td class="l who" rowspan="4">${esc(role)}</td>` : ''}<td class="l">${label}</td>${Array.from(a.subarray(from, to), (x) => (cls === 'short' && x > 0.05 ? `<td class="over">${num(x)}</td>` : hrs(x))).join('')}${hrs(sum(a, from, to))}</tr>`;
    return `<tbody class="block">${line('Demand', f.demand, 'cap', true)}${line('Supply', f.supply)}${line('Free', f.free)}${line('Shortfall', f.shortfall, 'short')}</tbody>`;
  });
  const body = bodies.length ? bodies.join('') : '<tbody><tr><td class="l empty" colspan="99">No demand or supply in this range.</td></tr></tbody>';
  return `<section><h2>By role and week <span class="band">${bandTitle}</span></h2><table>${weekHead(data, from, to, 'Role')}${body}</table></section>`;
}

function summary(data: PlanData): string {
  const { capacityTotal: capacity, bookedTotal: booked } = data.people;
  const tiles: [string, string][] = [
    [String(data.people.count), 'people'], [String(data.campaigns.length), 'campaigns'], [String(data.weeks.length), 'weeks'],
    [num(capacity, 0), 'capacity hours'], [num(booked, 0), 'booked hours'], [capacity > 0 ? `${Math.round((booked / capacity) * 100)}%` : '–', 'utilisation'],
  ];
  return `<div class="summary">${tiles.map(([v, l]) => `<div><b>${v}</b><span>${l}</span></div>`).join('')}</div>`;
}

/** The plan's page; `briefs` (of the plan's campaigns) follow the campaign table, a page each. */
export function planHtml(data: PlanData, meta: { title: string; filterLine: string; generated: string }, briefs: readonly BriefForExport[] = []): { html: string; rows: number } {
  const weekBands = bands(data.weeks.length);
  const bandTitle = (from: number, to: number) =>
    weekBands.length > 1 && data.weeks.length ? `weeks ${from + 1}–${to} of ${data.weeks.length} (${longDate(data.weeks[from].start)} to ${longDate(data.weeks[to - 1].end)})` : '';
  const sections = [
    ...weekBands.map(([f, t]) => personSection(data, f, t, bandTitle(f, t))),
    campaignSection(data),
    briefPages(briefs, longDate),
    ...weekBands.map(([f, t]) => roleSection(data, f, t, bandTitle(f, t))),
  ];
  sections[0] = sections[0].replace('<section>', `<section class="first"><h1>${esc(meta.title)}</h1><p class="sub">${esc(meta.filterLine)} · generated ${esc(longDate(meta.generated))}</p>${summary(data)}`);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(meta.title)}</title><style>${PDF_CSS}${BRIEF_PDF_CSS}</style></head><body>${sections.join('')}</body></html>`;
  return { html, rows: data.people.rows + data.campaigns.length };
}
