import type { TestWorkspace } from '../helpers/workspace';

// A messy studio for the executive figures: people paid in £, € and $, a part-timer, a regional
// holiday (Epiphany in Bavaria), the studio closed between Christmas and New Year, a pitch, a
// demand line with no role yet, and a booking made outside the plan. The handlers' clock is
// 2026-11-26 (FIXED_NOW), so snapshots count their weeks ahead from Monday 23 November 2026.

/** The studio's closure days after Christmas (28 December is also England's Boxing Day substitute). */
export const CLOSED = ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'];
/** Days Sam (the only strategist, England) can work in the strategy line's window, 21 Dec – 1 Jan:
 * the 25th is Christmas, 28–31 are closed, 1 January is New Year's Day. */
export const SAM_DAYS = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24'];
export const STRATEGY_HOURS = 150;
export const CARDS_HOURS = 60;
/** Days a designer can work from 21 Dec to 8 Jan: Dana (Bavaria) 21–24 Dec, Pat (England, Mon–Wed)
 * 21–23 Dec; closed 28–31 Dec; New Year's Day; then 4–8 Jan (Epiphany, the 6th, is Bavarian: Pat works). */
export const DESIGNER_DAYS = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08'];
export const NO_ROLE_HOURS = 132;
export const OUTSIDE_PLAN = { hoursPerDay: 7, start: '2027-02-01', end: '2027-03-12', days: 30 };

export async function messyStudio(ws: TestWorkspace) {
  const strategist = await ws.call('roles:create', { name: 'Strategist', utilisationTarget: 75 });
  const designer = await ws.call('roles:create', { name: 'Designer', utilisationTarget: 80 });
  const motion = await ws.call('skills:create', { name: 'Motion' });
  for (const date of CLOSED) await ws.call('closures:create', { date, name: 'Studio closed' });

  const sam = await ws.call('talent:create', {
    kind: 'staff', name: 'Sam Okafor', primaryRoleId: strategist.id, costRate: 55, currency: 'GBP', holidayCountry: 'GB', holidayRegion: 'ENG',
  });
  const dana = await ws.call('talent:create', {
    kind: 'freelancer', name: 'Dana Weber', primaryRoleId: designer.id, costRate: 62, currency: 'EUR', holidayCountry: 'DE', holidayRegion: 'BY',
    patterns: [{ effectiveFrom: '2026-01-01', hours: [8, 8, 8, 8, 8, 0, 0] }],
  });
  const pat = await ws.call('talent:create', {
    kind: 'staff', name: 'Pat Rivera', primaryRoleId: designer.id, costRate: 70, currency: 'USD', holidayCountry: 'GB', holidayRegion: 'ENG',
    patterns: [{ effectiveFrom: '2026-01-01', hours: [6, 6, 6, 0, 0, 0, 0] }],
  });

  const winter = await ws.call('campaigns:create', {
    name: 'Winter Campaign', client: 'Northwind', status: 'confirmed', start: '2026-12-01', end: '2027-01-31', budget: 40_000, currency: 'GBP',
  });
  const strategy = await ws.call('demandLines:create', {
    campaignId: winter.id, roleId: strategist.id, hours: STRATEGY_HOURS, start: '2026-12-21', end: '2027-01-01',
  });
  const design = await ws.call('demandLines:create', { campaignId: winter.id, roleId: designer.id, hours: 80, start: '2027-01-04', end: '2027-01-08' });
  // Spans Christmas and the closed week: 9 days designers can work (DESIGNER_DAYS).
  const cards = await ws.call('demandLines:create', { campaignId: winter.id, roleId: designer.id, hours: CARDS_HOURS, start: '2026-12-21', end: '2027-01-08' });
  const glacier = await ws.call('campaigns:create', {
    name: 'Glacier Water', client: 'Aqua', status: 'pipeline', probability: 60, start: '2027-01-04', end: '2027-02-26', budget: 25_000, currency: 'EUR',
  });
  await ws.call('demandLines:create', { campaignId: glacier.id, roleId: designer.id, hours: 40, start: '2027-01-11', end: '2027-01-22' });
  const summer = await ws.call('campaigns:create', {
    name: 'Summer Teaser', client: 'Northwind', status: 'pipeline', probability: 30, start: '2027-05-03', end: '2027-06-25', budget: 12_000, currency: 'USD',
  });
  const harbour = await ws.call('campaigns:create', {
    name: 'Harbour Lights', client: 'Hopper', status: 'pipeline', probability: 40, start: '2027-03-01', end: '2027-04-30', budget: 30_000, currency: 'GBP',
  });
  const newYear = await ws.call('campaigns:create', {
    name: 'New Year Push', client: 'Hopper', status: 'confirmed', start: '2027-01-11', end: '2027-01-22', budget: 18_000, currency: 'USD',
  });
  const noRole = await ws.call('demandLines:create', {
    campaignId: newYear.id, roleId: null, skills: [{ skillId: motion.id, minLevel: 2 }], hours: NO_ROLE_HOURS, start: '2027-01-11', end: '2027-01-22',
  });
  const brand = await ws.call('campaigns:create', {
    name: 'Brand Refresh', client: 'Aqua', status: 'confirmed', start: '2027-02-01', end: '2027-03-31', budget: 9_000, currency: 'EUR',
  });
  const brandLine = await ws.call('demandLines:create', { campaignId: brand.id, roleId: designer.id, hours: 100, start: '2027-02-01', end: '2027-02-12' });
  // Booked outside the plan: Dana for 210 h on Brand Refresh, on no demand line.
  const outside = await ws.call('bookings:create', { allowOverAllocation: true,
    talentId: dana.id, campaignId: brand.id, start: OUTSIDE_PLAN.start, end: OUTSIDE_PLAN.end, hoursPerDay: OUTSIDE_PLAN.hoursPerDay, status: 'confirmed',
  });
  // Sam booked while the studio is closed (on no line): hours in a week with no capacity at all.
  const closedWeek = await ws.call('bookings:create', { allowOverAllocation: true,
    talentId: sam.id, campaignId: winter.id, start: '2026-12-29', end: '2026-12-30', hoursPerDay: 4, status: 'tentative',
  });
  return { strategist, designer, sam, dana, pat, winter, strategy, design, cards, glacier, harbour, summer, newYear, noRole, brand, brandLine, outside, closedWeek };
}
