import type { StateCreator } from 'zustand';
import type { AppSlice } from './appSlice';
import type { CampaignsSlice } from './campaignsSlice';
import type { HistorySlice } from './historySlice';
import type { LookupsSlice } from './lookupsSlice';
import type { MoneySlice } from './moneySlice';
import type { PeopleSlice } from './peopleSlice';
import type { SettingsSlice } from './settingsSlice';

/** The whole store: one object made of typed slices. */
export type StoreState = AppSlice & LookupsSlice & PeopleSlice & CampaignsSlice & HistorySlice & MoneySlice & SettingsSlice;

/** A slice sees (and may call) the whole store. */
export type Slice<T> = StateCreator<StoreState, [], [], T>;
