import type { DeleteImpact, Input } from '@shared/contract';
import type { Talent } from '@shared/domain';
import { call } from '../api';
import { NO_TALENT_FILTER } from '../lib/talentFilter';
import { toTalentListInput, type PeopleFilter, type PeopleSort } from './peopleFilter';
import type { Slice } from './types';

export interface PeopleSlice {
  people: Talent[];
  peopleLoaded: boolean;
  peopleLoading: boolean;
  peopleFilter: PeopleFilter;
  peopleSort: PeopleSort;
  /** Everyone, unfiltered and by name: the one list the Schedule, the Calendar and dialogs name people from. */
  allPeople: Talent[];
  personById: Map<number, Talent>;
  allPeopleLoaded: boolean;

  loadPeople(): Promise<void>;
  loadAllPeople(): Promise<void>;
  setPeopleFilter(patch: Partial<PeopleFilter>): void;
  resetPeopleFilter(): void;
  setPeopleSort(sort: PeopleSort): void;
  /**
   * The following throw ApiCallError so forms can put the message beside the field. The list is
   * refreshed by the change main announces after the write (see store/changes.ts).
   */
  createTalent(input: Input<'talent:create'>): Promise<Talent>;
  updateTalent(input: Input<'talent:update'>): Promise<Talent>;
  talentDeleteImpact(id: number): Promise<DeleteImpact>;
  deleteTalent(id: number, name: string): Promise<void>;
}

export const createPeopleSlice: Slice<PeopleSlice> = (set, get) => {
  // Per store, not per module: each store (the app's, a test's) counts its own.
  let requestSeq = 0;
  return {
    people: [],
    peopleLoaded: false,
    peopleLoading: false,
    peopleFilter: NO_TALENT_FILTER,
    peopleSort: { key: 'name', dir: 'asc' },
    allPeople: [],
    personById: new Map(),
    allPeopleLoaded: false,

    async loadPeople() {
      const seq = ++requestSeq;
      set({ peopleLoading: true });
      try {
        const people = await call('talent:list', toTalentListInput(get().peopleFilter));
        // A slower, older request must not overwrite a newer answer.
        if (seq === requestSeq) set({ people, peopleLoaded: true });
      } catch (error) {
        if (seq === requestSeq) get().showError(error);
      } finally {
        if (seq === requestSeq) set({ peopleLoading: false });
      }
    },
    async loadAllPeople() {
      try {
        const all = await call('talent:list', {});
        all.sort((a, b) => a.name.localeCompare(b.name));
        set({ allPeople: all, personById: new Map(all.map((t) => [t.id, t])), allPeopleLoaded: true });
      } catch (error) {
        get().showError(error);
      }
    },
    setPeopleFilter(patch) {
      set((s) => ({ peopleFilter: { ...s.peopleFilter, ...patch } }));
    },
    resetPeopleFilter() {
      set({ peopleFilter: NO_TALENT_FILTER });
    },
    setPeopleSort(peopleSort) {
      set({ peopleSort });
    },
    async createTalent(input) {
      const talent = await call('talent:create', input);
      await get().announceChange(`${talent.name} added`);
      return talent;
    },
    async updateTalent(input) {
      const talent = await call('talent:update', input);
      await get().announceChange(`${talent.name} saved`);
      return talent;
    },
    talentDeleteImpact(id) {
      return call('talent:deleteImpact', { id });
    },
    async deleteTalent(id, name) {
      await call('talent:delete', { id });
      await get().announceChange(`${name} deleted`);
    },
  };
};
