// Demand line rows: always created, on a campaign found by external id or name.

import { NO_ROLE_YET, type Priority } from '@shared/domain';
import { parseInteger, parsePositiveHours, parseSkillList, textOf } from '@shared/io/values';
import { insertDemandLine } from '../../db/repos/demandLines';
import { CampaignRefs } from './refs';
import type { EntityImporter, ImporterContext } from './types';
import { formatLongDate } from '@shared/capacity/warnings';

export function demandLineImporter(ctx: ImporterContext): EntityImporter {
  const campaigns = new CampaignRefs(ctx.db);
  const { catalogue } = ctx;
  return {
    checkColumns: CampaignRefs.columnProblem,
    resolve(r) {
      const campaign = campaigns.find(r);
      const role = r.has('role') ? textOf(r.cell('role')) : null;
      if (role) {
        const reason = catalogue.roles.check(role);
        if (reason) r.fail('role', reason);
      }
      const skills = r.has('skills') ? r.take('skills', (c) => parseSkillList(c, 1)) : [];
      for (const s of skills ?? []) {
        const reason = catalogue.skills.check(s.name);
        if (reason) r.fail('skills', reason);
      }
      const hours = r.required('hours', (c) => parsePositiveHours(c, 100_000));
      const start = r.has('start') ? r.date('start') : r.fail('start', 'is required and is empty');
      const end = r.has('end') ? r.date('end') : r.fail('end', 'is required and is empty');
      const priority = r.optional('priority', (c) => parseInteger(c, 'a priority', 1, 5), campaign?.priority ?? 3);
      const note = r.has('note') ? textOf(r.cell('note')) : '';
      if (r.failed || !campaign || !skills || hours === undefined || !start || !end || priority === undefined) return null;
      if (end < start) return r.fail('end', `must be on or after the start (${formatLongDate(start)}); got ${formatLongDate(end)}`);
      return {
        row: r.row,
        action: 'create',
        label: `${role ?? NO_ROLE_YET} on ${campaign.name}`,
        write: (db) =>
          void insertDemandLine(db, {
            campaignId: campaign.id,
            roleId: role ? catalogue.roles.idOf(db, role) : null,
            skills: skills.map((s) => ({ skillId: catalogue.skills.idOf(db, s.name), minLevel: s.level })),
            hours,
            start,
            end,
            priority: priority as Priority,
            note,
          }),
      };
    },
  };
}
