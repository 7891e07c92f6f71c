// Finding the campaign and the person a row refers to.

import type { Campaign, Talent } from '@shared/domain';
import type { RowReader } from '@shared/io/rows';
import { quote } from '@shared/io/text';
import { textOf } from '@shared/io/values';
import type { Db } from '../../db/open';
import { listCampaigns } from '../../db/repos/campaigns';
import { listTalent } from '../../db/repos/talent';

export class CampaignRefs {
  private readonly byExternal = new Map<string, Campaign>();
  private readonly byName = new Map<string, Campaign[]>();

  constructor(db: Db) {
    for (const c of listCampaigns(db)) {
      if (c.externalId) this.byExternal.set(c.externalId, c);
      const key = c.name.toLowerCase();
      this.byName.set(key, [...(this.byName.get(key) ?? []), c]);
    }
  }

  static columnProblem(mapped: (field: string) => boolean): string[] {
    return mapped('campaignExternalId') || mapped('campaignName')
      ? []
      : ["The file has no 'Campaign' or 'Campaign external ID' column, so rows can't be matched to campaigns."];
  }

  /** The campaign by external id, then by name; null after recording why not. */
  find(r: RowReader): Campaign | null {
    const externalId = r.has('campaignExternalId') ? textOf(r.cell('campaignExternalId')) : null;
    if (externalId) {
      const hit = this.byExternal.get(externalId);
      return hit ?? r.fail('campaignExternalId', `no campaign has external id ${quote(externalId)}`);
    }
    const name = r.has('campaignName') ? textOf(r.cell('campaignName')) : null;
    if (!name) return r.fail(r.mapped('campaignName') ? 'campaignName' : 'campaignExternalId', 'is empty: name the campaign (or give its external id)');
    const hits = this.byName.get(name.toLowerCase()) ?? [];
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return r.fail('campaignName', `${hits.length} campaigns are called ${quote(name)}; give the campaign's external id instead`);
    return r.fail('campaignName', `no campaign is called ${quote(name)}`);
  }
}

export class TalentRefs {
  private readonly byEmail = new Map<string, Talent>();
  private readonly byExternal = new Map<string, Talent>();

  constructor(db: Db) {
    for (const t of listTalent(db)) {
      if (t.email) this.byEmail.set(t.email.toLowerCase(), t);
      if (t.externalId) this.byExternal.set(t.externalId, t);
    }
  }

  static columnProblem(mapped: (field: string) => boolean): string[] {
    return mapped('talentEmail') || mapped('talentExternalId')
      ? []
      : ["The file has no 'Email' or 'Person external ID' column, so rows can't be matched to people."];
  }

  /** The person by email, then external id; null after recording why not. */
  find(r: RowReader): Talent | null {
    const email = r.has('talentEmail') ? textOf(r.cell('talentEmail')) : null;
    const externalId = r.has('talentExternalId') ? textOf(r.cell('talentExternalId')) : null;
    if (email) {
      const hit = this.byEmail.get(email.toLowerCase());
      if (hit) return hit;
      if (!externalId) return r.fail('talentEmail', `no person has the email ${quote(email)}`);
    }
    if (externalId) return this.byExternal.get(externalId) ?? r.fail('talentExternalId', `no person has external id ${quote(externalId)}`);
    return r.fail(r.mapped('talentEmail') ? 'talentEmail' : 'talentExternalId', 'is empty: say who this is for (email or external id)');
  }
}
