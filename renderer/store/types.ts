import type { StateCreator } from 'zustand';
import type { AppSlice } from './appSlice';
import type { BriefsSlice } from './briefsSlice';
import type { CalendarSlice } from './calendarSlice';
import type { CampaignsSlice } from './campaignsSlice';
import type { CapacitySlice } from './capacitySlice';
import type { DeliverySlice } from './deliverySlice';
import type { HeatmapSlice } from './heatmapSlice';
import type { FreeSearchSlice } from './freeSearchSlice';
import type { HistorySlice } from './historySlice';
import type { LookupsSlice } from './lookupsSlice';
import type { MoneySlice } from './moneySlice';
import type { PeopleSlice } from './peopleSlice';
import type { PersonSlice } from './personSlice';
import type { ScheduleSlice } from './scheduleSlice';
import type { SnapshotsSlice } from './snapshotsSlice';
import type { StaffingSlice } from './staffingSlice';

import type { SettingsSlice } from './settingsSlice';
import type { LayoutSlice } from './layoutSlice';
import type { PhasesSlice } from './phasesSlice';
import type { ActualsSlice } from './actualsSlice';
import type { RetrosSlice } from './retrosSlice';
import type { NameMappingsSlice } from './nameMappingsSlice';

/** The whole store: one object made of typed slices (one per line, so slices merge cleanly). */
export type StoreState =
  & AppSlice
  & LookupsSlice
  & PeopleSlice
  & PersonSlice
  & CampaignsSlice
  & HistorySlice
  & MoneySlice
  & ScheduleSlice
  & CalendarSlice
  & CapacitySlice
  & HeatmapSlice
  & SnapshotsSlice
  & StaffingSlice
  & FreeSearchSlice
  & SettingsSlice
  & LayoutSlice
  & PhasesSlice
  & DeliverySlice
  & BriefsSlice
  & ActualsSlice
  & RetrosSlice
  & NameMappingsSlice;

/** A slice sees (and may call) the whole store. */
export type Slice<T> = StateCreator<StoreState, [], [], T>;
