import type { CampaignPhaseView, Input, PhaseDeleteImpact, PhaseEditResult, PhaseMoveResult, Template } from '@shared/contract';
import type { Campaign } from '@shared/domain';
import { call } from '../api';
import type { Slice } from './types';

export interface PhasesSlice {
  templates: Template[];
  templatesLoaded: boolean;
  /** The open campaign's phases (campaign page), and whose they are. */
  phases: CampaignPhaseView[];
  phasesCampaignId: number | null;
  /** The open campaign's phases have been read (none may mean none yet). */
  phasesLoaded: boolean;

  loadTemplates(): Promise<void>;
  createTemplate(input: Input<'templates:create'>): Promise<Template>;
  updateTemplate(input: Input<'templates:update'>): Promise<Template>;
  deleteTemplate(id: number, name: string): Promise<void>;
  createCampaignFromTemplate(input: Input<'templates:createCampaign'>): Promise<Campaign>;
  loadPhases(campaignId: number | null): Promise<void>;
  movePhase(input: Input<'phases:move'>): Promise<PhaseMoveResult>;
  createPhase(input: Input<'phases:create'>): Promise<PhaseEditResult>;
  updatePhase(input: Input<'phases:update'>): Promise<PhaseEditResult>;
  phaseDeleteImpact(id: number): Promise<PhaseDeleteImpact>;
  deletePhase(input: Input<'phases:delete'>, name: string): Promise<PhaseEditResult>;
  /** Done today (main's day), or not done (null). */
  markHandoff(id: number, done: 'today' | null): Promise<void>;
}

// Writes say what was done; the lists are refreshed by the change main announces (store/changes.ts).
export const createPhasesSlice: Slice<PhasesSlice> = (set, get) => {
  let phasesSeq = 0;
  return {
    templates: [],
    templatesLoaded: false,
    phases: [],
    phasesCampaignId: null,
    phasesLoaded: false,

    async loadTemplates() {
      try {
        set({ templates: await call('templates:list', {}), templatesLoaded: true });
      } catch (error) {
        get().showError(error);
      }
    },
    async createTemplate(input) {
      const t = await call('templates:create', input);
      await get().announceChange(`Template ${t.name} added`);
      return t;
    },
    async updateTemplate(input) {
      const t = await call('templates:update', input);
      await get().announceChange(`Template ${t.name} saved`);
      return t;
    },
    async deleteTemplate(id, name) {
      await call('templates:delete', { id });
      await get().announceChange(`Template ${name} deleted`);
    },
    async createCampaignFromTemplate(input) {
      const { campaign, phases } = await call('templates:createCampaign', input);
      await get().announceChange(`Campaign ${campaign.name} added with ${phases.length} phases`);
      return campaign;
    },
    async loadPhases(campaignId) {
      const seq = ++phasesSeq;
      if (campaignId === null) {
        set({ phases: [], phasesCampaignId: null, phasesLoaded: false });
        return;
      }
      if (get().phasesCampaignId !== campaignId) set({ phases: [], phasesCampaignId: campaignId, phasesLoaded: false });
      try {
        const phases = await call('phases:list', { campaignId });
        if (seq === phasesSeq) set({ phases, phasesCampaignId: campaignId, phasesLoaded: true });
      } catch (error) {
        if (seq === phasesSeq) get().showError(error);
      }
    },
    async movePhase(input) {
      const result = await call('phases:move', input);
      set({ phases: result.phases });
      const others = result.movedPhaseIds.length - 1;
      const bookings = result.movedBookings > 0 ? `, ${result.movedBookings} ${result.movedBookings === 1 ? 'booking' : 'bookings'}` : '';
      await get().announceChange(`Phase moved${others > 0 ? ` with ${others} after it` : ''}${bookings}`);
      return result;
    },
    async createPhase(input) {
      const result = await call('phases:create', input);
      set({ phases: result.phases });
      await get().announceChange(`Phase ${input.name} added`);
      return result;
    },
    async updatePhase(input) {
      const result = await call('phases:update', input);
      set({ phases: result.phases });
      const others = result.movedPhaseIds.filter((id) => id !== input.id).length;
      await get().announceChange(`Phase saved${others > 0 ? `; ${others} after it moved` : ''}`);
      return result;
    },
    phaseDeleteImpact: (id) => call('phases:deleteImpact', { id }),
    async deletePhase(input, name) {
      const result = await call('phases:delete', input);
      set({ phases: result.phases });
      await get().announceChange(`Phase ${name} removed`);
      return result;
    },
    async markHandoff(id, done) {
      await call('phases:handoffDone', done === 'today' ? { id } : { id, done: null });
      await get().announceChange(done ? 'Handoff marked done' : 'Handoff marked not done');
    },
  };
};
