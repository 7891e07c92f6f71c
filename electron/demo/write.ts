import type { Db } from '../db/open';
import { insertBookingsBatch } from '../db/repos/bookings';
import { insertCampaign } from '../db/repos/campaigns';
import { findMarketingChannelByName, insertMarketingChannel, saveBrief } from '../db/repos/briefs';
import { insertClosure, listClosures } from '../db/repos/closures';
import { insertDemandLinesBatch } from '../db/repos/demandLines';
import { insertPatternsBatch } from '../db/repos/patterns';
import { setReportingCurrency, upsertRates } from '../db/repos/money';
import { findRoleByName, insertRole } from '../db/repos/roles';
import { findSkillByName, insertSkill } from '../db/repos/skills';
import { insertTalentBatch } from '../db/repos/talent';
import { insertTimeOffBatch } from '../db/repos/timeOff';
import type { StudioData } from './types';

export interface WrittenCounts {
  roles: number;
  skills: number;
  talent: number;
  patterns: number;
  timeOff: number;
  closures: number;
  campaigns: number;
  demandLines: number;
  bookings: number;
}

export type Progress = (stage: string, done: number, total: number) => void;

/** Maps the generator's local ids (1-based positions) to the ids the database gave. */
const mapper = (ids: number[]) => (local: number) => {
  const id = ids[local - 1];
  if (id === undefined) throw new Error(`Demo data refers to a missing row ${local}`);
  return id;
};

/**
 * Writes generated studio data through the repositories in one transaction. Roles and skills that
 * already exist (by name) are reused; closure dates already set are kept.
 */
export function writeStudio(db: Db, data: StudioData, now: string, progress?: Progress): WrittenCounts {
  return db.transaction((): WrittenCounts => {
    const role = mapper(data.roles.map((r) => findRoleByName(db, r.name)?.id ?? insertRole(db, r)));
    const skill = mapper(data.skills.map((s) => findSkillByName(db, s.name)?.id ?? insertSkill(db, s.name)));
    const talent = mapper(
      insertTalentBatch(
        db,
        data.talent.map(({ id: _id, ...t }) => ({
          ...t,
          primaryRoleId: role(t.primaryRoleId),
          otherRoleIds: t.otherRoleIds.map(role),
          skills: t.skills.map((s) => ({ skillId: skill(s.skillId), level: s.level })),
        })),
      ),
    );
    progress?.('talent', data.talent.length, data.talent.length);
    insertPatternsBatch(db, data.patterns.map((p) => ({ talentId: talent(p.talentId), effectiveFrom: p.effectiveFrom, hours: p.hours })));
    insertTimeOffBatch(db, data.timeOff.map(({ id: _id, ...t }) => ({ ...t, talentId: talent(t.talentId) })));
    const closed = new Set(listClosures(db).map((c) => c.date));
    const closures = data.closures.filter((c) => !closed.has(c.date));
    for (const c of closures) insertClosure(db, { date: c.date, endDate: c.endDate, name: c.name, repeatsYearly: c.repeatsYearly });
    const campaign = mapper(data.campaigns.map(({ id: _id, ...c }) => insertCampaign(db, c)));
    const line = mapper(
      insertDemandLinesBatch(
        db,
        data.demandLines.map(({ id: _id, ...l }) => ({
          ...l,
          campaignId: campaign(l.campaignId),
          roleId: l.roleId === null ? null : role(l.roleId),
          skills: l.skills.map((s) => ({ skillId: skill(s.skillId), minLevel: s.minLevel })),
        })),
      ),
    );
    progress?.('plans', data.demandLines.length, data.demandLines.length);
    const batch = 20_000;
    for (let from = 0; from < data.bookings.length; from += batch) {
      const slice = data.bookings.slice(from, from + batch);
      insertBookingsBatch(
        db,
        slice.map(({ id: _id, ...b }) => ({ ...b, talentId: talent(b.talentId), campaignId: campaign(b.campaignId), demandLineId: b.demandLineId === null ? null : line(b.demandLineId) })),
        now,
      );
      if (data.bookings.length > batch) progress?.('bookings', from + slice.length, data.bookings.length);
    }
    writeBriefs(db, data, campaign, now);
    if (data.reportingCurrency) setReportingCurrency(db, data.reportingCurrency);
    if (data.rates) upsertRates(db, data.rates);
    return {
      roles: data.roles.length,
      skills: data.skills.length,
      talent: data.talent.length,
      patterns: data.patterns.length,
      timeOff: data.timeOff.length,
      closures: closures.length,
      campaigns: data.campaigns.length,
      demandLines: data.demandLines.length,
      bookings: data.bookings.length,
    };
  })();
}

/** The studio's marketing channels (reused by name) and the campaigns' briefs. */
function writeBriefs(db: Db, data: StudioData, campaign: (local: number) => number, now: string): void {
  const channelId = new Map((data.channels ?? []).map((name) => [name, findMarketingChannelByName(db, name)?.id ?? insertMarketingChannel(db, name)]));
  for (const { channels, ...brief } of data.briefs ?? []) {
    saveBrief(db, { ...brief, campaignId: campaign(brief.campaignId), channels: channels.map((n) => channelId.get(n)!).filter((id) => id !== undefined) }, now);
  }
}
