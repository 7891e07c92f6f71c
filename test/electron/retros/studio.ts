// The workspace the retrospective tests look back on (26 November 2026): the actuals studio with its
// Harvest export imported (GBP reporting, Zoë a Mon/Wed/Fri part-timer paid in euros), plus a
// two-phase campaign made from a template whose handoff came after its SLA, and days booked above
// capacity in the past (Ada, Zoë) and in the future (Zoë).

import type { TestWorkspace } from '../helpers/workspace';
import { actualsStudio } from '../actuals/files';

type Match = { kind: 'person' | 'campaign'; name: string; targetId: number | null };

export async function retroStudio(ws: Pick<TestWorkspace, 'call'>, importHarvest: (options: { matches: Match[] }) => Promise<unknown>) {
  const studio = await actualsStudio(ws);
  await importHarvest({ matches: [{ kind: 'person', name: 'Lukasz Z.', targetId: studio.lukasz.id }, { kind: 'person', name: 'Temp Freelancer', targetId: null }] });
  const template = await ws.call('templates:create', {
    name: 'Web sprint',
    phases: [
      { name: 'Brief', durationDays: 2, roles: [{ roleId: studio.designer.id, hours: 15 }], handoffRoleId: studio.producer.id, handoffSlaDays: 1 },
      { name: 'Build', durationDays: 3, dependsOn: [0], roles: [{ roleId: studio.designer.id, hours: 4 }] },
    ],
  });
  const { campaign, phases } = await ws.call('templates:createCampaign', {
    templateId: template.id, anchor: 'start', date: '2026-11-02', campaign: { name: 'Sprint <Café>', status: 'confirmed', currency: 'EUR' },
  });
  await ws.call('campaigns:update', { id: campaign.id, budget: 2000 });
  // The brief's handoff was planned on 3 November with one working day of SLA (4 November): done on the 6th.
  await ws.call('phases:handoffDone', { id: phases[0].id, done: '2026-11-06' });
  const book = (talentId: number, start: string, end: string, hoursPerDay: number) =>
    ws.call('bookings:create', { talentId, campaignId: campaign.id, start, end, hoursPerDay, status: 'confirmed', allowOverAllocation: true });
  await book(studio.ada.id, '2026-11-02', '2026-11-03', 7.5); // on top of her 7.5 h on Spring Launch
  await book(studio.zoe.id, '2026-11-04', '2026-11-04', 4); // on top of her 8 h on Web Relaunch (a Wednesday)
  await book(studio.zoe.id, '2026-12-02', '2026-12-02', 8); // the future: over, but it has not happened
  await ws.call('actuals:set', { talentId: studio.ada.id, campaignId: campaign.id, date: '2026-11-02', hours: 6 });
  await ws.call('actuals:set', { talentId: studio.zoe.id, campaignId: campaign.id, date: '2026-11-04', hours: 5 });
  return { ...studio, campaign, phases };
}

