// A messy studio for the settings tests: people in England and Bavaria, a Berliner, a part-time
// freelancer with no holiday region, time off, a campaign with demand lines and bookings.
import type { TestWorkspace } from '../helpers/workspace';

export const WHIT_MONDAY = '2027-05-17';

export async function settingsStudio(ws: TestWorkspace) {
  const designer = await ws.call('roles:create', { name: 'Designer', utilisationTarget: 85 });
  const motion = await ws.call('roles:create', { name: 'Motion designer' });
  const motionTypo = await ws.call('roles:create', { name: 'Motion desginer' });
  const ae = await ws.call('skills:create', { name: 'After Effects' });
  const aeTypo = await ws.call('skills:create', { name: 'After Efects' });
  const figma = await ws.call('skills:create', { name: 'Figma' });
  const week = (h: number, fri = h) => ({ effectiveFrom: '2026-01-05', hours: [h, h, h, h, fri, 0, 0] as [number, number, number, number, number, number, number] });
  const ada = await ws.call('talent:create', {
    kind: 'staff', name: 'Ada Lovelace', primaryRoleId: designer.id, holidayCountry: 'GB', holidayRegion: 'ENG', currency: 'GBP', costRate: 52,
    skills: [{ skillId: ae.id, level: 2 }, { skillId: aeTypo.id, level: 4 }, { skillId: figma.id, level: 5 }], patterns: [week(7.5)],
  });
  const bea = await ws.call('talent:create', {
    kind: 'staff', name: 'Bea Huber', primaryRoleId: motionTypo.id, otherRoleIds: [designer.id], holidayCountry: 'DE', holidayRegion: 'BY', currency: 'EUR',
    costRate: 420, costRateUnit: 'day', skills: [{ skillId: aeTypo.id, level: 3 }], patterns: [week(8, 6)],
  });
  const carl = await ws.call('talent:create', {
    kind: 'staff', name: 'Carl Braun', primaryRoleId: motion.id, holidayCountry: 'DE', holidayRegion: 'BE', currency: 'EUR', patterns: [week(8)],
  });
  const dot = await ws.call('talent:create', {
    kind: 'freelancer', name: 'Dot Reyes', primaryRoleId: designer.id, currency: 'USD', costRate: 95, patterns: [{ effectiveFrom: '2026-01-05', hours: [0, 6, 6, 6, 0, 0, 0] }],
  });
  await ws.call('timeOff:create', { talentId: ada.id, start: '2027-08-03', end: '2027-08-03', type: 'vacation', hoursPerDay: null });
  const launch = await ws.call('campaigns:create', {
    name: 'Autumn launch', client: 'Acme', status: 'confirmed', probability: 100, priority: 2, currency: 'GBP', budget: 40000, start: '2027-05-03', end: '2027-06-25',
  });
  const line = await ws.call('demandLines:create', {
    campaignId: launch.id, roleId: motionTypo.id, hours: 120, start: '2027-05-10', end: '2027-05-28', priority: 2, skills: [{ skillId: aeTypo.id, minLevel: 3 }],
  });
  const booking = await ws.call('bookings:create', {
    talentId: bea.id, campaignId: launch.id, demandLineId: line.id, start: '2027-05-10', end: '2027-05-14', hoursPerDay: 6, status: 'confirmed',
  });
  return { designer, motion, motionTypo, ae, aeTypo, figma, ada, bea, carl, dot, launch, line, booking };
}

/** Each person's capacity on one day, by talent id, through the handler table. */
export async function capacityOn(ws: TestWorkspace, day: string): Promise<Map<number, number>> {
  const grid = await ws.call('capacity:grid', { range: { start: day, end: day }, bucket: 'day', filter: {} });
  return new Map(grid.people.map((p, r) => [p.id, grid.capacity[r]]));
}
