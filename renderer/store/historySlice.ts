import type { HistoryState } from '@shared/contract';
import { call } from '../api';
import type { Slice } from './types';

export interface HistorySlice {
  history: HistoryState;
  historyBusy: boolean;
  refreshHistory(): Promise<void>;
  /** After a successful change: refresh history and say so in a toast with an Undo button. */
  announceChange(message: string): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Reloads everything on screen (after undo/redo or a change made elsewhere). */
  reloadLoaded(): Promise<void>;
}

export const createHistorySlice: Slice<HistorySlice> = (set, get) => {
  // Steps run one after another: Ctrl+Z pressed three times quickly undoes three steps.
  let lastStep: Promise<void> = Promise.resolve();
  function step(channel: 'history:undo' | 'history:redo', verb: string): Promise<void> {
    lastStep = lastStep.then(() => stepNow(channel, verb));
    return lastStep;
  }

  async function stepNow(channel: 'history:undo' | 'history:redo', verb: string) {
    set({ historyBusy: true });
    try {
      const result = await call(channel);
      // An "Undo" on an older toast would now undo a different step: drop those toasts.
      set((s) => ({ history: { undo: result.undo, redo: result.redo }, toasts: s.toasts.filter((t) => !t.action) }));
      if (result.done) {
        await get().reloadLoaded();
        const again = channel === 'history:undo' ? 'Redo' : 'Undo';
        get().pushToast({
          kind: 'info',
          message: `${verb}: ${result.done}`,
          action: { label: again, run: () => void (channel === 'history:undo' ? get().redo() : get().undo()) },
        });
      } else {
        get().pushToast({ kind: 'info', message: channel === 'history:undo' ? 'Nothing to undo.' : 'Nothing to redo.' });
      }
    } catch (error) {
      // A refused undo (code 'conflict') says why; the workspace is unchanged.
      get().showError(error);
      await get().refreshHistory();
    } finally {
      set({ historyBusy: false });
    }
  }

  return {
    history: { undo: null, redo: null },
    historyBusy: false,

    async refreshHistory() {
      try {
        set({ history: await call('history:state') });
      } catch {
        set({ history: { undo: null, redo: null } });
      }
    },
    async announceChange(message) {
      await get().refreshHistory();
      const label = get().history.undo;
      get().pushToast({
        kind: 'success',
        message,
        action: label ? { label: 'Undo', run: () => void get().undo() } : undefined,
      });
    },
    undo: () => step('history:undo', 'Undone'),
    redo: () => step('history:redo', 'Redone'),

    async reloadLoaded() {
      const s = get();
      set((st) => ({ dataVersion: st.dataVersion + 1 }));
      // Views that keep their own data (schedule, capacity, snapshots) refetch on this event.
      window.dispatchEvent(new CustomEvent('workspace-changed'));
      await Promise.all([
        s.peopleLoaded ? s.loadPeople() : Promise.resolve(),
        s.campaignsLoaded ? s.loadCampaigns() : Promise.resolve(),
        s.openCampaignId !== null ? s.loadCampaignDetail() : Promise.resolve(),
        s.loadLookups(),
        s.refreshInfo(),
        s.money ? s.loadMoney() : Promise.resolve(),
        s.closuresLoaded ? s.loadClosures() : Promise.resolve(),
        s.defaults ? s.loadDefaults() : Promise.resolve(),
        s.listUsage ? s.loadListUsage() : Promise.resolve(),
        s.holidayCalendars ? s.loadHolidayCalendars() : Promise.resolve(),
      ]);
    },
  };
};
