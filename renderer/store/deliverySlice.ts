import type { DeliveryAnswer, DeliveryProposal } from '@shared/contract';
import { daysBetween } from '@shared/dates';
import { call, errorMessage } from '../api';
import { todayIso } from '../lib/format';
import type { Slice } from './types';

/** What the campaign page's "When can we deliver?" card asks. */
export interface DeliveryForm {
  earliestStart: string;
  /** '' for none. */
  requestedDate: string;
  tentativeIsTaken: boolean;
}

/** A campaign's delivery answer in short, as the intake list and the open-demand panel show it. */
export interface DeliveryEstimate {
  /** Null: nothing fits within the year searched (or the question was refused: see `error`). */
  finish: string | null;
  /** The binding constraint in words (what holds the date back). */
  reason: string;
  error: string | null;
}

/** What the intake list and the open-demand panel ask about each campaign: from its first day (or today, if later). */
export interface DeliveryPitch {
  campaignId: number;
  start: string;
}

/** Calendar days a finish is after a date (0: on or before it); null without either. */
export function daysLate(finish: string | null, date: string | null): number | null {
  return finish && date ? Math.max(0, daysBetween(date, finish)) : null;
}

export interface DeliverySlice {
  /** Earliest delivery per pitch (campaign id), for the intake list. */
  deliveryEstimates: Record<number, DeliveryEstimate>;
  /** The pitches last asked about (asked again when free hours change). */
  deliveryPitches: DeliveryPitch[];
  /** Asks "When can we deliver?" for each pitch, from today or its start if later. */
  estimateDeliveries(pitches: DeliveryPitch[]): Promise<void>;
  /** Asks again for the same pitches once changes pause (a run of edits on the Schedule asks once). */
  refreshDeliveryEstimates(): void;
  /** The campaign the card asks about (null when no campaign page is open). */
  deliveryCampaignId: number | null;
  deliveryForm: DeliveryForm;
  deliveryAnswer: DeliveryAnswer | null;
  deliveryLoading: boolean;
  deliveryError: string | null;
  /** Starts asking about a campaign (its phases or demand lines) with the form's first values. */
  openDelivery(campaignId: number, form: DeliveryForm): void;
  closeDelivery(): void;
  setDeliveryForm(patch: Partial<DeliveryForm>): void;
  askDelivery(): Promise<void>;
  /** "Book it": the staffing optimiser's proposal for the answer's phases (split or whole mode), to show before accepting. */
  deliveryBookPlan: DeliveryProposal | null;
  deliveryBookMode: 'split' | 'whole';
  deliveryBookLoading: boolean;
  previewDeliveryBooking(mode?: 'split' | 'whole'): Promise<void>;
  closeDeliveryBooking(): void;
  /** Accepts the proposal's bookings in one undoable step; throws (for the dialog to show) when refused. */
  bookDelivery(): Promise<void>;
}

/** The question the card asks, or null without a campaign or an earliest start. */
function questionOf(s: DeliverySlice) {
  const f = s.deliveryForm;
  if (s.deliveryCampaignId === null || !f.earliestStart) return null;
  return { campaignId: s.deliveryCampaignId, earliestStart: f.earliestStart, requestedDate: f.requestedDate || null, tentativeIsTaken: f.tentativeIsTaken };
}

/** The short answer for one campaign; each view compares the finish with its own date (a launch asked for, the campaign's end). */
async function estimateOf(p: DeliveryPitch, today: string): Promise<DeliveryEstimate> {
  const earliestStart = p.start > today ? p.start : today;
  try {
    const a = await call('delivery:answer', { campaignId: p.campaignId, earliestStart, requestedDate: null });
    // A campaign under way says first how much is already booked.
    return { finish: a.finish, reason: [a.progress?.sentence, a.binding.sentence].filter(Boolean).join(' '), error: null };
  } catch (error) {
    return { finish: null, reason: '', error: errorMessage(error) };
  }
}

/** How long changes must pause before the intake list and the open-demand band ask again. */
export const REFRESH_PAUSE_MS = 300;

export const createDeliverySlice: Slice<DeliverySlice> = (set, get) => {
  let seq = 0;
  let estimatesSeq = 0;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    refreshDeliveryEstimates() {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => {
        const pitches = get().deliveryPitches;
        if (pitches.length > 0) void get().estimateDeliveries(pitches);
      }, REFRESH_PAUSE_MS);
    },
    deliveryEstimates: {},
    deliveryPitches: [],
    async estimateDeliveries(pitches) {
      const mine = ++estimatesSeq;
      set({ deliveryPitches: pitches });
      const today = todayIso();
      // One question per pitch; each answer shows as it comes.
      await Promise.all(
        pitches.map(async (p) => {
          const estimate = await estimateOf(p, today);
          if (mine === estimatesSeq) set((s) => ({ deliveryEstimates: { ...s.deliveryEstimates, [p.campaignId]: estimate } }));
        }),
      );
    },
    deliveryCampaignId: null,
    deliveryForm: { earliestStart: '', requestedDate: '', tentativeIsTaken: true },
    deliveryAnswer: null,
    deliveryLoading: false,
    deliveryError: null,

    openDelivery(campaignId, form) {
      set({ deliveryCampaignId: campaignId, deliveryForm: form, deliveryAnswer: null, deliveryError: null });
      void get().askDelivery();
    },
    closeDelivery() {
      seq++;
      set({ deliveryCampaignId: null, deliveryAnswer: null, deliveryError: null, deliveryLoading: false });
    },
    setDeliveryForm(patch) {
      set((s) => ({ deliveryForm: { ...s.deliveryForm, ...patch } }));
      void get().askDelivery();
    },
    deliveryBookPlan: null,
    deliveryBookMode: 'split',
    deliveryBookLoading: false,
    async previewDeliveryBooking(mode = get().deliveryBookMode) {
      const input = questionOf(get());
      if (!input) return;
      set({ deliveryBookMode: mode, deliveryBookLoading: true });
      try {
        const plan = await call('delivery:propose', { ...input, mode });
        if (get().deliveryBookMode === mode) set({ deliveryBookPlan: plan });
      } catch (error) {
        get().pushToast({ kind: 'error', message: errorMessage(error) });
      } finally {
        set({ deliveryBookLoading: false });
      }
    },
    closeDeliveryBooking() {
      set({ deliveryBookPlan: null });
    },
    async bookDelivery() {
      const plan = get().deliveryBookPlan;
      if (!plan) return;
      const res = await call('staffing:accept', { proposalId: plan.id });
      await get().announceChange(res.label);
    },
    async askDelivery() {
      const { deliveryCampaignId: campaignId, deliveryForm: f } = get();
      if (campaignId === null) return;
      const mine = ++seq;
      if (!f.earliestStart) return set({ deliveryError: 'Choose the earliest start.', deliveryAnswer: null });
      set({ deliveryLoading: true });
      try {
        const answer = await call('delivery:answer', questionOf(get())!);
        if (mine === seq) set({ deliveryAnswer: answer, deliveryError: null });
      } catch (error) {
        if (mine === seq) set({ deliveryError: errorMessage(error), deliveryAnswer: null });
      } finally {
        if (mine === seq) set({ deliveryLoading: false });
      }
    },
  };
};
