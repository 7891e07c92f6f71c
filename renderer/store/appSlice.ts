import type { AppInfo } from '@shared/contract';
import { call, errorMessage } from '../api';
import type { Slice } from './types';

export const VIEWS = ['people', 'campaigns', 'calendar', 'schedule', 'capacity', 'staffing', 'snapshots', 'actuals', 'settings'] as const;
export type ViewId = (typeof VIEWS)[number];

/** The history step a toast's Undo (or Redo) button acts on: exactly that step, or nothing. */
export interface ToastStep {
  direction: 'undo' | 'redo';
  id: number;
}

export interface Toast {
  id: number;
  kind: 'success' | 'error' | 'info';
  message: string;
  step?: ToastStep;
}

/** A request from a menu or shortcut that the target view consumes once (e.g. open "New person"). */
export type PendingCommand = 'new-talent' | 'new-campaign' | 'new-booking' | null;

export interface AppSlice {
  info: AppInfo | null;
  /** 'loading' until app:info answers; 'failed' when the workspace could not be read. */
  boot: 'loading' | 'ready' | 'failed';
  bootError: string | null;
  onboarding: 'idle' | 'demo' | 'empty';
  view: ViewId;
  aboutOpen: boolean;
  toasts: Toast[];
  pending: PendingCommand;
  loadInfo(): Promise<void>;
  refreshInfo(): Promise<void>;
  loadDemo(): Promise<void>;
  startEmpty(): Promise<void>;
  setView(view: ViewId): void;
  setAboutOpen(open: boolean): void;
  pushToast(toast: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
  showError(error: unknown): void;
  request(command: PendingCommand): void;
  consumePending(): void;
}

const MAX_TOASTS = 4;

export const createAppSlice: Slice<AppSlice> = (set, get) => {
  // Per store, not per module: each store (the app's, a test's) counts its own.
  let nextToastId = 1;
  return {
    info: null,
    boot: 'loading',
    bootError: null,
    onboarding: 'idle',
    view: 'people',
    aboutOpen: false,
    toasts: [],
    pending: null,

    async loadInfo() {
      try {
        const info = await call('app:info');
        set({ info, boot: 'ready', bootError: null });
      } catch (error) {
        set({ boot: 'failed', bootError: errorMessage(error) });
      }
    },
    async refreshInfo() {
      try {
        set({ info: await call('app:info') });
      } catch {
        // Counts in the About box are a nicety; keep the last known ones.
      }
    },
    async loadDemo() {
      set({ onboarding: 'demo' });
      try {
        const info = await call('workspace:loadDemo', {});
        set({ info, onboarding: 'idle' });
      } catch (error) {
        set({ onboarding: 'idle' });
        get().showError(error);
      }
    },
    async startEmpty() {
      set({ onboarding: 'empty' });
      try {
        const info = await call('workspace:startEmpty');
        set({ info, onboarding: 'idle' });
      } catch (error) {
        set({ onboarding: 'idle' });
        get().showError(error);
      }
    },
    setView(view) {
      set({ view });
    },
    setAboutOpen(aboutOpen) {
      set({ aboutOpen });
      if (aboutOpen) void get().refreshInfo();
    },
    pushToast(toast) {
      const id = nextToastId++;
      set((s) => ({ toasts: [...s.toasts, { ...toast, id }].slice(-MAX_TOASTS) }));
      return id;
    },
    dismissToast(id) {
      set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
    },
    showError(error) {
      get().pushToast({ kind: 'error', message: errorMessage(error) });
    },
    request(pending) {
      if (pending === 'new-talent') set({ view: 'people', pending });
      else if (pending === 'new-campaign') set({ view: 'campaigns', pending, openCampaignId: null });
      else set({ pending });
    },
    consumePending() {
      set({ pending: null });
    },
  };
};
