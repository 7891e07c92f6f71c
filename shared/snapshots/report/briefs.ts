import type { Snapshot } from '@shared/contract';
import { CAMPAIGN_STATUS_WORDS } from '@shared/domain';
import { kpiText } from '@shared/io/plan/briefs';
import { day, esc } from './format';

/** A link as text; its colons as character references, so nothing reading the file (a mail client, a scanner) takes it for an address. */
const linkText = (link: string) => esc(link).replace(/:/g, '&#58;');

export const BRIEF_REPORT_CSS = `
.briefs { display: flex; flex-direction: column; gap: 12px; }
.brief { border: 1px solid var(--border); border-radius: 8px; padding: 12px 14px; break-inside: avoid; }
.brief h3 { margin: 0 0 2px; color: var(--text); font-size: 14px; }
.brief dl { display: grid; grid-template-columns: 170px 1fr; gap: 4px 14px; margin: 8px 0 0; }
.brief dt { color: var(--text3); font-weight: 600; font-size: 12px; }
.brief dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.brief code { font-size: 11.5px; color: var(--text2); }
`;

/**
 * The briefs of the campaigns running in the snapshot's range, as they were when it was taken,
 * soonest requested launch first. Every field is text: links are shown, never linked.
 */
export function briefsSection(s: Snapshot): string {
  const withBrief = s.figures.campaigns.filter((c) => c.inRange && c.brief);
  if (withBrief.length === 0) return '';
  const sorted = [...withBrief].sort((a, b) => (a.brief!.requestedDate ?? '9999').localeCompare(b.brief!.requestedDate ?? '9999') || a.name.localeCompare(b.name));
  const items = sorted.map((c) => {
    const b = c.brief!;
    const row = (label: string, value: string) => (value ? `<dt>${label}</dt><dd>${value}</dd>` : '');
    return `<div class="brief"><h3>${esc(c.name)}</h3><div class="muted">${[c.client, CAMPAIGN_STATUS_WORDS[c.status]].filter(Boolean).map(esc).join(' · ')}</div><dl>${[
      row('Requested by', esc(b.requester)),
      row('Requested launch', b.requestedDate ? day(b.requestedDate) : ''),
      row('Channels', esc(b.channels.join(', '))),
      row('Objective', esc(b.objective)),
      row('Audience', esc(b.audience)),
      row('KPIs', b.kpis.map((k) => esc(kpiText(k))).join('<br>')),
      row('Links', b.links.map((l) => `<code>${linkText(l)}</code>`).join('<br>')),
      row('Results of past campaigns', esc(b.history)),
    ].join('')}</dl></div>`;
  });
  return `<section class="flow"><h2>Briefs</h2><p class="lead">What marketing asked for, for the ${withBrief.length === 1 ? 'campaign' : `${withBrief.length} campaigns`} in range with a brief, as it stood when the snapshot was taken.</p><div class="briefs">${items.join('')}</div></section>`;
}
