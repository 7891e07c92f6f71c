import type { Snapshot, SnapshotComparison } from '@shared/contract';
import { NO_ROLE_YET } from '@shared/domain';
import {
  bookedSentence, everyPitchSentence, noRoleSentence, openFitsSentence, shortRolesSentence, teamHoursSentence, workBookedSentence, type Formats,
} from '@shared/snapshots/sentences';
import { comparableCost, reportingTotal } from '@shared/money/snapshot';
import { SCALE_WORDS } from '@shared/utilisationScale';
import { BRIEF_REPORT_CSS, briefsSection } from './briefs';
import { comparisonSection } from './comparison';
import { REPORT_CSS } from './css';
import { count, day, esc, hours, hoursOne, money, pct, timestamp } from './format';
import { heatmap, pairedBars, weeklyChart } from './svg';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const DEMAND = '#3b5bdb';
const SUPPLY = '#aab4c3';
const BOOKED = '#0c8599';

function filterText(s: Snapshot, roleName: (id: number) => string): string {
  const { roleId, kinds, tag } = s.settings.filter;
  const parts = [roleId !== undefined ? `role ${roleName(roleId)}` : 'all roles', kinds?.length ? kinds.join(', ') : 'all kinds of talent'];
  if (tag) parts.push(`tagged “${tag}”`);
  return parts.join(' · ');
}

const words: Formats = { hours, pct };

function headlineSection(s: Snapshot): string {
  const h = s.headline;
  const over = h.utilisation !== null && h.target !== null && h.utilisation > h.target;
  const shortfall = h.shortfall
    .map((x) => {
      const noRole = noRoleSentence(x.noRole, words);
      return `<div class="card"><div class="k">Short, next ${x.weeks} weeks</div><div class="v ${x.hours > 0 ? 'bad' : 'good'}">${hours(x.hours)}</div><div class="s">${esc(shortRolesSentence(x, { hours: hoursOne, pct }, 2))}</div>${noRole ? `<div class="s warn">${esc(noRole)}</div>` : ''}<div class="s muted">${esc(everyPitchSentence(x, words))}</div></div>`;
    })
    .join('');
  const cov = h.coverage.weighted;
  const top = h.topOverAllocated.length
    ? `<table><thead><tr><th>Booked over their hours</th><th class="n">Hours over</th><th class="n">Days</th></tr></thead><tbody>${h.topOverAllocated
        .map((p) => `<tr><td>${esc(p.name)}</td><td class="n bad">${hours(p.excess)}</td><td class="n">${count(p.days)}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p class="muted">Nobody is booked above their capacity in this range.</p>';
  return `<section><h2>Headlines</h2><p class="lead">${count(h.counts.people)} people in ${count(h.counts.roles)} roles, ${count(h.counts.bookings)} bookings, ${count(h.counts.lines)} demand lines on ${count(h.counts.campaigns)} campaigns in range.</p>
<div class="cards"><div class="card"><div class="k">Team’s hours booked</div><div class="v ${over ? 'warn' : ''}">${pct(h.utilisation)}</div><div class="s">${esc(bookedSentence(h, words))}</div></div>${shortfall}</div>
<div class="two" style="margin-top:14px"><div><h3>Work booked and still open</h3><ul class="sentences">
<li>${pct(cov.bookedCoverage)} of the work is already booked: ${esc(workBookedSentence(cov, words))}.</li>
<li>${esc(teamHoursSentence(cov, words))}.</li>
<li>${esc(openFitsSentence(cov, words))}.</li>
<li>Pitches count at their chance of being won. If every pitch were won, ${hours(h.coverage.unweighted.openDemand)} would still be open.</li>
</ul></div><div><h3>People</h3>${top}</div></div></section>`;
}

function rolesSection(s: Snapshot): string {
  const { weeks, roles } = s.figures;
  const totals = (key: 'demand' | 'supply' | 'booked') => weeks.map((_, w) => sum(roles.map((r) => r[key][w])));
  const weekly = weeklyChart(
    weeks,
    [
      { name: 'Supply', colour: SUPPLY, values: totals('supply') },
      { name: 'Booked', colour: BOOKED, values: totals('booked') },
      { name: 'Open demand', colour: DEMAND, values: totals('demand') },
    ],
    { bars: 2, title: 'Supply, booked hours and open demand per week' },
  );
  const perRole = pairedBars(
    roles.map((r) => ({ label: r.roleName, a: sum(r.booked) + sum(r.demand), b: sum(r.supply) })),
    ['Booked + open demand', 'Supply'], [DEMAND, SUPPLY], 'Demand against supply per role',
  );
  const heat = heatmap(
    weeks,
    roles.filter((r) => r.supply.some((v) => v > 0)).map((r) => ({ label: r.roleName, target: r.target, values: r.supply.map((sup, w) => (sup > 0 ? r.booked[w] / sup : null)) })),
    'Utilisation by role and week',
  );
  const rows = roles
    .map((r) => {
      const supply = sum(r.supply);
      const booked = sum(r.booked);
      const short = r.roleId < 0 ? 0 : sum(r.shortfall.map((v) => Math.max(0, v)));
      return `<tr><td><span class="swatch" style="background:${esc(r.colour)}"></span>${esc(r.roleName)}</td><td class="n">${count(r.people)}</td><td class="n">${hours(supply)}</td><td class="n">${hours(booked)}</td><td class="n">${pct(supply > 0 ? booked / supply : null)}</td><td class="n">${r.target === null ? '–' : `${r.target}%`}</td><td class="n">${hours(sum(r.demand))}</td><td class="n">${hours(sum(r.demandUnweighted))}</td><td class="n ${short > 0 ? 'bad' : ''}">${r.roleId < 0 ? 'no role yet' : hours(short)}</td><td class="n">${count(r.lines)}</td></tr>`;
    })
    .join('');
  return `<section><h2>Demand against supply</h2><p class="lead">All roles, week by week: the team’s hours, the hours booked, and the hours still to book (pitches at their chance of being won).</p>${weekly}</section>
<section><h2>Utilisation by role and week</h2><p class="lead">Booked hours as a share of the role’s capacity, against the role’s target: ${SCALE_WORDS}.</p>${heat}</section>
<section><h2>Per role</h2>${perRole}
<table><thead><tr><th>Role</th><th class="n">People</th><th class="n">Supply</th><th class="n">Booked</th><th class="n">Utilisation</th><th class="n">Target</th><th class="n">Open demand</th><th class="n">If every pitch is won</th><th class="n">Short</th><th class="n">Lines</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function detailSection(s: Snapshot, roleName: (id: number) => string): string {
  const open = [...s.figures.openDemand].sort((a, b) => b.openWeighted - a.openWeighted).slice(0, 25);
  const running = s.figures.campaigns.filter((c) => c.inRange);
  const campaigns = [...running].sort((a, b) => comparableCost(b) - comparableCost(a)).slice(0, 25);
  const total = reportingTotal(running);
  const runs = [...s.figures.overAllocations].sort((a, b) => b.excess - a.excess).slice(0, 20);
  return `<section class="flow"><h2>Open demand</h2><p class="lead">${count(s.figures.openDemand.length)} lines with hours still to book; the ${open.length} largest below (pitches at their chance of being won).</p>
<table><thead><tr><th>Campaign</th><th>Role</th><th>Status</th><th>Window</th><th class="n">Hours</th><th class="n">Booked</th><th class="n">Still open</th><th class="n">At its chance</th></tr></thead><tbody>${open
    .map((l) => `<tr><td>${esc(l.campaignName)}</td><td>${esc(l.roleId === null ? NO_ROLE_YET : roleName(l.roleId))}</td><td>${l.campaignStatus === 'pipeline' ? `pitch, ${l.probability}% chance` : esc(l.campaignStatus.replace('_', ' '))}</td><td>${day(l.start)} – ${day(l.end)}</td><td class="n">${hours(l.hours)}</td><td class="n">${hours(l.booked)}</td><td class="n">${hours(l.open)}</td><td class="n">${hours(l.openWeighted)}</td></tr>`)
    .join('')}</tbody></table></section>
<section class="flow"><h2>Cost against budget</h2><p class="lead">Planned cost (booked hours × cost rate) of campaigns running in the range, largest first, in each campaign’s currency${
    total ? ` and in ${esc(total.currency)}: ${money(total.amount, total.currency)} in all` : ''}.${
    total && total.missingHours > 0.005 ? ` ${hours(total.missingHours)} of bookings have no exchange rate and are left out.` : ''}</p>
<table><thead><tr><th>Campaign</th><th>Client</th><th class="n">Budget</th><th class="n">Planned cost</th>${total ? `<th class="n">In ${esc(total.currency)}</th>` : ''}<th class="n">Used</th><th class="n">Bookings</th></tr></thead><tbody>${campaigns
    .map((c) => `<tr><td>${esc(c.name)}</td><td>${esc(c.client)}</td><td class="n">${money(c.budget, c.currency)}</td><td class="n ${c.overBudget ? 'bad' : ''}">${money(c.plannedCost, c.currency)}</td>${total ? `<td class="n">${money(c.plannedCostReporting ?? 0, total.currency)}</td>` : ''}<td class="n">${pct(c.budget > 0 ? c.plannedCost / c.budget : null)}</td><td class="n">${count(c.bookings)}</td></tr>`)
    .join('')}</tbody></table></section>
<section class="flow"><h2>Over-allocations</h2><p class="lead">${count(s.figures.overAllocations.length)} runs of days booked above capacity.</p>${
    runs.length
      ? `<table><thead><tr><th>Person</th><th>From</th><th>To</th><th class="n">Days</th><th class="n">Hours over</th><th class="n">Worst day</th></tr></thead><tbody>${runs
          .map((r) => `<tr><td>${esc(r.name)}</td><td>${day(r.start)}</td><td>${day(r.end)}</td><td class="n">${count(r.days)}</td><td class="n bad">${hours(r.excess)}</td><td class="n">${r.peakBooked} of ${r.peakCapacity} h</td></tr>`)
          .join('')}</tbody></table>`
      : ''
  }</section>`;
}

const DEFINITIONS = `<section class="flow"><h2>How to read this</h2><dl class="defs">
<dt>Supply</dt><dd>Working hours of people whose primary role it is, after holidays, closures and time off.</dd>
<dt>Open demand</dt><dd>Hours of demand lines not yet booked, spread over the days of each line’s window when someone in its role can work (not over holidays everyone has, nor closures). Pitches count at their chance of being won; “if every pitch is won” counts them in full.</dd>
<dt>Short</dt><dd>Open demand minus the role’s free hours, per week; only weeks short of people are added up. Demand with no role yet is never counted as short: it is given apart, because nobody can be booked on it until it has a role.</dd>
<dt>Team’s hours booked</dt><dd>Booked hours (confirmed and tentative) ÷ capacity. The target is each person’s, else their role’s, weighted by capacity.</dd>
<dt>Work booked</dt><dd>Booked hours ÷ (booked hours + open demand): how much of the work in these weeks already has people.</dd>
</dl></section>`;

/** The whole report: one self-contained HTML page (inline CSS and SVG; no script, font, image or link). */
export function renderReport(s: Snapshot, comparison: SnapshotComparison | null, options: { appName: string }): string {
  const roleNames = new Map(s.figures.roles.map((r) => [r.roleId, r.roleName]));
  const roleName = (id: number) => roleNames.get(id) ?? `#${id}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(s.name)} · Capacity snapshot</title><style>${REPORT_CSS}${BRIEF_REPORT_CSS}</style></head>
<body><main>
<header class="top"><div><div class="eyebrow">Capacity snapshot</div><h1>${esc(s.name)}</h1></div>
<div class="meta"><div>${day(s.settings.range.start)} – ${day(s.settings.range.end)} · ${count(s.figures.weeks.length)} weeks</div><div>${esc(filterText(s, roleName))}</div><div>Taken ${timestamp(s.takenAt)} · ${esc(options.appName)} ${esc(s.appVersion)}</div></div></header>
${s.note ? `<p class="note">${esc(s.note)}</p>` : ''}
${headlineSection(s)}
${rolesSection(s)}
${comparison ? comparisonSection(comparison) : ''}
${detailSection(s, roleName)}
${briefsSection(s)}
${DEFINITIONS}
<footer>Figures as they were when the snapshot was taken; they do not change.</footer>
</main></body></html>
`;
}
