import { create } from 'zustand';
import type { Input, Snapshot, SnapshotComparison, SnapshotSummary } from '@shared/contract';
import { call, errorMessage } from '../../api';
import { useStore } from '../../store';

interface SnapshotsState {
  list: SnapshotSummary[];
  loaded: boolean;
  selectedId: number | null;
  compareId: number | null;
  snapshot: Snapshot | null;
  comparison: SnapshotComparison | null;
  /** What is running: 'take', 'html', 'pdf'…; null when idle. */
  busy: string | null;
  load(): Promise<void>;
  select(id: number | null): Promise<void>;
  setCompare(id: number | null): Promise<void>;
  take(input: Input<'snapshots:take'>): Promise<SnapshotSummary>;
  rename(id: number, name: string): Promise<void>;
  annotate(id: number, note: string): Promise<void>;
  remove(id: number): Promise<void>;
  exportReport(kind: 'html' | 'pdf'): Promise<void>;
}

const toast = (message: string) => useStore.getState().pushToast({ kind: 'success', message });
const fail = (error: unknown) => useStore.getState().showError(error);

/** The Snapshots view's own state: the list, the open snapshot and the comparison. */
export const useSnapshots = create<SnapshotsState>()((set, get) => ({
  list: [],
  loaded: false,
  selectedId: null,
  compareId: null,
  snapshot: null,
  comparison: null,
  busy: null,

  async load() {
    try {
      const list = await call('snapshots:list');
      set({ list, loaded: true });
      const { selectedId } = get();
      if (selectedId === null || !list.some((s) => s.id === selectedId)) await get().select(list[0]?.id ?? null);
    } catch (error) {
      set({ loaded: true });
      fail(error);
    }
  },
  async select(id) {
    set({ selectedId: id, snapshot: null, comparison: null, compareId: null });
    if (id === null) return;
    try {
      const snapshot = await call('snapshots:get', { id });
      if (get().selectedId === id) set({ snapshot });
    } catch (error) {
      fail(error);
    }
  },
  async setCompare(compareId) {
    const { selectedId, list } = get();
    set({ compareId, comparison: null });
    if (compareId === null || selectedId === null) return;
    const a = list.find((s) => s.id === compareId)!;
    const b = list.find((s) => s.id === selectedId)!;
    const [base, current] = a.takenAt <= b.takenAt ? [a, b] : [b, a];
    try {
      const comparison = await call('snapshots:compare', { baseId: base.id, id: current.id });
      if (get().compareId === compareId) set({ comparison });
    } catch (error) {
      fail(error);
    }
  },
  async take(input) {
    set({ busy: 'take' });
    try {
      const taken = await call('snapshots:take', input);
      set({ list: await call('snapshots:list') });
      await get().select(taken.id);
      toast(`Snapshot “${taken.name}” taken`);
      return taken;
    } finally {
      set({ busy: null });
    }
  },
  async rename(id, name) {
    const updated = await call('snapshots:rename', { id, name });
    set((s) => ({ list: s.list.map((x) => (x.id === id ? updated : x)), snapshot: s.snapshot?.id === id ? { ...s.snapshot, name: updated.name } : s.snapshot }));
  },
  async annotate(id, note) {
    const updated = await call('snapshots:annotate', { id, note });
    set((s) => ({ list: s.list.map((x) => (x.id === id ? updated : x)), snapshot: s.snapshot?.id === id ? { ...s.snapshot, note: updated.note } : s.snapshot }));
  },
  async remove(id) {
    await call('snapshots:delete', { id });
    const list = get().list.filter((s) => s.id !== id);
    set({ list });
    if (get().selectedId === id) await get().select(list[0]?.id ?? null);
    else if (get().compareId === id) await get().setCompare(null);
    toast('Snapshot deleted');
  },
  async exportReport(kind) {
    const { selectedId, compareId } = get();
    if (selectedId === null) return;
    set({ busy: kind });
    try {
      const input = { id: selectedId, ...(compareId !== null ? { compareWith: compareId } : {}) };
      const written = await call(kind === 'pdf' ? 'snapshots:exportPdf' : 'snapshots:exportHtml', input);
      toast(`Report saved: ${written.path}`);
    } catch (error) {
      const cancelled = (error as { code?: string }).code === 'cancelled';
      if (!cancelled) useStore.getState().pushToast({ kind: 'error', message: errorMessage(error) });
    } finally {
      set({ busy: null });
    }
  },
}));
