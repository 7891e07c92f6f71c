import type { Input, Snapshot, SnapshotComparison, SnapshotSchedule, SnapshotSummary, WorkspaceChange } from '@shared/contract';
import { call } from '../api';
import { touches } from './changes';
import type { Slice } from './types';

export interface SnapshotsSlice {
  snapshots: SnapshotSummary[];
  snapshotsLoaded: boolean;
  selectedSnapshotId: number | null;
  compareSnapshotId: number | null;
  /** The open snapshot, and its comparison with `compareSnapshotId`. */
  snapshot: Snapshot | null;
  snapshotComparison: SnapshotComparison | null;
  /** The weekly snapshot setting; null until read. */
  snapshotSchedule: SnapshotSchedule | null;
  /** What is running: 'take', 'html', 'pdf'; null when idle. */
  snapshotsBusy: string | null;

  loadSnapshots(): Promise<void>;
  loadSnapshotSchedule(): Promise<void>;
  /** After a change: the list on 'snapshots', the schedule on 'settings', each when held. */
  refreshSnapshots(change: WorkspaceChange): void;
  selectSnapshot(id: number | null): Promise<void>;
  compareSnapshot(id: number | null): Promise<void>;
  /** Writes throw ApiCallError for the form to show. */
  takeSnapshot(input: Input<'snapshots:take'>): Promise<SnapshotSummary>;
  renameSnapshot(id: number, name: string): Promise<void>;
  annotateSnapshot(id: number, note: string): Promise<void>;
  deleteSnapshot(id: number): Promise<void>;
  saveSnapshotSchedule(next: SnapshotSchedule): Promise<void>;
  exportSnapshotReport(kind: 'html' | 'pdf'): Promise<void>;
}

export const createSnapshotsSlice: Slice<SnapshotsSlice> = (set, get) => {
  const toast = (message: string) => get().pushToast({ kind: 'success', message });
  /** A snapshot's figures never change; only its name and note do. */
  const withSummary = (updated: SnapshotSummary) =>
    set((s) => ({
      snapshots: s.snapshots.map((x) => (x.id === updated.id ? updated : x)),
      snapshot: s.snapshot?.id === updated.id ? { ...s.snapshot, name: updated.name, note: updated.note } : s.snapshot,
    }));

  return {
    snapshots: [],
    snapshotsLoaded: false,
    selectedSnapshotId: null,
    compareSnapshotId: null,
    snapshot: null,
    snapshotComparison: null,
    snapshotSchedule: null,
    snapshotsBusy: null,

    async loadSnapshots() {
      try {
        const list = await call('snapshots:list');
        set({ snapshots: list, snapshotsLoaded: true });
        const { selectedSnapshotId: selected, compareSnapshotId: compare, snapshot } = get();
        if (selected === null || !list.some((s) => s.id === selected)) await get().selectSnapshot(list[0]?.id ?? null);
        else {
          const shown = list.find((s) => s.id === snapshot?.id);
          if (shown) withSummary(shown);
          if (compare !== null && !list.some((s) => s.id === compare)) await get().compareSnapshot(null);
        }
      } catch (error) {
        set({ snapshotsLoaded: true });
        get().showError(error);
      }
    },
    async loadSnapshotSchedule() {
      try {
        set({ snapshotSchedule: await call('snapshots:schedule') });
      } catch {
        // The weekly setting is a nicety: without it the toggle is not shown.
      }
    },
    refreshSnapshots(change) {
      const s = get();
      if (touches(change, 'snapshots') && s.snapshotsLoaded) void s.loadSnapshots();
      if (touches(change, 'settings') && s.snapshotSchedule) void s.loadSnapshotSchedule();
    },
    async selectSnapshot(id) {
      set({ selectedSnapshotId: id, snapshot: null, snapshotComparison: null, compareSnapshotId: null });
      if (id === null) return;
      try {
        const snapshot = await call('snapshots:get', { id });
        if (get().selectedSnapshotId === id) set({ snapshot });
      } catch (error) {
        get().showError(error);
      }
    },
    async compareSnapshot(compareId) {
      const { selectedSnapshotId, snapshots } = get();
      set({ compareSnapshotId: compareId, snapshotComparison: null });
      if (compareId === null || selectedSnapshotId === null) return;
      const a = snapshots.find((s) => s.id === compareId);
      const b = snapshots.find((s) => s.id === selectedSnapshotId);
      if (!a || !b) return;
      const [base, current] = a.takenAt <= b.takenAt ? [a, b] : [b, a];
      try {
        const comparison = await call('snapshots:compare', { baseId: base.id, id: current.id });
        if (get().compareSnapshotId === compareId) set({ snapshotComparison: comparison });
      } catch (error) {
        get().showError(error);
      }
    },
    async takeSnapshot(input) {
      set({ snapshotsBusy: 'take' });
      try {
        const taken = await call('snapshots:take', input);
        set((s) => ({ snapshots: [taken, ...s.snapshots.filter((x) => x.id !== taken.id)], snapshotsLoaded: true }));
        await get().selectSnapshot(taken.id);
        toast(`Snapshot “${taken.name}” taken`);
        return taken;
      } finally {
        set({ snapshotsBusy: null });
      }
    },
    async renameSnapshot(id, name) {
      withSummary(await call('snapshots:rename', { id, name }));
    },
    async annotateSnapshot(id, note) {
      withSummary(await call('snapshots:annotate', { id, note }));
    },
    async deleteSnapshot(id) {
      await call('snapshots:delete', { id });
      const list = get().snapshots.filter((s) => s.id !== id);
      set({ snapshots: list });
      if (get().selectedSnapshotId === id) await get().selectSnapshot(list[0]?.id ?? null);
      else if (get().compareSnapshotId === id) await get().compareSnapshot(null);
      toast('Snapshot deleted');
    },
    async saveSnapshotSchedule(next) {
      try {
        set({ snapshotSchedule: await call('snapshots:setSchedule', next) });
      } catch (error) {
        get().showError(error);
      }
    },
    async exportSnapshotReport(kind) {
      const { selectedSnapshotId: id, compareSnapshotId: compareWith } = get();
      if (id === null) return;
      set({ snapshotsBusy: kind });
      try {
        const written = await call(kind === 'pdf' ? 'snapshots:exportPdf' : 'snapshots:exportHtml', { id, ...(compareWith !== null ? { compareWith } : {}) });
        toast(`Report saved: ${written.path}`);
      } catch (error) {
        if ((error as { code?: string }).code !== 'cancelled') get().showError(error);
      } finally {
        set({ snapshotsBusy: null });
      }
    },
  };
};
