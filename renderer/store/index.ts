import { create } from 'zustand';
import { createAppSlice } from './appSlice';
import { createBriefsSlice } from './briefsSlice';
import { createCalendarSlice } from './calendarSlice';
import { createCampaignsSlice } from './campaignsSlice';
import { createCapacitySlice } from './capacitySlice';
import { createDeliverySlice } from './deliverySlice';
import { createHeatmapSlice } from './heatmapSlice';
import { createFreeSearchSlice } from './freeSearchSlice';
import { createHistorySlice } from './historySlice';
import { createLookupsSlice } from './lookupsSlice';
import { createMoneySlice } from './moneySlice';
import { createPeopleSlice } from './peopleSlice';
import { createPersonSlice } from './personSlice';
import { createScheduleSlice } from './scheduleSlice';
import { createSnapshotsSlice } from './snapshotsSlice';
import { createStaffingSlice } from './staffingSlice';
import { createSettingsSlice } from './settingsSlice';
import { createLayoutSlice } from './layoutSlice';
import { createPhasesSlice } from './phasesSlice';
import { createActualsSlice } from './actualsSlice';
import { createRetrosSlice } from './retrosSlice';
import { createNameMappingsSlice } from './nameMappingsSlice';
import type { StoreState } from './types';

export type { StoreState } from './types';

/** Builds a fresh store (tests make their own; the app uses `useStore`). */
export const createAppStore = () =>
  create<StoreState>()((...a) => ({
    ...createAppSlice(...a),
    ...createLookupsSlice(...a),
    ...createPeopleSlice(...a),
    ...createPersonSlice(...a),
    ...createCampaignsSlice(...a),
    ...createHistorySlice(...a),
    ...createMoneySlice(...a),
    ...createScheduleSlice(...a),
    ...createCalendarSlice(...a),
    ...createCapacitySlice(...a),
    ...createHeatmapSlice(...a),
    ...createSnapshotsSlice(...a),
    ...createStaffingSlice(...a),
    ...createFreeSearchSlice(...a),
    ...createSettingsSlice(...a),
    ...createLayoutSlice(...a),
    ...createPhasesSlice(...a),
    ...createDeliverySlice(...a),
    ...createBriefsSlice(...a),
    ...createActualsSlice(...a),
    ...createRetrosSlice(...a),
    ...createNameMappingsSlice(...a),
  }));

export const useStore = createAppStore();
