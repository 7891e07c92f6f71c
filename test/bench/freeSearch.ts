// "Who's free?" in the capacity bench: the search the handler runs (input validated by the contract,
// then searchFree over the model's state), against a straightforward baseline over the baseline's
// 'talentId|date' Maps, for everyone over 4 weeks.

import { searchFree } from '@shared/capacity/freeSearch';
import type { CapacityState } from '@shared/capacity/state';
import { dayFromIso, isoFromDay } from '@shared/dates';
import { freeSearchInput } from '@shared/contract/availability';
import type { Talent } from '@shared/domain';
import type { BaselineResult } from './capacity-baseline';

/** Four weeks from the Monday a third of the way into the range: the search's raw input, as the window sends it. */
export function fourWeeks(range: { start: string; end: string }) {
  const s = dayFromIso(range.start);
  const third = s + Math.floor((dayFromIso(range.end) - s) / 3);
  const monday = third - ((((third + 3) % 7) + 7) % 7);
  return { range: { start: isoFromDay(monday), end: isoFromDay(monday + 27) }, limit: 50 };
}

/** The handler's work: validate, search. Returns the free hours of the people returned. */
export function engineSearch(state: CapacityState, raw: unknown): number[] {
  const r = searchFree(state, freeSearchInput.parse(raw));
  return r.people.map((p) => p.freeHours);
}

/** The same answer from Maps keyed 'talentId|date': free hours per person, sorted, days of the first 50. */
export function baselineSearch(talent: readonly Talent[], maps: BaselineResult, range: { start: string; end: string }, limit = 50): number[] {
  const dates: string[] = [];
  for (let d = dayFromIso(range.start); d <= dayFromIso(range.end); d++) dates.push(isoFromDay(d));
  const rows = talent.map((t) => {
    const days = dates.map((iso) => {
      const key = `${t.id}|${iso}`;
      return Math.max(0, (maps.capacity.get(key) ?? 0) - (maps.confirmed.get(key) ?? 0) - (maps.tentative.get(key) ?? 0));
    });
    return { name: t.name, free: days.reduce((a, b) => a + b, 0), days };
  });
  const hits = rows.filter((r) => r.free > 1e-9).sort((a, b) => b.free - a.free || a.name.localeCompare(b.name));
  return hits.slice(0, limit).map((r) => Math.round(r.free * 3600) / 3600);
}
