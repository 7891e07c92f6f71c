// The "Who's free?" form as the window holds it, what it sends to availability:search, its date
// presets, and how a word typed in the toolbar becomes a filter.

import type { Input } from '@shared/contract';
import type { Role, Skill, TalentKind } from '@shared/domain';
import { addDaysIso, weekdayIso } from '@shared/dates';

export type RangePreset = 'thisWeek' | 'nextWeek' | 'next2Weeks' | 'next4Weeks';

export interface FreeForm {
  start: string;
  end: string;
  preset: RangePreset | null;
  roleId: number | null;
  skills: { skillId: number; minLevel: number }[];
  kinds: TalentKind[];
  tags: string[];
  /** At least this many hours free, or this share of capacity free. */
  minMode: 'hours' | 'percent';
  minValue: string;
  tentativeIsFree: boolean;
}

export const PRESET_LABEL: Record<RangePreset, string> = { thisWeek: 'This week', nextWeek: 'Next week', next2Weeks: 'Next 2 weeks', next4Weeks: 'Next 4 weeks' };

/** The days of a preset seen from `today`: this week runs from today to Sunday; the others start next Monday. */
export function presetRange(preset: RangePreset, today: string): { start: string; end: string } {
  const sunday = addDaysIso(today, 6 - weekdayIso(today)); // weekdayIso: Monday = 0
  const monday = addDaysIso(sunday, 1);
  if (preset === 'thisWeek') return { start: today, end: sunday };
  const weeks = preset === 'nextWeek' ? 1 : preset === 'next2Weeks' ? 2 : 4;
  return { start: monday, end: addDaysIso(monday, weeks * 7 - 1) };
}

export function emptyForm(today: string): FreeForm {
  return { ...presetRange('nextWeek', today), preset: 'nextWeek', roleId: null, skills: [], kinds: [], tags: [], minMode: 'hours', minValue: '', tentativeIsFree: false };
}

/** A number typed in the threshold field, or 0 when blank; null when it is not a number. */
export function thresholdOf(form: FreeForm): number | null {
  const text = form.minValue.trim().replace(',', '.');
  if (!text) return 0;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** The channel's input for a form (the threshold already checked). */
export function toSearchInput(form: FreeForm): Input<'availability:search'> {
  const min = thresholdOf(form) ?? 0;
  return {
    range: { start: form.start, end: form.end },
    ...(form.roleId !== null ? { roleId: form.roleId } : {}),
    skills: form.skills,
    kinds: form.kinds.length === 3 ? [] : form.kinds,
    tags: form.tags,
    ...(form.minMode === 'hours' ? { minHours: min } : { minPercent: Math.min(100, min) }),
    tentativeIsFree: form.tentativeIsFree,
    limit: 100,
  };
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * A word from the toolbar as a filter: a role whose name holds it (an exact name first), else a
 * skill. Null when neither matches.
 */
export function filterForTerm(term: string, roles: readonly Role[], skills: readonly Skill[]): Partial<FreeForm> | null {
  const t = norm(term);
  if (!t) return {};
  const pick = <T extends { name: string }>(list: readonly T[]) => list.find((x) => norm(x.name) === t) ?? list.find((x) => norm(x.name).includes(t));
  const role = pick(roles);
  if (role) return { roleId: role.id, skills: [] };
  const skill = pick(skills);
  return skill ? { roleId: null, skills: [{ skillId: skill.id, minLevel: 1 }] } : null;
}
