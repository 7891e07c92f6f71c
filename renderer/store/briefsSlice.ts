import type { Brief, Input, IntakeRow, MarketingChannel } from '@shared/contract';
import { call } from '../api';
import type { Slice } from './types';

export type CampaignsTab = 'all' | 'intake';

export interface BriefsSlice {
  /** The open campaign's brief (null: none yet); `briefFor` says whose it is (null until loaded). */
  brief: Brief | null;
  briefFor: number | null;
  intake: IntakeRow[];
  intakeLoaded: boolean;
  marketingChannels: MarketingChannel[];
  marketingChannelsLoaded: boolean;
  /** Which list the Campaigns view shows. */
  campaignsTab: CampaignsTab;
  setCampaignsTab(tab: CampaignsTab): void;
  loadBrief(campaignId: number): Promise<void>;
  /** Throws ApiCallError for the dialog to show beside its field. */
  saveBrief(input: Input<'briefs:save'>, campaignName: string): Promise<void>;
  /** Clears the campaign's brief (one undoable step). */
  clearBrief(campaignId: number, campaignName: string): Promise<void>;
  loadIntake(): Promise<void>;
  loadMarketingChannels(): Promise<void>;
  /** A quick add from the brief dialog; throws ApiCallError for the dialog to show. */
  createMarketingChannel(name: string): Promise<MarketingChannel>;
}

export const createBriefsSlice: Slice<BriefsSlice> = (set, get) => ({
  brief: null,
  briefFor: null,
  intake: [],
  intakeLoaded: false,
  marketingChannels: [],
  marketingChannelsLoaded: false,
  campaignsTab: 'all',

  setCampaignsTab(campaignsTab) {
    set({ campaignsTab });
  },
  async loadBrief(campaignId) {
    if (get().briefFor !== campaignId) set({ brief: null, briefFor: null });
    try {
      const brief = await call('briefs:get', { campaignId });
      if (get().openCampaignId === campaignId) set({ brief, briefFor: campaignId });
    } catch (error) {
      get().showError(error);
    }
  },
  async saveBrief(input, campaignName) {
    const brief = await call('briefs:save', input);
    set({ brief, briefFor: brief.campaignId });
    await get().announceChange(`Brief of ${campaignName} saved`);
  },
  async clearBrief(campaignId, campaignName) {
    await call('briefs:delete', { campaignId });
    set({ brief: null, briefFor: campaignId });
    await get().announceChange(`Brief of ${campaignName} cleared`);
  },
  async loadIntake() {
    try {
      set({ intake: await call('briefs:intake', {}), intakeLoaded: true });
    } catch (error) {
      get().showError(error);
    }
  },
  async loadMarketingChannels() {
    try {
      set({ marketingChannels: await call('marketingChannels:list', {}), marketingChannelsLoaded: true });
    } catch (error) {
      get().showError(error);
    }
  },
  async createMarketingChannel(name) {
    const channel = await call('marketingChannels:create', { name });
    // Noted as made in a form: a dialog cancelled afterwards discards it (discardCreatedInForm).
    set((s) => ({
      marketingChannels: s.marketingChannels.some((c) => c.id === channel.id) ? s.marketingChannels : [...s.marketingChannels, channel],
      createdInForm: { ...s.createdInForm, channels: [...s.createdInForm.channels, channel.id] },
    }));
    await get().announceChange(`Channel ${channel.name} added`);
    return channel;
  },
});
