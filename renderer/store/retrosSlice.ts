import type { Input, RetroAction, RetroReport, RetroSummary } from '@shared/contract';
import { call } from '../api';
import type { Slice } from './types';

export interface RetrosSlice {
  retros: RetroSummary[];
  retrosLoaded: boolean;
  /** Actions not done, across every retrospective (listed until done). */
  openActions: RetroAction[];
  /** The report open on the Retrospectives tab. */
  retroReport: RetroReport | null;
  retroOpenId: number | null;
  retroBusy: 'html' | 'pdf' | null;
  loadRetros(): Promise<void>;
  openRetro(id: number | null): Promise<void>;
  createRetro(input: Input<'retros:create'>): Promise<number>;
  updateRetro(input: Input<'retros:update'>): Promise<void>;
  deleteRetro(id: number): Promise<void>;
  addRetroAction(input: Input<'retros:addAction'>): Promise<void>;
  updateRetroAction(input: Input<'retros:updateAction'>): Promise<void>;
  completeRetroAction(id: number, done: boolean): Promise<void>;
  exportRetro(kind: 'html' | 'pdf'): Promise<void>;
  /** Refetches what the tab holds when retrospectives, or what their figures come from, change. */
  retrosChanged(): void;
}

export const createRetrosSlice: Slice<RetrosSlice> = (set, get) => ({
  retros: [],
  retrosLoaded: false,
  openActions: [],
  retroReport: null,
  retroOpenId: null,
  retroBusy: null,

  async loadRetros() {
    const [retros, openActions] = await Promise.all([call('retros:list', {}), call('retros:openActions', {})]);
    set({ retros, openActions, retrosLoaded: true });
  },
  async openRetro(id) {
    set({ retroOpenId: id, retroReport: id === null ? null : get().retroReport });
    if (id === null) return;
    try {
      const report = await call('retros:report', { id });
      if (get().retroOpenId === id) set({ retroReport: report });
    } catch (e) {
      set({ retroOpenId: null, retroReport: null });
      get().showError(e);
    }
  },
  async createRetro(input) {
    const retro = await call('retros:create', input);
    await get().announceChange(`Retrospective “${retro.title}” written`);
    await get().openRetro(retro.id);
    return retro.id;
  },
  async updateRetro(input) {
    await call('retros:update', input);
    await get().announceChange('Retrospective saved');
  },
  async deleteRetro(id) {
    await call('retros:delete', { id });
    set({ retroOpenId: null, retroReport: null });
    await get().announceChange('Retrospective deleted');
  },
  async addRetroAction(input) {
    await call('retros:addAction', input);
    await get().announceChange('Action added');
  },
  async updateRetroAction(input) {
    await call('retros:updateAction', input);
    await get().announceChange('Action saved');
  },
  async completeRetroAction(id, done) {
    await call('retros:completeAction', { id, done: done ? undefined : null });
    await get().announceChange(done ? 'Action done' : 'Action open again');
  },
  async exportRetro(kind) {
    const id = get().retroOpenId;
    if (id === null) return;
    set({ retroBusy: kind });
    try {
      const written = await call(kind === 'pdf' ? 'retros:exportPdf' : 'retros:exportHtml', { id });
      get().pushToast({ kind: 'success', message: `Report saved: ${written.path}` });
    } catch (error) {
      if ((error as { code?: string }).code !== 'cancelled') get().showError(error);
    } finally {
      set({ retroBusy: null });
    }
  },
  retrosChanged() {
    const { retrosLoaded, retroOpenId } = get();
    if (retrosLoaded) void get().loadRetros();
    if (retroOpenId !== null) void get().openRetro(retroOpenId);
  },
});
