import type { Input, Template, TemplatePhaseRole } from '@shared/contract';
import type { Priority } from '@shared/domain';
import { formatLongDate } from '@shared/capacity';
import { scheduleBackward, scheduleForward, studioCalendar } from '@shared/phases';
import { AppError } from '@shared/errors';
import { insertCampaign } from '../db/repos/campaigns';
import { listClosures } from '../db/repos/closures';
import { insertDemandLinesBatch, type DemandLineFields } from '../db/repos/demandLines';
import { insertCampaignPhases } from '../db/repos/phases';
import type { Db } from '../db/open';

type CampaignFields = Required<NonNullable<Input<'templates:createCampaign'>['campaign']>>;

/**
 * Writes a campaign made from a template: its phases dated on the studio calendar from `date`
 * (anchor start) or back from it (anchor launch), and each phase's role hours as demand lines in
 * the phase's window. Call inside one recorded change; returns the campaign's id.
 */
export function writeCampaignFromTemplate(db: Db, t: Template, anchor: 'start' | 'launch', date: string, campaign: CampaignFields): number {
  const cal = studioCalendar(listClosures(db));
  const plans = t.phases.map((p) => ({ durationDays: p.durationDays, dependsOn: p.dependsOn }));
  const dates = anchor === 'start' ? scheduleForward(plans, date, cal) : scheduleBackward(plans, date, cal);
  const start = dates.reduce((m, d) => (d.start < m ? d.start : m), dates[0].start);
  const end = dates.reduce((m, d) => (d.end > m ? d.end : m), dates[0].end);
  if (start < '1900-01-01' || end >= '2200-01-01') {
    throw new AppError('invalid_input', `Date: the phases would run from ${formatLongDate(start)} to ${formatLongDate(end)}, outside the years the app plans (1900 to 2199).`, 'date');
  }
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
  insertDemandLinesBatch(db, t.phases.flatMap((p, i) => phaseDemandLines({ id: campaignId, priority: campaign.priority }, { id: phaseIds[i], name: p.name, ...dates[i] }, p.roles)));
  return campaignId;
}

/** A phase's role hours as demand lines in the phase's window, named after it (from a template, or a phase added later). */
export function phaseDemandLines(
  campaign: { id: number; priority: Priority },
  phase: { id: number; name: string; start: string; end: string },
  roles: readonly TemplatePhaseRole[],
): DemandLineFields[] {
  return roles.map((r) => ({
    campaignId: campaign.id, roleId: r.roleId, skills: r.skills, hours: r.hours, start: phase.start, end: phase.end,
    priority: campaign.priority, note: phase.name, phaseId: phase.id, maxPeople: r.maxPeople,
  }));
}
