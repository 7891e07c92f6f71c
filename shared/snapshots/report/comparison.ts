import type { SnapshotComparison } from '@shared/contract';
import { NO_ROLE_YET } from '@shared/domain';
import { CHANGE_LABEL, changeTone } from '@shared/snapshots/sentences';
import { esc, hours, pct, signedHours, signedPoints, timestamp } from './format';
import { weeklyChart } from './svg';

/** What changed between two snapshots: a chart of weekly shortfall, then tables. */
export function comparisonSection(c: SnapshotComparison): string {
  const chart = weeklyChart(
    c.weeks,
    [
      { name: `Hours short then (${c.base.name})`, colour: '#aab4c3', values: c.weekTotals.map((w) => w.shortfallBefore), dashed: true },
      { name: `Hours short now (${c.current.name})`, colour: '#c92a2a', values: c.weekTotals.map((w) => w.shortfallAfter) },
    ],
    { bars: 0, title: 'Hours short per week, then and now', height: 230 },
  );
  const byRole = new Map<string, { demand: number; supply: number; shortfall: number; util: number[] }>();
  for (const r of c.roleWeeks) {
    const e = byRole.get(r.roleName) ?? { demand: 0, supply: 0, shortfall: 0, util: [] };
    e.demand += r.demand;
    e.supply += r.supply;
    if (r.roleId >= 0) e.shortfall += r.shortfall; // demand with no role yet is nobody's shortfall
    if (r.utilisation !== null) e.util.push(r.utilisation);
    byRole.set(r.roleName, e);
  }
  const changed = [...byRole.entries()].filter(([, e]) => [e.demand, e.supply, e.shortfall].some((v) => Math.abs(v) >= 0.5) || e.util.some((u) => Math.abs(u) >= 0.0005));
  const roleRows = changed
    .map(([name, e]) => {
      const util = e.util.length ? e.util.reduce((a, b) => a + b, 0) / e.util.length : null;
      return `<tr><td>${esc(name)}</td><td class="n">${signedHours(e.demand)}</td><td class="n">${signedHours(e.supply)}</td><td class="n ${e.shortfall > 0.5 ? 'bad' : e.shortfall < -0.5 ? 'good' : ''}">${name === NO_ROLE_YET ? '–' : signedHours(e.shortfall)}</td><td class="n">${signedPoints(util)}</td></tr>`;
    })
    .join('');
  const campaigns = c.campaigns.length
    ? `<table><thead><tr><th>Campaign</th><th>What happened</th></tr></thead><tbody>${c.campaigns
        .map((x) => `<tr><td><span class="tag ${changeTone(x.change)}">${esc(CHANGE_LABEL[x.change])}</span> <b>${esc(x.name)}</b></td><td>${esc(x.sentences.join(' '))}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p class="muted">No campaign was won, lost, cancelled, put on hold, added, removed or moved, and no chance or budget changed.</p>';
  const people = c.people.length
    ? `<table><thead><tr><th>Person</th><th class="n">Booked then</th><th class="n">Now</th><th class="n">Change</th><th class="n">Utilisation</th></tr></thead><tbody>${c.people
        .slice(0, 15)
        .map((p) => `<tr><td>${esc(p.name)}</td><td class="n">${hours(p.bookedBefore)}</td><td class="n">${hours(p.bookedAfter)}</td><td class="n">${signedHours(p.delta)}</td><td class="n">${pct(p.utilisationBefore)} → ${pct(p.utilisationAfter)}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p class="muted">Nobody’s booked hours changed.</p>';
  const h = c.headline;
  return `<section><h2>What changed since “${esc(c.base.name)}”</h2>
<p class="lead">From ${timestamp(c.base.takenAt)} to ${timestamp(c.current.takenAt)}, over the ${c.weeks.length} weeks both cover. Team’s hours booked ${pct(c.base.headline.utilisation)} → ${pct(c.current.headline.utilisation)}; short in the next 4 weeks ${signedHours(h.shortfall4)}, in the next 12 weeks ${signedHours(h.shortfall12)}${Math.round(h.noRole12) !== 0 ? `; demand with no role yet in the next 12 weeks ${signedHours(h.noRole12)}` : ''}; people booked over their hours ${h.overAllocatedPeople > 0 ? '+' : ''}${h.overAllocatedPeople}.</p>
<h3>Campaigns</h3>${campaigns}
${chart}
<h3>Roles that changed, summed over the common weeks</h3>${changed.length ? `<table><thead><tr><th>Role</th><th class="n">Open demand</th><th class="n">Team’s hours</th><th class="n">Short</th><th class="n">Share booked (average)</th></tr></thead><tbody>${roleRows}</tbody></table>` : '<p class="muted">No role’s demand, supply or utilisation changed.</p>'}</section>
<section class="flow"><h3>Largest changes in people’s load</h3>${people}</section>`;
}
