// Briefs in the staffing plan: a sheet (XLSX) and a page per campaign (PDF), for the plan's campaigns.

import type { BriefInWords, Kpi } from '@shared/contract';
import { utcDateOfIso } from '@shared/dates';
import { CAMPAIGN_STATUS_WORDS, type CampaignStatus, type Id } from '@shared/domain';
import type { Kind, Table } from './sheets';
import { esc } from './pdfStyle';

/** A brief with the words a file shows: its campaign's name and status, its channels by name. */
export interface BriefForExport extends BriefInWords {
  campaignId: Id;
  campaignName: string;
  client: string;
  status: CampaignStatus;
}

/** "Reach: 2,500,000 people" */
export const kpiText = (k: Kpi) => `${k.name}: ${k.target.toLocaleString('en-GB', { maximumFractionDigits: 4 })}${k.unit ? ` ${k.unit}` : ''}`;

/** The briefs of the given campaigns, in the campaigns' order. */
export function briefsOfCampaigns(briefs: readonly BriefForExport[], campaignIds: readonly Id[]): BriefForExport[] {
  const byCampaign = new Map(briefs.map((b) => [b.campaignId, b]));
  return campaignIds.flatMap((id) => byCampaign.get(id) ?? []);
}

/** One row per brief; KPIs and links one per line in their cell. */
export function briefTable(briefs: readonly BriefForExport[]): Table {
  const columns: [string, Kind, number][] = [
    ['Campaign', 'text', 28], ['Client', 'text', 18], ['Status', 'text', 12], ['Requested by', 'text', 22], ['Requested launch', 'date', 14],
    ['Channels', 'text', 26], ['Objective', 'text', 40], ['Audience', 'text', 32], ['KPIs', 'text', 34], ['Links', 'text', 40], ['Results of past campaigns', 'text', 40],
  ];
  return {
    title: 'Briefs',
    columns: columns.map(([header, kind, width]) => ({ header, kind, width })),
    fixed: 1,
    count: briefs.length,
    rows: briefs.map((b) => [
      b.campaignName, b.client, CAMPAIGN_STATUS_WORDS[b.status], b.requester, b.requestedDate ? utcDateOfIso(b.requestedDate) : null,
      b.channels.join(', '), b.objective, b.audience, b.kpis.map(kpiText).join('\n'), b.links.join('\n'), b.history,
    ]),
  };
}

export const BRIEF_PDF_CSS = `
.brief-page table { table-layout: auto; margin-top: 3mm; }
.brief-page th, .brief-page td { text-align: left; white-space: pre-wrap; overflow-wrap: anywhere; overflow: visible; font-size: 9pt; vertical-align: top; padding: 1.6mm 2mm; }
.brief-page th { width: 42mm; background: none; border-bottom: 0.15mm solid #e5e7eb; color: #6b7280; font-weight: 600; }
.brief-page .link { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; }
`;

/** A page per brief, in the plan's PDF: every field as text (links too: the file never links anywhere). */
export function briefPages(briefs: readonly BriefForExport[], longDate: (iso: string) => string): string {
  return briefs
    .map((b) => {
      const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value || '<span class="empty">Not given</span>'}</td></tr>`;
      const rows = [
        row('Requested by', esc(b.requester)),
        row('Requested launch', b.requestedDate ? esc(longDate(b.requestedDate)) : ''),
        row('Channels', esc(b.channels.join(', '))),
        row('Objective', esc(b.objective)),
        row('Audience', esc(b.audience)),
        row('KPIs', b.kpis.map((k) => esc(kpiText(k))).join('<br>')),
        row('Links', b.links.map((l) => `<span class="link">${esc(l)}</span>`).join('<br>')),
        row('Results of past campaigns', esc(b.history)),
      ];
      const sub = [b.client, CAMPAIGN_STATUS_WORDS[b.status]].filter(Boolean).map(esc).join(' · ');
      return `<section class="brief-page"><h2>Brief: ${esc(b.campaignName)}</h2><p class="sub">${sub}</p><table><tbody>${rows.join('')}</tbody></table></section>`;
    })
    .join('');
}
