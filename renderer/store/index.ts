import { create } from 'zustand';
import { createAppSlice } from './appSlice';
import { createCampaignsSlice } from './campaignsSlice';
import { createHistorySlice } from './historySlice';
import { createLookupsSlice } from './lookupsSlice';
import { createMoneySlice } from './moneySlice';
import { createPeopleSlice } from './peopleSlice';
import { createSettingsSlice } from './settingsSlice';
import type { StoreState } from './types';

export type { StoreState } from './types';

/** Builds a fresh store (tests make their own; the app uses `useStore`). */
export const createAppStore = () =>
  create<StoreState>()((...a) => ({
    ...createAppSlice(...a),
    ...createLookupsSlice(...a),
    ...createPeopleSlice(...a),
    ...createCampaignsSlice(...a),
    ...createHistorySlice(...a),
    ...createMoneySlice(...a),
    ...createSettingsSlice(...a),
  }));

export const useStore = createAppStore();
