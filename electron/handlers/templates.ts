import type { Handlers, TemplateFields, TemplatePhaseRole } from '@shared/contract';
import { phaseChannels } from '@shared/contract/phases';
import { AppError } from '@shared/errors';
import { getCampaign } from '../db/repos/campaigns';
import { recordChange } from '../db/repos/history';
import { getRole } from '../db/repos/roles';
import { getSkill } from '../db/repos/skills';
import { getTalent } from '../db/repos/talent';
import { deleteTemplate, getTemplate, insertTemplate, listTemplates, updateTemplate } from '../db/repos/templates';
import type { Db } from '../db/open';
import { localIsoDate, type HandlerContext } from './context';
import { found } from './found';
import { writeCampaignFromTemplate } from './fromTemplate';
import { mergePatch } from './patch';
import { phaseViews } from './phases';

const today = (ctx: HandlerContext) => localIsoDate(ctx.now());

/** Refuses a template whose roles, skills or handoff receivers no longer exist, naming the field. */
function checkRefs(db: Db, f: TemplateFields): void {
  f.phases.forEach((p, i) => {
    const at = (field: string) => `phases.${i}.${field}`;
    if (p.handoffRoleId !== null && !getRole(db, p.handoffRoleId)) throw new AppError('invalid_input', 'Handoff to: choose a role from the list', at('handoffRoleId'));
    if (p.handoffTalentId !== null && !getTalent(db, p.handoffTalentId)) throw new AppError('invalid_input', 'Handoff to: that person no longer exists', at('handoffTalentId'));
    checkRoleRefs(db, p.roles, at('roles'));
  });
}

/** Refuses a phase's role hours whose role or skills no longer exist, naming the field under `at` (`roles`, `phases.2.roles`). */
export function checkRoleRefs(db: Db, roles: readonly TemplatePhaseRole[], at: string): void {
  roles.forEach((r, k) => {
    if (!getRole(db, r.roleId)) throw new AppError('invalid_input', 'Role: choose a role from the list', `${at}.${k}.roleId`);
    r.skills.forEach((s, j) => {
      if (!getSkill(db, s.skillId)) throw new AppError('invalid_input', 'Skills: one of them no longer exists', `${at}.${k}.skills.${j}.skillId`);
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
      const id = recordChange(db, `Add campaign ${campaign.name} from ${t.name}`, () => writeCampaignFromTemplate(db, t, anchor, date, campaign));
      return { campaign: found(getCampaign(db, id), 'campaign'), phases: phaseViews(db, today(ctx), id) };
    },
  } satisfies Partial<Handlers>;
}
