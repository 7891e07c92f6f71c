import type { Input } from '@shared/contract';
import type { RateUnit, Talent, TalentKind, WeekHours } from '@shared/domain';

/** The form's state: numbers are kept as typed text so a half-typed "7." is not lost. */
export interface TalentDraft {
  kind: TalentKind;
  name: string;
  email: string;
  team: string;
  primaryRoleId: number | null;
  otherRoleIds: number[];
  skills: { skillId: number; level: number }[];
  tags: string[];
  costRate: string;
  billRate: string;
  costRateUnit: RateUnit;
  billRateUnit: RateUnit;
  currency: string;
  utilisationTarget: string;
  holidayCountry: string;
  holidayRegion: string;
  activeFrom: string;
  activeTo: string;
  headcount: string;
  notes: string;
  externalId: string | null;
}

/** The fields the talent form shows; API errors on them sit beside the field. */
export const TALENT_FIELDS = [
  'kind', 'name', 'email', 'team', 'primaryRoleId', 'otherRoleIds', 'skills', 'tags', 'costRate', 'billRate', 'costRateUnit', 'billRateUnit', 'currency',
  'utilisationTarget', 'holidayCountry', 'holidayRegion', 'activeFrom', 'activeTo', 'headcount', 'notes', 'patterns', 'timeOff',
] as const;

export const STANDARD_WEEK: WeekHours = [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0];

/** A new person: the primary role starts empty ("Choose a role…") so that it is chosen, not defaulted. */
export function newTalentDraft(): TalentDraft {
  return {
    kind: 'staff',
    name: '',
    email: '',
    team: '',
    primaryRoleId: null,
    otherRoleIds: [],
    skills: [],
    tags: [],
    costRate: '',
    billRate: '',
    costRateUnit: 'hour',
    billRateUnit: 'hour',
    currency: 'GBP',
    utilisationTarget: '',
    holidayCountry: 'GB',
    holidayRegion: 'ENG',
    activeFrom: '',
    activeTo: '',
    headcount: '1',
    notes: '',
    externalId: null,
  };
}

const text = (n: number | null) => (n === null ? '' : String(n));

export function draftFromTalent(t: Talent): TalentDraft {
  return {
    kind: t.kind,
    name: t.name,
    email: t.email ?? '',
    team: t.team ?? '',
    primaryRoleId: t.primaryRoleId,
    otherRoleIds: [...t.otherRoleIds],
    skills: t.skills.map((s) => ({ ...s })),
    tags: [...t.tags],
    costRate: text(t.costRate),
    billRate: text(t.billRate),
    costRateUnit: t.costRateUnit ?? 'hour',
    billRateUnit: t.billRateUnit ?? 'hour',
    currency: t.currency,
    utilisationTarget: text(t.utilisationTarget),
    holidayCountry: t.holidayCountry ?? '',
    holidayRegion: t.holidayRegion ?? '',
    activeFrom: t.activeFrom ?? '',
    activeTo: t.activeTo ?? '',
    headcount: String(t.headcount),
    notes: t.notes,
    externalId: t.externalId,
  };
}

function decimalSeparator(): string {
  const locale = (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/**
 * Typed text → number; an empty box is `empty`, anything unreadable is NaN (the API names the field).
 * Reads the user's own notation: "1,200.5" in English, "1.200,5" in German; "7,5" is 7.5 everywhere.
 */
export function parseNumber(value: string, empty: number | null): number | null {
  const trimmed = value.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!trimmed) return empty;
  let normal: string;
  if (decimalSeparator() === ',') normal = trimmed.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d{1,2}$/.test(trimmed)) normal = trimmed.replace(',', '.');
  else normal = trimmed.replace(/,/g, '');
  const n = Number(normal);
  return Number.isFinite(n) ? n : Number.NaN;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The fields common to create and update, as the API wants them. */
export function draftToFields(d: TalentDraft): Omit<Input<'talent:create'>, 'patterns' | 'timeOff'> {
  return {
    externalId: d.externalId,
    kind: d.kind,
    name: d.name,
    email: orNull(d.email),
    team: orNull(d.team),
    primaryRoleId: d.primaryRoleId ?? 0,
    otherRoleIds: d.otherRoleIds.filter((id) => id !== d.primaryRoleId),
    skills: d.skills,
    tags: d.tags,
    costRate: parseNumber(d.costRate, 0) as number,
    billRate: parseNumber(d.billRate, 0) as number,
    costRateUnit: d.costRateUnit,
    billRateUnit: d.billRateUnit,
    currency: d.currency.trim().toUpperCase(),
    utilisationTarget: parseNumber(d.utilisationTarget, null),
    holidayCountry: orNull(d.holidayCountry),
    holidayRegion: d.holidayCountry ? orNull(d.holidayRegion) : null,
    activeFrom: orNull(d.activeFrom),
    activeTo: orNull(d.activeTo),
    headcount: d.kind === 'agency' ? (parseNumber(d.headcount, 1) as number) : 1,
    notes: d.notes,
  };
}

/** Checks the API would also make, done first so the user hears about them before a round trip. */
export function checkDraft(d: TalentDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!d.name.trim()) errors.name = 'Enter a name';
  if (d.primaryRoleId === null) errors.primaryRoleId = 'Choose a primary role';
  for (const key of ['costRate', 'billRate'] as const) {
    const n = parseNumber(d[key], 0);
    if (n === null || Number.isNaN(n)) errors[key] = 'Enter a number';
    else if (n < 0) errors[key] = 'Cannot be negative';
  }
  const target = parseNumber(d.utilisationTarget, null);
  if (target !== null && (Number.isNaN(target) || target < 0 || target > 100)) errors.utilisationTarget = 'A percentage from 0 to 100';
  if (d.activeFrom && d.activeTo && d.activeTo < d.activeFrom) errors.activeTo = 'Must be on or after the start of the contract';
  return errors;
}
