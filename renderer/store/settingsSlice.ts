import type { HolidayCalendar, Input, ListDeleteImpact, ListUsage, WorkspaceDefaults } from '@shared/contract';
import type { Closure } from '@shared/domain';
import { call } from '../api';
import type { Slice } from './types';

export const SETTINGS_SECTIONS = ['closures', 'holidays', 'roles', 'skills', 'channels', 'templates', 'mappings', 'defaults'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export type ClosureDraft = Input<'closures:create'> & { id?: number };
export type HolidayChoice = Input<'holidayOverrides:create'>;
export type ListKind = 'roles' | 'skills' | 'channels';

/** Each managed list's channels and its word. */
const LIST = {
  roles: { merge: 'roles:merge', impact: 'roles:deleteImpact', remove: 'roles:delete', noun: 'Role' },
  skills: { merge: 'skills:merge', impact: 'skills:deleteImpact', remove: 'skills:delete', noun: 'Skill' },
  channels: { merge: 'marketingChannels:merge', impact: 'marketingChannels:deleteImpact', remove: 'marketingChannels:delete', noun: 'Channel' },
} as const;

export interface SettingsSlice {
  settingsSection: SettingsSection;
  closures: Closure[];
  closuresLoaded: boolean;
  /** The year the holidays are shown for (0 until first shown: then this year). */
  holidayYear: number;
  holidayCalendars: HolidayCalendar[] | null;
  /** The working week new people get and the Calendar's first day of the week (null until loaded). */
  defaults: WorkspaceDefaults | null;
  /** People and demand lines per role and skill (null until the lists are shown). */
  listUsage: ListUsage | null;
  loadListUsage(): Promise<void>;
  setSettingsSection(section: SettingsSection): void;
  loadDefaults(): Promise<void>;
  /** Saves the defaults and says what changed in `message`. */
  saveDefaults(defaults: WorkspaceDefaults, message: string): Promise<void>;
  loadClosures(): Promise<void>;
  loadHolidayCalendars(year?: number): Promise<void>;
  /** Writes throw ApiCallError for the form to show beside its field. */
  saveClosure(draft: ClosureDraft): Promise<void>;
  deleteClosure(closure: Closure): Promise<void>;
  importClosures(path: string): Promise<void>;
  chooseHoliday(choice: HolidayChoice): Promise<void>;
  undoHolidayChoice(id: number, message: string): Promise<void>;
  saveRole(input: Input<'roles:update'>): Promise<void>;
  renameSkill(id: number, name: string): Promise<void>;
  renameChannel(id: number, name: string): Promise<void>;
  mergeList(kind: ListKind, fromId: number, intoId: number): Promise<void>;
  listDeleteImpact(kind: ListKind, id: number): Promise<ListDeleteImpact>;
  deleteFromList(kind: ListKind, id: number, name: string): Promise<void>;
}

export const createSettingsSlice: Slice<SettingsSlice> = (set, get) => {
  /** Roles and skills live in the lookups; people's roles and skills change with a merge or delete. */
  const afterListChange = async (message: string) => {
    const s = get();
    await Promise.all([s.loadLookups(), s.loadListUsage(), s.loadMarketingChannels(), s.peopleLoaded ? s.loadPeople() : Promise.resolve()]);
    await s.announceChange(message);
  };
  return {
    settingsSection: 'closures',
    closures: [],
    closuresLoaded: false,
    holidayYear: 0,
    holidayCalendars: null,
    defaults: null,
    listUsage: null,

    setSettingsSection(settingsSection) {
      set({ settingsSection });
    },
    async loadListUsage() {
      try {
        set({ listUsage: await call('lists:usage', {}) });
      } catch (error) {
        get().showError(error);
      }
    },
    async loadDefaults() {
      try {
        set({ defaults: await call('workspace:defaults', {}) });
      } catch (error) {
        get().showError(error);
      }
    },
    async saveDefaults(defaults, message) {
      set({ defaults: await call('workspace:setDefaults', defaults) });
      await get().announceChange(message);
    },
    async loadClosures() {
      try {
        set({ closures: await call('closures:list', {}), closuresLoaded: true });
      } catch (error) {
        get().showError(error);
      }
    },
    async loadHolidayCalendars(chosen) {
      const year = chosen ?? (get().holidayYear || new Date().getFullYear());
      set({ holidayYear: year });
      try {
        const holidayCalendars = await call('holidays:calendars', { year });
        if (get().holidayYear === year) set({ holidayCalendars });
      } catch (error) {
        get().showError(error);
      }
    },
    async saveClosure({ id, ...fields }) {
      const saved = id === undefined ? await call('closures:create', fields) : await call('closures:update', { id, ...fields });
      await get().loadClosures();
      await get().announceChange(`${saved.name}: closure ${id === undefined ? 'added' : 'saved'}`);
    },
    async deleteClosure(closure) {
      await call('closures:delete', { id: closure.id });
      await get().loadClosures();
      await get().announceChange(`Closure ${closure.name} deleted`);
    },
    async importClosures(path) {
      const result = await call('closures:import', { path });
      await get().loadClosures();
      await get().announceChange(result.label);
    },
    async chooseHoliday(choice) {
      await call('holidayOverrides:create', choice);
      await get().loadHolidayCalendars();
      await get().announceChange(choice.kind === 'ignore' ? `The studio works on ${choice.name}` : `${choice.name} added as a local holiday`);
    },
    async undoHolidayChoice(id, message) {
      await call('holidayOverrides:delete', { id });
      await get().loadHolidayCalendars();
      await get().announceChange(message);
    },
    async saveRole(input) {
      const role = await call('roles:update', input);
      await afterListChange(`Role ${role.name} saved`);
    },
    async renameSkill(id, name) {
      const skill = await call('skills:update', { id, name });
      await afterListChange(`Skill renamed to ${skill.name}`);
    },
    async renameChannel(id, name) {
      const channel = await call('marketingChannels:update', { id, name });
      await afterListChange(`Channel renamed to ${channel.name}`);
    },
    async mergeList(kind, fromId, intoId) {
      const { label } = await call(LIST[kind].merge, { fromId, intoId });
      await afterListChange(label.replace(/^Merge/, 'Merged'));
    },
    listDeleteImpact(kind, id) {
      return call(LIST[kind].impact, { id });
    },
    async deleteFromList(kind, id, name) {
      await call(LIST[kind].remove, { id });
      await afterListChange(`${LIST[kind].noun} ${name} deleted`);
    },
  };
};
