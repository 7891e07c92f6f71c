// Templates (the import columns with one example row) and exports of talent and campaigns in the
// same columns, so that an export imports back as it was.

import { CAMPAIGN_STATUS_WORDS, TALENT_KIND_WORDS } from '@shared/domain';
import { FIELDS, type FieldDef } from '@shared/io/fields';
import type { ImportEntity } from '@shared/io/types';
import { formatWeekPattern } from '@shared/io/values';
import type { Db } from '../../db/open';
import { listCampaigns } from '../../db/repos/campaigns';
import { listPatterns } from '../../db/repos/patterns';
import { listRoles } from '../../db/repos/roles';
import { listSkills } from '../../db/repos/skills';
import { listTalent } from '../../db/repos/talent';
import type { OutCell, SheetData } from './tableFile';

const DAY_FIELDS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** The columns a template and an export write: every field, except the per-day hours (the pattern column covers them). */
export function columnsOf(entity: ImportEntity): FieldDef[] {
  return FIELDS[entity].filter((f) => !DAY_FIELDS.has(f.field) && !f.importOnly);
}

const SHEET_NAMES: Record<ImportEntity, string> = { talent: 'Talent', campaigns: 'Campaigns', demandLines: 'Demand lines', bookings: 'Bookings', timeOff: 'Time off', actuals: 'Actuals' };

export function templateSheet(entity: ImportEntity): SheetData {
  const columns = columnsOf(entity);
  return { name: SHEET_NAMES[entity], headers: columns.map((c) => c.label), rows: [columns.map((c) => (c.example === '' ? null : c.example))] };
}

export function talentSheet(db: Db): SheetData {
  const roles = new Map(listRoles(db).map((r) => [r.id, r.name]));
  const skills = new Map(listSkills(db).map((s) => [s.id, s.name]));
  const latest = new Map<number, number[]>();
  for (const p of listPatterns(db)) latest.set(p.talentId, p.hours);
  const columns = columnsOf('talent');
  const rows = listTalent(db).map((t) => {
    const value: Record<string, OutCell> = {
      externalId: t.externalId, name: t.name, email: t.email, kind: TALENT_KIND_WORDS[t.kind], team: t.team,
      primaryRole: roles.get(t.primaryRoleId) ?? null,
      otherRoles: t.otherRoleIds.map((id) => roles.get(id)).join('; ') || null,
      skills: t.skills.map((s) => `${skills.get(s.skillId)}:${s.level}`).join('; ') || null,
      tags: t.tags.join('; ') || null,
      costRate: t.costRate, billRate: t.billRate, costRateUnit: t.costRateUnit ?? 'hour', billRateUnit: t.billRateUnit ?? 'hour', currency: t.currency, utilisationTarget: t.utilisationTarget,
      holidayCountry: t.holidayCountry, holidayRegion: t.holidayRegion, activeFrom: t.activeFrom, activeTo: t.activeTo,
      headcount: t.headcount, pattern: latest.has(t.id) ? formatWeekPattern(latest.get(t.id)!) : null, notes: t.notes || null,
    };
    return columns.map((c) => value[c.field] ?? null);
  });
  return { name: 'Talent', headers: columns.map((c) => c.label), rows };
}

export function campaignSheet(db: Db): SheetData {
  const columns = columnsOf('campaigns');
  const rows = listCampaigns(db).map((c) => columns.map((f) => {
    const v = f.field === 'status' ? CAMPAIGN_STATUS_WORDS[c.status] : (c as unknown as Record<string, OutCell>)[f.field];
    return v === '' ? null : (v ?? null);
  }));
  return { name: 'Campaigns', headers: columns.map((c) => c.label), rows };
}
