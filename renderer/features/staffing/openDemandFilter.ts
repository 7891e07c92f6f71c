import type { CampaignSummary, DemandLineSummary } from '@shared/contract';
import type { OpenDemandFilter } from '../../store/staffingSlice';

export const isOpenDemandFiltered = (f: OpenDemandFilter): boolean => f.campaignId !== null || f.text.trim() !== '';

/** The lines of the chosen campaign whose campaign, client, role or note holds every word of the text (any case). */
export function filterOpenLines(
  lines: readonly DemandLineSummary[], campaigns: Record<number, CampaignSummary>, roleName: (id: number | null) => string, f: OpenDemandFilter,
): DemandLineSummary[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return lines.filter((l) => {
    if (f.campaignId !== null && l.campaignId !== f.campaignId) return false;
    if (!words.length) return true;
    const c = campaigns[l.campaignId];
    const hay = [c?.name, c?.client, roleName(l.roleId), l.note].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The campaigns that have open lines, by name. */
export function campaignsOfLines(lines: readonly DemandLineSummary[], campaigns: Record<number, CampaignSummary>): CampaignSummary[] {
  const ids = [...new Set(lines.map((l) => l.campaignId))];
  return ids.map((id) => campaigns[id]).filter(Boolean).sort((a, b) => a.name.localeCompare(b.name));
}
