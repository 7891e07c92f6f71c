import type { PlannedVsActual } from '@shared/contract';
import type { TimeOff, WorkPattern } from '@shared/domain';
import { addDaysIso, weekStartIso } from '@shared/dates';
import { todayIso } from '../lib/format';
import { call, errorMessage } from '../api';
import type { Slice } from './types';

/** The person open in the side panel: their working patterns and time off, kept fresh by REACTIONS. */
export interface PersonSlice {
  personId: number | null;
  personPatterns: WorkPattern[] | null;
  /** Newest first. */
  personTimeOff: TimeOff[] | null;
  personError: string | null;
  openPerson(id: number | null): void;
  loadPersonPatterns(): Promise<void>;
  loadPersonTimeOff(): Promise<void>;
  /** Their planned against logged hours over the last eight weeks, this one included (null until the Hours logged tab asks). */
  personActuals: PlannedVsActual | null;
  loadPersonActuals(): Promise<void>;
}

/** The eight weeks the person's Hours logged tab shows: this week and the seven before it. */
export function personActualsRange(today = todayIso()) {
  const thisWeek = weekStartIso(today);
  return { start: addDaysIso(thisWeek, -49), end: addDaysIso(thisWeek, 6) };
}

export const createPersonSlice: Slice<PersonSlice> = (set, get) => {
  /** Loads one list for the open person; an answer for a person closed meanwhile is dropped. */
  async function load<T>(fetch: (id: number) => Promise<T>, apply: (value: T) => Partial<PersonSlice>) {
    const id = get().personId;
    if (id === null) return;
    try {
      const value = await fetch(id);
      if (get().personId === id) set({ ...apply(value), personError: null });
    } catch (error) {
      if (get().personId === id) set({ personError: errorMessage(error) });
    }
  }

  return {
    personId: null,
    personPatterns: null,
    personTimeOff: null,
    personError: null,
    personActuals: null,

    openPerson(id) {
      if (id === get().personId) return;
      set({ personId: id, personPatterns: null, personTimeOff: null, personError: null, personActuals: null });
      if (id !== null) void Promise.all([get().loadPersonPatterns(), get().loadPersonTimeOff()]);
    },
    loadPersonPatterns: () => load((talentId) => call('patterns:list', { talentId }), (personPatterns) => ({ personPatterns })),
    loadPersonTimeOff: () =>
      load(
        (id) => call('timeOff:list', { talentIds: [id] }),
        (list) => ({ personTimeOff: [...list].sort((a, b) => b.start.localeCompare(a.start)) }),
      ),
    loadPersonActuals: () => load((id) => call('actuals:compare', { range: personActualsRange(), filter: { ids: [id] } }), (personActuals) => ({ personActuals })),
  };
};
