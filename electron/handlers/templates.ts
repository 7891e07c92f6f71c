import type { Handlers, TemplateFields } from '@shared/contract';
import { phaseChannels } from '@shared/contract/phases';
import { formatLongDate } from '@shared/capacity';
import { scheduleBackward, scheduleForward, studioCalendar } from '@shared/phases';
import { AppError } from '@shared/errors';
import { getCampaign, insertCampaign } from '../db/repos/campaigns';
import { listClosures } from '../db/repos/closures';
import { insertDemandLinesBatch } from '../db/repos/demandLines';
import { recordChange } from '../db/repos/history';
import { insertCampaignPhases } from '../db/repos/phases';
import { getRole } from '../db/repos/roles';
import { getSkill } from '../db/repos/skills';
import { getTalent } from '../db/repos/talent';
import { deleteTemplate, getTemplate, insertTemplate, listTemplates, updateTemplate } from '../db/repos/templates';
import type { Db } from '../db/open';
import { localIsoDate, type HandlerContext } from './context';
import { found } from './found';
import { mergePatch } from './patch';
import { phaseViews } from './phases';

const today = (ctx: HandlerContext) => localIsoDate(ctx.now());

/** Refuses a template whose roles, skills or handoff receivers no longer exist, naming the field. */
function checkRefs(db: Db, f: TemplateFields): void {
  f.phases.forEach((p, i) => {
    const at = (field: string) => `phases.${i}.${field}`;
    if (p.handoffRoleId !== null && !getRole(db, p.handoffRoleId)) throw new AppError('invalid_input', 'Handoff to: choose a role from the list', at('handoffRoleId'));
    if (p.handoffTalentId !== null && !getTalent(db, p.handoffTalentId)) throw new AppError('invalid_input', 'Handoff to: that person no longer exists', at('handoffTalentId'));
    p.roles.forEach((r, k) => {
      if (!getRole(db, r.roleId)) throw new AppError('invalid_input', 'Role: choose a role from the list', at(`roles.${k}.roleId`));
      r.skills.forEach((s, j) => {
        if (!getSkill(db, s.skillId)) throw new AppError('invalid_input', 'Skills: one of them no longer exists', at(`roles.${k}.skills.${j}.skillId`));
      });
    });
  });
}

function checkName(db: Db, name: string, id?: number): void {
  const clash = listTemplates(db).find((t) => t.name.toLowerCase() === name.toLowerCase() && t.id !== id);
  if (clash) throw new AppError('conflict', `Name: there is already a template called “${clash.name}”`, 'name');
}

/** A template as the fields a write takes (phase ids dropped). */
const fieldsOf = (t: NonNullable<ReturnType<typeof getTemplate>>): TemplateFields => ({
  name: t.name,
  description: t.description,
  phases: t.phases.map(({ id: _id, ...p }) => p),
});

export function templateHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  const templateRecord = phaseChannels['templates:create'].input;
  return {
    'templates:list': () => listTemplates(db),
    'templates:create': (f) => {
      checkName(db, f.name);
      checkRefs(db, f);
      return found(getTemplate(db, recordChange(db, `Add template ${f.name}`, () => insertTemplate(db, f))), 'template');
    },
    'templates:update': ({ id, ...patch }) => {
      const f = mergePatch(templateRecord, fieldsOf(found(getTemplate(db, id), 'template')), patch);
      checkName(db, f.name, id);
      checkRefs(db, f);
      recordChange(db, `Edit template ${f.name}`, () => updateTemplate(db, id, f));
      return found(getTemplate(db, id), 'template');
    },
    'templates:delete': ({ id }) => {
      const t = found(getTemplate(db, id), 'template');
      recordChange(db, `Delete template ${t.name}`, () => deleteTemplate(db, id));
    },
    'templates:createCampaign': ({ templateId, anchor, date, campaign }) => {
      const t = found(getTemplate(db, templateId), 'template', 'templateId');
      checkRefs(db, fieldsOf(t));
      const cal = studioCalendar(listClosures(db));
      const plans = t.phases.map((p) => ({ durationDays: p.durationDays, dependsOn: p.dependsOn }));
      const dates = anchor === 'start' ? scheduleForward(plans, date, cal) : scheduleBackward(plans, date, cal);
      const start = dates.reduce((m, d) => (d.start < m ? d.start : m), dates[0].start);
      const end = dates.reduce((m, d) => (d.end > m ? d.end : m), dates[0].end);
      if (start < '1900-01-01' || end >= '2200-01-01') {
        throw new AppError('invalid_input', `Date: the phases would run from ${formatLongDate(start)} to ${formatLongDate(end)}, outside the years the app plans (1900 to 2199).`, 'date');
      }
      const id = recordChange(db, `Add campaign ${campaign.name} from ${t.name}`, () => {
        const campaignId = insertCampaign(db, { externalId: null, ...campaign, budget: 0, start, end, notes: '' });
        const phaseIds = insertCampaignPhases(
          db,
          t.phases.map((p, i) => {
            const handoff = p.handoffRoleId !== null || p.handoffTalentId !== null;
            return {
              campaignId, position: i, name: p.name, ...dates[i], dependsOn: p.dependsOn,
              handoffRoleId: p.handoffRoleId, handoffTalentId: p.handoffTalentId, handoffSlaDays: handoff ? p.handoffSlaDays : null,
              handoffPlanned: handoff ? dates[i].end : null, handoffDone: null,
            };
          }),
        );
        insertDemandLinesBatch(
          db,
          t.phases.flatMap((p, i) =>
            p.roles.map((r) => ({
              campaignId, roleId: r.roleId, skills: r.skills, hours: r.hours, ...dates[i],
              priority: campaign.priority, note: p.name, phaseId: phaseIds[i], maxPeople: r.maxPeople,
            })),
          ),
        );
        return campaignId;
      });
      return { campaign: found(getCampaign(db, id), 'campaign'), phases: phaseViews(db, today(ctx), id) };
    },
  } satisfies Partial<Handlers>;
}
