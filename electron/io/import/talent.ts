// Talent rows: matched by external id, then email; roles and skills by name; a working pattern
// from a "Working pattern" column or Mon..Sun hours columns.

import { talentFields } from '@shared/contract/talent';
import { RATE_UNITS, TALENT_KIND_WORDS, TALENT_KINDS, type RateUnit, type Talent, type WeekHours } from '@shared/domain';
import type { RowReader } from '@shared/io/rows';
import { quote } from '@shared/io/text';
import { listOf, parseChoice, parseHours, parseInteger, parseNumber, parsePercent, parseSkillList, parseWeekPattern, textOf, type Parsed } from '@shared/io/values';
import type { Cell } from '@shared/io/types';
import { insertPattern, listPatterns, updatePattern } from '../../db/repos/patterns';
import { insertTalent, listTalent, updateTalent, type TalentFields } from '../../db/repos/talent';
import { getWorkspaceDefaults } from '../../db/repos/defaults';
import { SeenKeys, type EntityImporter, type ImporterContext, type PlannedRow } from './types';

const DAY_FIELDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const KIND_SYNONYMS: Record<string, (typeof TALENT_KINDS)[number]> = {
  employee: 'staff', permanent: 'staff', perm: 'staff', internal: 'staff', contractor: 'freelancer', freelance: 'freelancer', external: 'freelancer', vendor: 'agency', supplier: 'agency',
};
const text = (cell: Cell): Parsed<string> => ({ ok: true, value: textOf(cell) });
const upper = (cell: Cell): Parsed<string> => ({ ok: true, value: textOf(cell).toUpperCase() });

/** Which field each talentFields key is read from, to name the column in a validation issue. */
const UNIT_SYNONYMS: Record<string, RateUnit> = { h: 'hour', hr: 'hour', hourly: 'hour', per_hour: 'hour', hours: 'hour', d: 'day', daily: 'day', per_day: 'day', days: 'day' };
const FIELD_OF_KEY: Record<string, string> = { primaryRoleId: 'primaryRole', otherRoleIds: 'otherRoles' };

function scalarsOf(t: Talent): Omit<TalentFields, 'primaryRoleId' | 'otherRoleIds' | 'skills'> {
  const { id: _id, primaryRoleId: _role, otherRoleIds: _others, skills: _skills, ...rest } = t;
  return rest;
}

export function talentImporter(ctx: ImporterContext): EntityImporter {
  const { catalogue } = ctx;
  const existing = listTalent(ctx.db);
  const byEmail = new Map(existing.filter((t) => t.email).map((t) => [t.email!.toLowerCase(), t]));
  const byExternal = new Map(existing.filter((t) => t.externalId).map((t) => [t.externalId!, t]));
  const seen = new SeenKeys();

  function pattern(r: RowReader): WeekHours | null | undefined {
    if (r.has('pattern')) return r.take('pattern', parseWeekPattern) ?? undefined;
    if (!DAY_FIELDS.some((d) => r.has(d))) return null;
    const hours = DAY_FIELDS.map((d) => r.optional(d, (c) => parseHours(c, 24), 0));
    return hours.some((h) => h === undefined) ? undefined : (hours as WeekHours);
  }

  function match(r: RowReader, externalId: string | null, email: string | null): Talent | null | undefined {
    const byId = externalId ? byExternal.get(externalId) : undefined;
    const byMail = email ? byEmail.get(email.toLowerCase()) : undefined;
    if (byId && byMail && byId.id !== byMail.id) {
      return r.fail('email', `${quote(email)} belongs to ${byMail.name}, but external id ${quote(externalId)} is ${byId.name}`) ?? undefined;
    }
    const found = byId ?? byMail ?? null;
    if (found && !byId && externalId && found.externalId && found.externalId !== externalId) {
      return r.fail('externalId', `${found.name} (matched by email) already has external id ${quote(found.externalId)}`) ?? undefined;
    }
    return found;
  }

  return {
    checkColumns: () => [],
    resolve(r) {
      const externalId = r.optional('externalId', text, null);
      const email = r.optional('email', text, null);
      // Runn and HR exports give first and last names in two columns.
      const name = r.optional('name', text, undefined) ?? ([r.optional('firstName', text, ''), r.optional('lastName', text, '')].filter(Boolean).join(' ') || undefined);
      const current = match(r, externalId ?? null, email ?? null);
      if (current === undefined && r.failed) return null;
      if (!current && !name) return r.fail('name', 'is required for a new person and is empty');
      for (const [kind, key] of [['external id', externalId], ['email', email]] as const) {
        const first = seen.check(kind, key, r.row);
        if (first !== null) return r.fail(null, `duplicates row ${first} (same ${kind} ${quote(key)})`);
      }
      if (current) {
        const first = seen.check('id', String(current.id), r.row);
        if (first !== null) return r.fail(null, `updates the same person as row ${first} (${current.name})`);
      }

      const role = r.has('primaryRole') ? r.take('primaryRole', text) : undefined;
      if (!current && !role) return r.fail('primaryRole', 'is required for a new person and is empty');
      if (role) {
        const reason = catalogue.roles.check(role);
        if (reason) r.fail('primaryRole', reason);
      }
      const otherRoles = r.has('otherRoles') ? listOf(r.cell('otherRoles')) : undefined;
      for (const other of otherRoles ?? []) {
        const reason = catalogue.roles.check(other);
        if (reason) r.fail('otherRoles', reason);
      }
      const skills = r.has('skills') ? r.take('skills', (c) => parseSkillList(c, null)) : undefined;
      for (const s of skills ?? []) {
        const reason = catalogue.skills.check(s.name);
        if (reason) r.fail('skills', reason);
      }
      const given = {
        externalId,
        email,
        name,
        kind: r.optional('kind', (c) => parseChoice(c, TALENT_KINDS, KIND_SYNONYMS, TALENT_KIND_WORDS), undefined),
        team: r.optional('team', text, undefined),
        tags: r.has('tags') ? listOf(r.cell('tags')) : undefined,
        costRate: r.optional('costRate', (c) => parseNumber(c, 'a cost rate', 0, 1e6), undefined),
        billRate: r.optional('billRate', (c) => parseNumber(c, 'a bill rate', 0, 1e6), undefined),
        costRateUnit: r.optional('costRateUnit', (c) => parseChoice(c, RATE_UNITS, UNIT_SYNONYMS), undefined),
        billRateUnit: r.optional('billRateUnit', (c) => parseChoice(c, RATE_UNITS, UNIT_SYNONYMS), undefined),
        currency: r.optional('currency', upper, undefined),
        utilisationTarget: r.optional('utilisationTarget', parsePercent, undefined),
        holidayCountry: r.optional('holidayCountry', upper, undefined),
        holidayRegion: r.optional('holidayRegion', upper, undefined),
        activeFrom: r.has('activeFrom') ? r.date('activeFrom') : undefined,
        activeTo: r.has('activeTo') ? r.date('activeTo') : undefined,
        headcount: r.optional('headcount', (c) => parseInteger(c, 'a headcount', 1, 1000), undefined),
        notes: r.optional('notes', text, undefined),
      };
      const week = pattern(r);
      if (r.failed) return null;

      // Blank cells keep what an existing person has; a new person gets the defaults.
      const base: Omit<TalentFields, 'primaryRoleId' | 'otherRoleIds' | 'skills'> = current ? scalarsOf(current) : {
        externalId: null, kind: 'staff', name: '', email: null, team: null, tags: [], costRate: 0, billRate: 0, currency: 'GBP',
        utilisationTarget: null, holidayCountry: null, holidayRegion: null, activeFrom: null, activeTo: null, headcount: 1, notes: '',
      };
      const merged = { ...base };
      for (const [key, value] of Object.entries(given)) if (value !== undefined && value !== null) (merged as Record<string, unknown>)[key] = value;
      const checked = talentFields.safeParse({ ...merged, primaryRoleId: 1, otherRoleIds: [], skills: [] });
      if (!checked.success) {
        for (const issue of checked.error.issues) {
          const key = String(issue.path[0] ?? '');
          const field = FIELD_OF_KEY[key] ?? key;
          r.fail(r.mapped(field) ? field : null, `${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}${r.mapped(field) ? `; got ${quote(textOf(r.cell(field)))}` : ` (${key})`}`);
        }
        return null;
      }
      if (merged.kind !== 'agency' && merged.headcount !== 1) return r.fail('headcount', 'only an agency pools more than one person; use 1, or set Kind to agency');
      if (merged.holidayRegion && !merged.holidayCountry) return r.fail('holidayRegion', 'needs a holiday country too');
      if (merged.activeFrom && merged.activeTo && merged.activeTo < merged.activeFrom) return r.fail('activeTo', 'must be on or after the contract start');

      const plan: PlannedRow = {
        row: r.row,
        action: current ? 'update' : 'create',
        label: merged.name,
        write: (db) => {
          const fields: TalentFields = {
            ...(merged as Omit<TalentFields, 'primaryRoleId' | 'otherRoleIds' | 'skills'>),
            primaryRoleId: role ? catalogue.roles.idOf(db, role) : current!.primaryRoleId,
            otherRoleIds: otherRoles ? otherRoles.map((n) => catalogue.roles.idOf(db, n)) : (current?.otherRoleIds ?? []),
            skills: skills ? skills.map((s) => ({ skillId: catalogue.skills.idOf(db, s.name), level: s.level })) : (current?.skills ?? []),
          };
          if (!current) {
            const id = insertTalent(db, fields);
            insertPattern(db, { talentId: id, effectiveFrom: fields.activeFrom ?? '2000-01-01', hours: week ?? getWorkspaceDefaults(db).week });
            return;
          }
          updateTalent(db, current.id, fields);
          if (week) {
            const latest = listPatterns(db, [current.id]).at(-1);
            if (!latest) insertPattern(db, { talentId: current.id, effectiveFrom: fields.activeFrom ?? '2000-01-01', hours: week });
            else if (latest.hours.some((h, i) => h !== week[i])) updatePattern(db, latest.id, { talentId: current.id, effectiveFrom: latest.effectiveFrom, hours: week });
          }
        },
      };
      return plan;
    },
  };
}
