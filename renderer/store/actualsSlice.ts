import type { ForecastAccuracy, PlannedVsActual, WorkspaceChange } from '@shared/contract';
import { addDaysIso, weekStartIso } from '@shared/dates';
import { call, errorMessage } from '../api';
import { baseName } from '../features/io/labels';
import { todayIso } from '../lib/format';
import { reaches } from './changes';
import type { Slice } from './types';

export type ActualsGrouping = 'people' | 'roles' | 'campaigns' | 'weeks';

export interface ActualsSlice {
  /** The range compared: by default the eight weeks before this one. */
  actualsRange: { start: string; end: string };
  actualsBy: ActualsGrouping;
  actuals: PlannedVsActual | null;
  actualsLoading: boolean;
  actualsError: string | null;
  /** The open campaign page's planned against actual (its dates, its campaign only). */
  campaignActuals: { campaignId: number; range: { start: string; end: string }; data: PlannedVsActual } | null;
  loadCampaignActuals(campaignId: number, range: { start: string; end: string }): Promise<void>;
  /** Forecast accuracy of the snapshots (the Actuals view's chart, the executive line). */
  accuracy: ForecastAccuracy | null;
  loadAccuracy(): Promise<void>;
  /** The import dialog, opened on actuals. */
  actualsImportOpen: boolean;
  loadActuals(): Promise<void>;
  setActualsRange(range: { start: string; end: string }): void;
  setActualsBy(by: ActualsGrouping): void;
  setActualsImportOpen(open: boolean): void;
  /** Hours entered by hand for a person, campaign and day (0 removes them). */
  logActual(input: { talentId: number; campaignId: number; date: string; hours: number; note?: string }): Promise<void>;
  /** The comparison being written to a file (the Export… button shows it). */
  actualsExporting: boolean;
  /** Planned against actual for the range shown, to XLSX or PDF (the save dialog asks where). */
  exportActuals(format: 'xlsx' | 'pdf'): Promise<void>;
  /** Refetches when a change reaches what the view holds (its reaction in changes.ts). */
  actualsChanged(change: WorkspaceChange): void;
}

function defaultRange() {
  const thisWeek = weekStartIso(todayIso());
  return { start: addDaysIso(thisWeek, -56), end: addDaysIso(thisWeek, -1) };
}

export const createActualsSlice: Slice<ActualsSlice> = (set, get) => ({
  actualsRange: defaultRange(),
  actualsBy: 'people',
  actuals: null,
  actualsLoading: false,
  actualsError: null,
  actualsImportOpen: false,
  campaignActuals: null,
  accuracy: null,
  actualsExporting: false,

  async loadActuals() {
    const range = get().actualsRange;
    set({ actualsLoading: true, actualsError: null });
    try {
      const actuals = await call('actuals:compare', { range });
      // A newer range may have been asked for meanwhile: keep only the answer for the range shown.
      if (get().actualsRange === range) set({ actuals, actualsLoading: false });
    } catch (e) {
      set({ actualsError: errorMessage(e), actualsLoading: false });
    }
  },
  async loadCampaignActuals(campaignId, range) {
    try {
      const data = await call('actuals:compare', { range, campaignId });
      set({ campaignActuals: { campaignId, range, data } });
    } catch (e) {
      get().showError(e);
    }
  },
  async loadAccuracy() {
    try {
      set({ accuracy: await call('actuals:accuracy', {}) });
    } catch (e) {
      get().showError(e);
    }
  },
  setActualsRange(actualsRange) {
    set({ actualsRange });
    void get().loadActuals();
  },
  setActualsBy(actualsBy) {
    set({ actualsBy });
  },
  setActualsImportOpen(actualsImportOpen) {
    set({ actualsImportOpen });
  },
  async logActual(input) {
    const result = await call('actuals:set', input);
    await get().announceChange(result.actual ? `Logged ${result.actual.hours} h` : 'Removed the hours logged');
  },
  async exportActuals(format) {
    set({ actualsExporting: true, actualsError: null });
    try {
      const written = await call('actuals:export', { range: get().actualsRange, format });
      get().pushToast({ kind: 'success', message: `Planned against actual exported to ${baseName(written.path)}` });
    } catch (error) {
      if ((error as { code?: string }).code === 'cancelled') get().pushToast({ kind: 'info', message: 'Export cancelled. No file was written.' });
      else set({ actualsError: errorMessage(error) });
    } finally {
      set({ actualsExporting: false });
    }
  },
  actualsChanged(change) {
    const { actuals, actualsRange, campaignActuals: held } = get();
    if (actuals && reaches(change, actualsRange)) void get().loadActuals();
    if (held && reaches(change, held.range)) void get().loadCampaignActuals(held.campaignId, held.range);
  },
});
