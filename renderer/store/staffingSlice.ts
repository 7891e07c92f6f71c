import { campaignNeedsPeople } from '@shared/domain';
import type { CampaignSummary, DemandLineSummary, StaffingProposalView, StaffingRankResult, WorkspaceChange } from '@shared/contract';
import { call, errorMessage } from '../api';
import { resolveRange, type DayRangeIso, type RangeChoice } from '../features/capacity/range';
import { baseName } from '../features/io/labels';
import { KINDS_OF, type KindsChoice } from '../features/staffing/kinds';
import { todayIso } from '../lib/format';
import { reaches, touches } from './changes';
import type { Slice } from './types';

/** What a plan is proposed for. */
export interface StaffingOptions {
  range: RangeChoice;
  mode: 'split' | 'whole';
  kinds: KindsChoice;
  includeTentative: boolean;
}

/** What "Find a person" ranks for: a line, who, and whether tentative bookings count as taken. */
export interface RankQuery {
  demandLineId: number;
  kinds: KindsChoice;
  includeTentative: boolean;
}

/** The open demand lines of a range, before a plan is proposed (active campaigns only). */
export interface OpenDemandData {
  range: DayRangeIso;
  lines: DemandLineSummary[] | null;
  campaigns: Record<number, CampaignSummary>;
  error: string | null;
}

/** Which open demand lines show: one campaign's (null: all), and those whose campaign, client, role or note holds the text. */
export interface OpenDemandFilter {
  campaignId: number | null;
  text: string;
}
export const NO_OPEN_DEMAND_FILTER: OpenDemandFilter = { campaignId: null, text: '' };

export interface StaffingSlice {
  staffingOptions: StaffingOptions;
  staffingProposal: StaffingProposalView | null;
  /** The plan's lines ticked for "Accept selected". */
  staffingSelected: number[];
  staffingBusy: 'propose' | 'accept' | 'export' | null;
  staffingError: string | null;
  /** Changes seen since the app started, and how many there were when the plan was made (-1: settings changed). */
  staffingChanges: number;
  staffingPlanAt: number;
  openDemand: OpenDemandData | null;
  openDemandFilter: OpenDemandFilter;
  staffingRank: { query: RankQuery; result: StaffingRankResult | null; error: string | null } | null;

  setStaffingOptions(patch: Partial<StaffingOptions>): void;
  proposeStaffing(): Promise<void>;
  /** Accepts the given lines of the plan (all when absent). */
  acceptStaffing(lineIds?: number[]): Promise<void>;
  toggleStaffingLine(lineId: number, on: boolean): void;
  /** Exports the plan on screen, accepted or not, for review (the edge asks where to save it). */
  exportStaffingProposal(format: 'xlsx' | 'pdf'): Promise<void>;
  /** The plan was weighed with settings that have since changed. */
  staffingSettingsChanged(): void;
  loadOpenDemand(range: DayRangeIso): Promise<void>;
  setOpenDemandFilter(patch: Partial<OpenDemandFilter>): void;
  /** Ranks candidates for a line; null closes the ranking. */
  rankStaffing(query: RankQuery | null): Promise<void>;
  /** After a change: the plan goes stale, and the open demand and a ranking on screen reload. */
  staffingChanged(change: WorkspaceChange): void;
}

/** True when the plan on screen was made before the last change to what it was made from. */
export const isPlanStale = (s: Pick<StaffingSlice, 'staffingProposal' | 'staffingChanges' | 'staffingPlanAt'>): boolean =>
  s.staffingProposal !== null && s.staffingChanges !== s.staffingPlanAt;

export const createStaffingSlice: Slice<StaffingSlice> = (set, get) => {
  // Accepts sent and not yet announced back: their own change does not make the plan stale.
  let ownAccepts = 0;
  let demandSeq = 0;
  let rankSeq = 0;

  return {
    staffingOptions: { range: { kind: 'weeks', weeks: 12 }, mode: 'split', kinds: 'staff+freelancer', includeTentative: true },
    staffingProposal: null,
    staffingSelected: [],
    staffingBusy: null,
    staffingError: null,
    staffingChanges: 0,
    staffingPlanAt: 0,
    openDemand: null,
    openDemandFilter: NO_OPEN_DEMAND_FILTER,
    staffingRank: null,

    setStaffingOptions: (patch) => set((s) => ({ staffingOptions: { ...s.staffingOptions, ...patch } })),
    toggleStaffingLine: (lineId, on) =>
      set((s) => ({ staffingSelected: on ? [...new Set([...s.staffingSelected, lineId])] : s.staffingSelected.filter((id) => id !== lineId) })),
    staffingSettingsChanged: () => set({ staffingPlanAt: -1 }),
    setOpenDemandFilter: (patch) => set((s) => ({ openDemandFilter: { ...s.openDemandFilter, ...patch } })),

    async proposeStaffing() {
      const { range, mode, includeTentative, kinds } = get().staffingOptions;
      const at = get().staffingChanges;
      set({ staffingBusy: 'propose', staffingError: null });
      try {
        const p = await call('staffing:propose', { range: resolveRange(range, todayIso()), mode, includeTentative, kinds: [...KINDS_OF[kinds]] });
        const ready = p.lines.filter((l) => p.bookings.some((b) => b.demandLineId === l.demandLineId)).map((l) => l.demandLineId);
        // A change while it was solving makes it stale at once.
        set({ staffingProposal: p, staffingPlanAt: at, staffingSelected: ready });
      } catch (error) {
        set({ staffingError: errorMessage(error) });
      } finally {
        set({ staffingBusy: null });
      }
    },

    async acceptStaffing(lineIds) {
      const proposal = get().staffingProposal;
      if (!proposal) return;
      set({ staffingBusy: 'accept', staffingError: null });
      ownAccepts++;
      try {
        const res = await call('staffing:accept', { proposalId: proposal.id, lineIds });
        const done = new Set(lineIds ?? proposal.lines.map((l) => l.demandLineId));
        set((s) => ({
          staffingProposal: { ...proposal, lines: proposal.lines.map((l) => (done.has(l.demandLineId) ? { ...l, accepted: true } : l)) },
          staffingSelected: res.remainingLineIds.filter((id) => s.staffingSelected.includes(id)),
        }));
        await get().announceChange(`${res.label}. A backup was taken first.`);
      } catch (error) {
        ownAccepts--;
        set({ staffingError: errorMessage(error) });
      } finally {
        set({ staffingBusy: null });
      }
    },

    async exportStaffingProposal(format) {
      const proposal = get().staffingProposal;
      if (!proposal) return;
      set({ staffingBusy: 'export', staffingError: null });
      try {
        const written = await call('staffing:exportProposal', { proposalId: proposal.id, format });
        get().pushToast({ kind: 'success', message: `Plan exported for review to ${baseName(written.path)}` });
      } catch (error) {
        if ((error as { code?: string }).code === 'cancelled') get().pushToast({ kind: 'info', message: 'Export cancelled. No file was written.' });
        else set({ staffingError: errorMessage(error) });
      } finally {
        set({ staffingBusy: null });
      }
    },

    async loadOpenDemand(range) {
      const seq = ++demandSeq;
      const held = get().openDemand;
      const same = held?.range.start === range.start && held.range.end === range.end;
      if (!same) set({ openDemand: { range, lines: null, campaigns: {}, error: null } });
      try {
        const [lines, all] = await Promise.all([call('demandLines:list', { from: range.start, to: range.end, openOnly: true }), call('campaigns:list', {})]);
        const campaigns: Record<number, CampaignSummary> = {};
        for (const c of all) if (campaignNeedsPeople(c.status)) campaigns[c.id] = c;
        const open = lines.filter((l) => campaigns[l.campaignId]).sort((a, b) => a.priority - b.priority || a.start.localeCompare(b.start));
        if (seq === demandSeq) set({ openDemand: { range, lines: open, campaigns, error: null } });
      } catch (error) {
        if (seq === demandSeq) set({ openDemand: { range, lines: null, campaigns: {}, error: errorMessage(error) } });
      }
    },

    async rankStaffing(query) {
      const seq = ++rankSeq;
      if (!query) {
        set({ staffingRank: null });
        return;
      }
      const held = get().staffingRank;
      const same = held?.query.demandLineId === query.demandLineId;
      set({ staffingRank: { query, result: same ? held.result : null, error: null } });
      try {
        const result = await call('staffing:rank', { demandLineId: query.demandLineId, includeTentative: query.includeTentative, kinds: [...KINDS_OF[query.kinds]] });
        if (seq === rankSeq) set({ staffingRank: { query, result, error: null } });
      } catch (error) {
        if (seq === rankSeq) set((s) => ({ staffingRank: { query, result: s.staffingRank?.result ?? null, error: errorMessage(error) } }));
      }
    },

    staffingChanged(change) {
      const own = change.source === 'window' && ownAccepts > 0 && change.areas.every((a) => a === 'bookings' || a === 'campaigns');
      if (own) ownAccepts--;
      else set((s) => ({ staffingChanges: s.staffingChanges + 1 }));
      const s = get();
      if (s.openDemand && s.view === 'staffing' && touches(change, 'campaigns', 'bookings') && reaches(change, s.openDemand.range)) void s.loadOpenDemand(s.openDemand.range);
      if (s.staffingRank) void s.rankStaffing(s.staffingRank.query);
    },
  };
};
