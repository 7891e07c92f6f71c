// A messy small studio for "When can we deliver?": part-timers, people in two holiday regions
// (Easter in England, not in Bavaria's the same days), a studio closure, time off, a freelancer,
// a higher-priority campaign booking most motion designers and a lower-priority tentative one.
import type { DeliveryPhase } from '@shared/delivery/types';
import type { TestWorkspace } from '../helpers/workspace';

const week = (h: number, days: number[]) => [0, 1, 2, 3, 4, 5, 6].map((d) => (days.includes(d) ? h : 0)) as [number, number, number, number, number, number, number];
const FULL = [0, 1, 2, 3, 4];

export async function deliveryStudio(ws: TestWorkspace) {
  const motion = await ws.call('roles:create', { name: 'Motion designer', utilisationTarget: 80 });
  const copy = await ws.call('roles:create', { name: 'Copywriter', utilisationTarget: 75 });
  const producer = await ws.call('roles:create', { name: 'Producer', utilisationTarget: 70 });
  const ae = await ws.call('skills:create', { name: 'After Effects' });
  const person = (name: string, roleId: number, opts: { hours: number; days: number[]; ae?: number; kind?: 'staff' | 'freelancer'; country?: string; region?: string; currency?: string; timeOff?: { start: string; end: string }[] }) =>
    ws.call('talent:create', {
      kind: opts.kind ?? 'staff',
      name,
      primaryRoleId: roleId,
      skills: opts.ae ? [{ skillId: ae.id, level: opts.ae }] : [],
      currency: opts.currency ?? 'GBP',
      holidayCountry: opts.country ?? 'GB',
      holidayRegion: opts.region ?? (opts.country ? null : 'ENG'),
      patterns: [{ effectiveFrom: '2026-01-01', hours: week(opts.hours, opts.days) }],
      timeOff: (opts.timeOff ?? []).map((t) => ({ ...t, type: 'vacation' as const })),
    });
  const mia = await person('Mia Chen', motion.id, { hours: 7.5, days: FULL, ae: 4 });
  const noah = await person('Noah Park', motion.id, { hours: 8, days: [0, 1, 2], ae: 3 });
  const lena = await person('Lena Vogel', motion.id, { hours: 8, days: FULL, ae: 5, country: 'DE', region: 'BY', currency: 'EUR' });
  const omar = await person('Omar Haddad', motion.id, { hours: 6, days: [0, 1, 2, 3], ae: 3, kind: 'freelancer', currency: 'USD' });
  const ava = await person('Ava Stone', copy.id, { hours: 7.5, days: FULL });
  const ben = await person('Ben Ortiz', copy.id, { hours: 7, days: [1, 2, 3], timeOff: [{ start: '2027-04-06', end: '2027-04-09' }] });
  const pat = await person('Pat Kim', producer.id, { hours: 7.5, days: FULL });
  await ws.call('closures:create', { date: '2027-04-16', name: 'Studio away day' });

  const blackFriday = await ws.call('campaigns:create', { name: 'Black Friday', client: 'Northwind', status: 'confirmed', priority: 1, start: '2027-03-01', end: '2027-05-31' });
  for (const [t, h] of [[mia, 6], [noah, 8], [lena, 6]] as const) {
    await ws.call('bookings:create', { talentId: t.id, campaignId: blackFriday.id, start: '2027-04-01', end: '2027-04-23', hoursPerDay: h, status: 'confirmed' });
  }
  const teaser = await ws.call('campaigns:create', { name: 'Spring Teaser', client: 'Contoso', status: 'pipeline', probability: 40, priority: 4, start: '2027-03-01', end: '2027-05-31' });
  await ws.call('bookings:create', { talentId: omar.id, campaignId: teaser.id, start: '2027-04-05', end: '2027-04-30', hoursPerDay: 6, status: 'tentative' });
  const summer = await ws.call('campaigns:create', { name: 'Summer Launch', client: 'Fabrikam', status: 'pipeline', probability: 70, priority: 2, start: '2027-03-24', end: '2027-05-31' });

  const phases: DeliveryPhase[] = [
    { id: 'brief', name: 'Brief', durationDays: 2, dependsOn: [], roles: [{ roleId: producer.id, hours: 10, skills: [], maxPeople: null }] },
    { id: 'concept', name: 'Concept', durationDays: 5, dependsOn: ['brief'], roles: [{ roleId: copy.id, hours: 40, skills: [], maxPeople: 2 }] },
    { id: 'motion', name: 'Production', durationDays: 8, dependsOn: ['concept'], roles: [{ roleId: motion.id, hours: 120, skills: [{ skillId: ae.id, minLevel: 3 }], maxPeople: 3 }] },
    { id: 'review', name: 'Review', durationDays: 2, dependsOn: ['motion'], roles: [{ roleId: producer.id, hours: 8, skills: [], maxPeople: null }, { roleId: copy.id, hours: 6, skills: [], maxPeople: 1 }] },
  ];
  return { motion, copy, producer, ae, mia, noah, lena, omar, ava, ben, pat, blackFriday, teaser, summer, phases };
}

/**
 * "Aurora video", made from a five-phase "Product video" template from Wednesday 14 April 2027
 * (the studio is closed on Friday 16 April); `animation` sets the motion designers' phase.
 */
export async function productVideoCampaign(ws: TestWorkspace, animation: { hours: number; maxPeople: number }) {
  const s = await deliveryStudio(ws);
  const template = await ws.call('templates:create', {
    name: 'Product video',
    phases: [
      { name: 'Brief', durationDays: 2, roles: [{ roleId: s.producer.id, hours: 10 }] },
      { name: 'Script', durationDays: 3, dependsOn: [0], roles: [{ roleId: s.copy.id, hours: 20, maxPeople: 1 }] },
      { name: 'Animation', durationDays: 6, dependsOn: [1], roles: [{ roleId: s.motion.id, ...animation, skills: [{ skillId: s.ae.id, minLevel: 3 }] }] },
      { name: 'Voice-over', durationDays: 2, dependsOn: [1], roles: [{ roleId: s.producer.id, hours: 6 }] },
      { name: 'Review', durationDays: 1, dependsOn: [2, 3], roles: [{ roleId: s.producer.id, hours: 4 }, { roleId: s.copy.id, hours: 3 }] },
    ],
  });
  const made = await ws.call('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2027-04-14', campaign: { name: 'Aurora video', priority: 2 } });
  return { ...s, ...made };
}

/**
 * "Aurora video" under way on Tuesday 27 April 2027. Planned: Brief 14–15 April (the studio is away
 * on Friday 16th), Script 19–21, Animation 22–29 and Voice-over 22–23 (both after Script), Review on
 * Friday 30 April. Brief, Script and Voice-over are booked in full; Animation (`animationHours`, at
 * most 2 people) has 23.5 h booked: Mia and Lena on Monday 26th, Lena again on the 27th.
 */
export async function underWayCampaign(ws: TestWorkspace, animationHours: number) {
  const s = await productVideoCampaign(ws, { hours: animationHours, maxPeople: 2 });
  const lines = await ws.call('demandLines:list', { campaignIds: [s.campaign.id] });
  const phaseOf = (name: string) => s.phases.find((p) => p.name === name)!;
  const line = (phase: string, roleId: number) => lines.find((l) => l.phaseId === phaseOf(phase).id && l.roleId === roleId)!;
  const book = (talentId: number, lineId: number, start: string, end: string, hoursPerDay: number, status: 'confirmed' | 'tentative' = 'confirmed') =>
    ws.call('bookings:create', { talentId, campaignId: s.campaign.id, demandLineId: lineId, start, end, hoursPerDay, status });
  await book(s.pat.id, line('Brief', s.producer.id).id, '2027-04-14', '2027-04-15', 5);
  await book(s.ava.id, line('Script', s.copy.id).id, '2027-04-19', '2027-04-20', 7.5);
  await book(s.ava.id, line('Script', s.copy.id).id, '2027-04-21', '2027-04-21', 5);
  await book(s.pat.id, line('Voice-over', s.producer.id).id, '2027-04-22', '2027-04-23', 3);
  await book(s.mia.id, line('Animation', s.motion.id).id, '2027-04-26', '2027-04-26', 7.5);
  await book(s.lena.id, line('Animation', s.motion.id).id, '2027-04-26', '2027-04-27', 8);
  return { ...s, line, book, phaseOf };
}
