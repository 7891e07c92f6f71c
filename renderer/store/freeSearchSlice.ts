import type { FreePerson, FreeSearchResult } from '@shared/contract';
import { call, errorMessage } from '../api';
import { newBookingDraft, type BookingDraft } from '../features/bookings/draft';
import { emptyForm, filterForTerm, presetRange, thresholdOf, toSearchInput, type FreeForm } from '../features/freesearch/freeQuery';
import { todayIso } from '../lib/format';
import type { Slice } from './types';

/** The booking editor opened from a result: the person, days and hours filled in. */
export interface FreeBooking {
  draft: BookingDraft;
}

export interface FreeSearchSlice {
  freeOpen: boolean;
  freeForm: FreeForm;
  freeResult: FreeSearchResult | null;
  freeLoading: boolean;
  /** Why the last search could not run (a bad threshold, a refused range), in words. */
  freeError: string | null;
  /** A word from the toolbar that named no role or skill. */
  freeUnknownTerm: string | null;
  freeBooking: FreeBooking | null;

  /** Opens "Who's free?"; a word from the toolbar picks the role or skill it names. */
  openFreeSearch(term?: string): void;
  closeFreeSearch(): void;
  setFreeForm(patch: Partial<FreeForm>): void;
  searchFree(): Promise<void>;
  bookFree(person: FreePerson): void;
  closeFreeBooking(): void;
}

export const createFreeSearchSlice: Slice<FreeSearchSlice> = (set, get) => {
  // Per store, not per module: each store (the app's, a test's) counts its own.
  let searchSeq = 0;
  return {
    freeOpen: false,
    freeForm: emptyForm(todayIso()),
    freeResult: null,
    freeLoading: false,
    freeError: null,
    freeUnknownTerm: null,
    freeBooking: null,

    openFreeSearch(term) {
      const s = get();
      // Presets follow today: a window left open overnight asks about the new "next week".
      const base = s.freeForm.preset ? { ...s.freeForm, ...presetRange(s.freeForm.preset, todayIso()) } : s.freeForm;
      const patch = term?.trim() ? filterForTerm(term, s.roles, s.skills) : {};
      set({ freeOpen: true, freeForm: { ...base, ...(patch ?? {}) }, freeUnknownTerm: patch === null ? (term ?? '').trim() : null });
      void get().searchFree();
    },
    closeFreeSearch() {
      set({ freeOpen: false });
    },
    setFreeForm(patch) {
      set((s) => ({ freeForm: { ...s.freeForm, ...patch }, freeUnknownTerm: null }));
      void get().searchFree();
    },
    async searchFree() {
      const form = get().freeForm;
      const seq = ++searchSeq;
      if (thresholdOf(form) === null) return set({ freeError: 'Enter the free hours or share as a number, for example 16.', freeLoading: false });
      if (!form.start || !form.end || form.end < form.start) return set({ freeError: 'Choose a first and a last day, the last on or after the first.', freeLoading: false });
      set({ freeLoading: true });
      try {
        const freeResult = await call('availability:search', toSearchInput(form));
        if (seq === searchSeq) set({ freeResult, freeError: null });
      } catch (error) {
        if (seq === searchSeq) set({ freeError: errorMessage(error) });
      } finally {
        if (seq === searchSeq) set({ freeLoading: false });
      }
    },
    bookFree(person) {
      const when = person.suggestion;
      if (!when) return;
      const draft = newBookingDraft({ talentId: person.id, start: when.start, end: when.end, mode: 'perDay', amount: String(when.hoursPerDay), status: 'tentative' });
      set({ freeBooking: { draft } });
    },
    closeFreeBooking() {
      set({ freeBooking: null });
    },
  };
};

