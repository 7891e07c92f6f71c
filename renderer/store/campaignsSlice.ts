import type { BookingView, CampaignSummary, DeleteImpact, DemandLineSummary, Input } from '@shared/contract';
import type { Campaign, CampaignStatus, DemandLine, Talent } from '@shared/domain';
import { call, errorMessage } from '../api';
import type { Slice } from './types';

export interface CampaignFilter {
  statuses: CampaignStatus[];
  client: string;
  from: string;
  to: string;
  text: string;
}

export const emptyCampaignFilter: CampaignFilter = { statuses: [], client: '', from: '', to: '', text: '' };

export type CampaignListInput = NonNullable<Input<'campaigns:list'>>;

export function toCampaignListInput(f: CampaignFilter): CampaignListInput {
  const input: CampaignListInput = {};
  if (f.statuses.length > 0 && f.statuses.length < 5) input.statuses = [...f.statuses];
  if (f.client) input.client = f.client;
  if (f.from) input.from = f.from;
  if (f.to) input.to = f.to;
  const text = f.text.trim();
  if (text) input.text = text.slice(0, 200);
  return input;
}

export interface CampaignDetail {
  campaign: CampaignSummary;
  lines: DemandLineSummary[];
  bookings: BookingView[];
  /** The people booked on it, by id (for names in the bookings table). */
  people: Record<number, Talent>;
}

export interface CampaignsSlice {
  campaigns: CampaignSummary[];
  campaignsLoaded: boolean;
  campaignsLoading: boolean;
  campaignFilter: CampaignFilter;
  /** Every campaign, unfiltered and by name: names and colours for the Schedule, the Calendar and dialogs. */
  allCampaigns: CampaignSummary[];
  campaignById: Map<number, CampaignSummary>;
  allCampaignsLoaded: boolean;
  openCampaignId: number | null;
  campaignDetail: CampaignDetail | null;
  /** Set when the open campaign could not be loaded (e.g. deleted by an undo). */
  campaignDetailError: string | null;

  loadCampaigns(): Promise<void>;
  loadAllCampaigns(): Promise<void>;
  setCampaignFilter(patch: Partial<CampaignFilter>): void;
  resetCampaignFilter(): void;
  openCampaign(id: number | null): void;
  /** `keepPeople`: reuse the booked people already fetched (a change that did not touch people). */
  loadCampaignDetail(options?: { keepPeople?: boolean }): Promise<void>;
  createCampaign(input: Input<'campaigns:create'>): Promise<Campaign>;
  updateCampaign(input: Input<'campaigns:update'>): Promise<Campaign>;
  campaignDeleteImpact(id: number): Promise<DeleteImpact>;
  deleteCampaign(id: number, name: string): Promise<void>;
  createDemandLine(input: Input<'demandLines:create'>): Promise<DemandLine>;
  updateDemandLine(input: Input<'demandLines:update'>): Promise<DemandLine>;
  deleteDemandLine(id: number): Promise<void>;
}

// Writes only say what was done: the list, the open campaign and the clients are refreshed by the
// change main announces after the write (see store/changes.ts).
export const createCampaignsSlice: Slice<CampaignsSlice> = (set, get) => {
  // A slower, older answer must not overwrite a newer one (per store).
  let listSeq = 0;
  let detailSeq = 0;
  return {
    campaigns: [],
    campaignsLoaded: false,
    campaignsLoading: false,
    campaignFilter: emptyCampaignFilter,
    allCampaigns: [],
    campaignById: new Map(),
    allCampaignsLoaded: false,
    openCampaignId: null,
    campaignDetail: null,
    campaignDetailError: null,

    async loadCampaigns() {
      const seq = ++listSeq;
      set({ campaignsLoading: true });
      try {
        const campaigns = await call('campaigns:list', toCampaignListInput(get().campaignFilter));
        if (seq === listSeq) set({ campaigns, campaignsLoaded: true });
      } catch (error) {
        if (seq === listSeq) get().showError(error);
      } finally {
        if (seq === listSeq) set({ campaignsLoading: false });
      }
    },
    async loadAllCampaigns() {
      try {
        const all = await call('campaigns:list', {});
        all.sort((a, b) => a.name.localeCompare(b.name));
        set({ allCampaigns: all, campaignById: new Map(all.map((c) => [c.id, c])), allCampaignsLoaded: true });
      } catch (error) {
        get().showError(error);
      }
    },
    setCampaignFilter(patch) {
      set((s) => ({ campaignFilter: { ...s.campaignFilter, ...patch } }));
    },
    resetCampaignFilter() {
      set({ campaignFilter: emptyCampaignFilter });
    },
    openCampaign(id) {
      set({ openCampaignId: id, campaignDetail: null, campaignDetailError: null });
      if (id !== null) void get().loadCampaignDetail();
    },
    async loadCampaignDetail(options) {
      const id = get().openCampaignId;
      if (id === null) return;
      const seq = ++detailSeq;
      try {
        const [campaign, lines, bookings] = await Promise.all([
          call('campaigns:get', { id }),
          call('demandLines:list', { campaignIds: [id] }),
          call('bookings:list', { campaignIds: [id] }),
        ]);
        const before = get().campaignDetail;
        const known = options?.keepPeople && before?.campaign.id === id ? before.people : {};
        const ids = [...new Set(bookings.map((b) => b.talentId))].filter((tid) => !known[tid]);
        const found = await Promise.all(ids.map((tid) => call('talent:get', { id: tid }).catch(() => null)));
        const people: Record<number, Talent> = {};
        for (const b of bookings) if (known[b.talentId]) people[b.talentId] = known[b.talentId];
        for (const t of found) if (t) people[t.id] = t;
        if (seq === detailSeq && get().openCampaignId === id) set({ campaignDetail: { campaign, lines, bookings, people }, campaignDetailError: null });
      } catch (error) {
        if (seq === detailSeq && get().openCampaignId === id) set({ campaignDetail: null, campaignDetailError: errorMessage(error) });
      }
    },
    async createCampaign(input) {
      const campaign = await call('campaigns:create', input);
      await get().announceChange(`Campaign ${campaign.name} added`);
      return campaign;
    },
    async updateCampaign(input) {
      const campaign = await call('campaigns:update', input);
      await get().announceChange(`Campaign ${campaign.name} saved`);
      return campaign;
    },
    campaignDeleteImpact(id) {
      return call('campaigns:deleteImpact', { id });
    },
    async deleteCampaign(id, name) {
      await call('campaigns:delete', { id });
      if (get().openCampaignId === id) set({ openCampaignId: null, campaignDetail: null });
      await get().announceChange(`Campaign ${name} deleted`);
    },
    async createDemandLine(input) {
      const line = await call('demandLines:create', input);
      await get().announceChange('Demand line added');
      return line;
    },
    async updateDemandLine(input) {
      const line = await call('demandLines:update', input);
      await get().announceChange('Demand line saved');
      return line;
    },
    async deleteDemandLine(id) {
      await call('demandLines:delete', { id });
      await get().announceChange('Demand line deleted');
    },
  };
};
