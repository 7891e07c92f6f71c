import type { Brief, Input } from '@shared/contract';
import { BRIEF_LIMITS } from '@shared/contract/briefs';
import { parseNumber } from '../people/talentDraft';

export interface KpiDraft {
  name: string;
  target: string;
  unit: string;
}

/** A brief as the dialog edits it: numbers as typed, links one per line. */
export interface BriefDraft {
  objective: string;
  audience: string;
  channels: number[];
  kpis: KpiDraft[];
  requestedDate: string;
  requester: string;
  links: string;
  history: string;
}

export const BRIEF_FIELDS = ['objective', 'audience', 'channels', 'kpis', 'requestedDate', 'requester', 'links', 'history'] as const;

export function draftFromBrief(b: Brief | null): BriefDraft {
  return {
    objective: b?.objective ?? '',
    audience: b?.audience ?? '',
    channels: b?.channels ?? [],
    kpis: (b?.kpis ?? []).map((k) => ({ name: k.name, target: String(k.target), unit: k.unit })),
    requestedDate: b?.requestedDate ?? '',
    requester: b?.requester ?? '',
    links: (b?.links ?? []).join('\n'),
    history: b?.history ?? '',
  };
}

export const linesOf = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** Checks what the dialog can check alone (the handler checks everything again). */
export function checkBriefDraft(d: BriefDraft): Record<string, string> {
  const e: Record<string, string> = {};
  d.kpis.forEach((k, i) => {
    if (!k.name.trim()) e[`kpis.${i}.name`] = 'Name the KPI, or remove the row';
    const t = parseNumber(k.target, null);
    if (t === null || Number.isNaN(t)) e[`kpis.${i}.target`] = 'Enter a number';
  });
  if (d.kpis.length > BRIEF_LIMITS.kpis) e.kpis = `At most ${BRIEF_LIMITS.kpis} KPIs`;
  const links = linesOf(d.links);
  if (links.length > BRIEF_LIMITS.links) e.links = `At most ${BRIEF_LIMITS.links} links, one per line`;
  return e;
}

export function briefDraftToInput(campaignId: number, d: BriefDraft): Input<'briefs:save'> {
  return {
    campaignId,
    objective: d.objective,
    audience: d.audience,
    channels: d.channels,
    kpis: d.kpis.map((k) => ({ name: k.name, target: parseNumber(k.target, 0) as number, unit: k.unit })),
    requestedDate: d.requestedDate || null,
    requester: d.requester,
    links: linesOf(d.links),
    history: d.history,
  };
}

/** "Line 3: …" for a link's error, since the links are edited one per line. */
export function linkError(errors: Record<string, string>): string | undefined {
  if (errors.links) return errors.links;
  const key = Object.keys(errors).find((k) => /^links\.\d+$/.test(k));
  return key ? `Line ${Number(key.split('.')[1]) + 1}: ${errors[key]}` : undefined;
}
