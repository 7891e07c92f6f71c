import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';

// "Who's free?" through the handler table on a messy studio, for 3–16 May 2027 (two ISO weeks):
// - Mon 3 May is a bank holiday in England; Thu 6 May (Ascension) one in Germany;
// - Fri 14 May the studio is closed;
// - Ada (England, 7.5 h Mon–Fri): booked Tue–Wed confirmed 7.5 h, Mon–Wed of week 2 tentative 4 h;
// - Bea (Germany, part-time 8/8/8/4/0): whole day off Mon 10, 4 h off Tue 11, no bookings;
// - Cy (freelancer, no holidays, 8 h Mon–Fri): contract ends Fri 7 May, booked Mon 3 May 8 h;
// - Northbound Motion (agency of 2 × 7 h Mon–Fri): booked 10 h a day for the whole fortnight;
// - Zed (motion, 7.5 h) fully booked, so never free; Dee is a Designer with After Effects.
// Every figure below is worked out by hand in the comments beside it.

const RANGE = { start: '2027-05-03', end: '2027-05-16' };
const WEEKDAYS = (h: number) => [h, h, h, h, h, 0, 0] as [number, number, number, number, number, number, number];

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

async function messyStudio() {
  const motion = await ws.call('roles:create', { name: 'Motion Designer' });
  const designer = await ws.call('roles:create', { name: 'Designer' });
  const ae = await ws.call('skills:create', { name: 'After Effects' });
  const c4d = await ws.call('skills:create', { name: 'Cinema 4D' });
  const p = (effectiveFrom: string, hours: ReturnType<typeof WEEKDAYS>) => [{ effectiveFrom, hours }];
  const ada = await ws.call('talent:create', {
    kind: 'staff', name: 'Ada Quinn', primaryRoleId: motion.id, skills: [{ skillId: ae.id, level: 4 }], tags: ['senior'],
    holidayCountry: 'GB', holidayRegion: 'ENG', patterns: p('2026-01-01', WEEKDAYS(7.5)),
  });
  const bea = await ws.call('talent:create', {
    kind: 'staff', name: 'Bea Krause', primaryRoleId: designer.id, otherRoleIds: [motion.id], skills: [{ skillId: ae.id, level: 2 }, { skillId: c4d.id, level: 4 }],
    holidayCountry: 'DE', patterns: [{ effectiveFrom: '2026-01-01', hours: [8, 8, 8, 4, 0, 0, 0] }],
  });
  const cy = await ws.call('talent:create', {
    kind: 'freelancer', name: 'Cy Okafor', primaryRoleId: motion.id, skills: [{ skillId: ae.id, level: 5 }], tags: ['Senior'],
    activeTo: '2027-05-07', costRate: 500, costRateUnit: 'day', currency: 'EUR', patterns: p('2026-01-01', WEEKDAYS(8)),
  });
  const agency = await ws.call('talent:create', {
    kind: 'agency', name: 'Northbound Motion', primaryRoleId: motion.id, headcount: 2, currency: 'USD', patterns: p('2026-01-01', WEEKDAYS(7)),
  });
  const zed = await ws.call('talent:create', { kind: 'staff', name: 'Zed Full', primaryRoleId: motion.id, patterns: p('2026-01-01', WEEKDAYS(7.5)) });
  const dee = await ws.call('talent:create', {
    kind: 'staff', name: 'Dee Lin', primaryRoleId: designer.id, skills: [{ skillId: ae.id, level: 5 }], patterns: p('2026-01-01', WEEKDAYS(7.5)),
  });
  await ws.call('closures:create', { date: '2027-05-14', name: 'Studio away day' });
  await ws.call('timeOff:create', { talentId: bea.id, start: '2027-05-10', end: '2027-05-10', type: 'vacation' });
  await ws.call('timeOff:create', { talentId: bea.id, start: '2027-05-11', end: '2027-05-11', hoursPerDay: 4, type: 'other' });
  const job = await ws.call('campaigns:create', { name: 'Spring film', status: 'confirmed', start: '2027-04-01', end: '2027-06-30', currency: 'GBP' });
  const book = (talentId: number, start: string, end: string, hoursPerDay: number, status: 'confirmed' | 'tentative') =>
    ws.call('bookings:create', { talentId, campaignId: job.id, start, end, hoursPerDay, status });
  await book(ada.id, '2027-05-04', '2027-05-05', 7.5, 'confirmed');
  await book(ada.id, '2027-05-10', '2027-05-12', 4, 'tentative');
  await book(cy.id, '2027-05-03', '2027-05-03', 8, 'confirmed');
  await book(agency.id, '2027-05-03', '2027-05-14', 10, 'confirmed');
  await book(zed.id, '2027-04-26', '2027-05-21', 7.5, 'confirmed');
  return { motion, designer, ae, c4d, ada, bea, cy, agency, zed, dee, job };
}

const search = (input: Record<string, unknown>) => ws.call('availability:search', { range: RANGE, ...input });
const names = (r: { people: { name: string; freeHours: number }[] }) => r.people.map((p) => `${p.name} ${p.freeHours}`);

describe('availability:search', () => {
  it('gives each motion designer the free hours Capacity counts, most free first', async () => {
    const s = await messyStudio();
    const r = await search({ roleId: s.motion.id });
    // Bea (other role): 8+8+8 (Thu holiday, Fri off) + 0 (day off) + 4 (half off) + 8 + 4 (Fri closed) = 40, all free.
    // Northbound: 9 working days × 14 h = 126 capacity, 9 × 10 h booked → 36 free.
    // Ada: 8 working days × 7.5 = 60 (Mon holiday, Fri 14 closed); free Thu 7.5, Fri 7.5, Mon–Wed 3.5 each, Thu 7.5 = 33.
    // Cy: Mon–Fri 3–7 May = 40 (contract ends), Mon booked 8 → 32. Zed: none free, but matched.
    expect(names(r)).toEqual(['Bea Krause 40', 'Northbound Motion 36', 'Ada Quinn 33', 'Cy Okafor 32']);
    expect(r.matched).toBe(5);
    expect(r.total).toBe(4);
    const [bea, agency, ada, cy] = r.people;
    expect([bea.capacityHours, agency.capacityHours, ada.capacityHours, cy.capacityHours]).toEqual([40, 126, 60, 40]);
    expect(ada.bookedHours).toBe(27);
    expect(ada.tentativeHours).toBe(12);
    expect(ada.freeShare).toBeCloseTo(33 / 60, 10);
    // The same free hours as capacity:grid's days: Σ max(0, capacity − confirmed − tentative).
    const grid = await ws.call('capacity:grid', { range: RANGE, bucket: 'day', filter: { ids: r.people.map((p) => p.id) }, limit: 10 });
    for (const person of r.people) {
      const row = grid.people.findIndex((g) => g.id === person.id);
      const days = grid.buckets.length;
      let free = 0;
      for (let c = 0; c < days; c++) free += Math.max(0, grid.capacity[row * days + c] - grid.confirmed[row * days + c] - grid.tentative[row * days + c]);
      expect(person.freeHours).toBeCloseTo(free, 6);
      expect(person.days.free.reduce((a, b) => a + b, 0)).toBeCloseTo(free, 6);
    }
  });

  it('agrees with capacity:grid day by day over a range cut mid-week, tentative taken or not', async () => {
    await messyStudio();
    const range = { start: '2027-04-28', end: '2027-05-12' }; // Wed to Wed: part week, whole week, part week
    const grid = await ws.call('capacity:grid', { range, bucket: 'day', filter: {}, limit: 20 });
    const days = grid.buckets.length;
    for (const tentativeIsFree of [false, true]) {
      const r = await ws.call('availability:search', { range, tentativeIsFree });
      expect(r.people.length).toBeGreaterThan(3);
      for (const person of r.people) {
        const row = grid.people.findIndex((g) => g.id === person.id);
        let free = 0;
        let capacity = 0;
        for (let c = row * days; c < (row + 1) * days; c++) {
          capacity += grid.capacity[c];
          free += Math.max(0, grid.capacity[c] - grid.confirmed[c] - (tentativeIsFree ? 0 : grid.tentative[c]));
        }
        expect([person.name, person.freeHours, person.capacityHours]).toEqual([person.name, expect.closeTo(free, 6), expect.closeTo(capacity, 6)]);
      }
    }
  });

  it('says what each day is: holiday, closure, time off, weekend, outside the contract', async () => {
    const s = await messyStudio();
    const r = await search({ roleId: s.motion.id });
    const byName = new Map(r.people.map((p) => [p.name, p]));
    const ada = byName.get('Ada Quinn')!;
    expect(ada.days.status).toEqual(['holiday', 'work', 'work', 'work', 'work', 'off', 'off', 'work', 'work', 'work', 'work', 'closed', 'off', 'off']);
    expect(ada.days.free).toEqual([0, 0, 0, 7.5, 7.5, 0, 0, 3.5, 3.5, 3.5, 7.5, 0, 0, 0]);
    const bea = byName.get('Bea Krause')!;
    expect(bea.days.status).toEqual(['work', 'work', 'work', 'holiday', 'off', 'off', 'off', 'timeOff', 'timeOff', 'work', 'work', 'closed', 'off', 'off']);
    expect(bea.days.free).toEqual([8, 8, 8, 0, 0, 0, 0, 0, 4, 8, 4, 0, 0, 0]);
    const cy = byName.get('Cy Okafor')!;
    expect(cy.days.status).toEqual(['work', 'work', 'work', 'work', 'work', ...Array(9).fill('inactive')]);
    expect(cy.days.booked.slice(0, 2)).toEqual([8, 0]);
  });

  it('proposes the largest steady booking that over-allocates no day', async () => {
    const s = await messyStudio();
    const r = await search({ roleId: s.motion.id });
    const byName = new Map(r.people.map((p) => [p.name, p.suggestion]));
    // Ada's working days free: 0, 0, 7.5, 7.5, 3.5, 3.5, 3.5, 7.5 → 3.5 h on 6 days (21 h) beats 7.5 h on 2 (15 h).
    expect(byName.get('Ada Quinn')).toEqual({ start: '2027-05-06', end: '2027-05-13', hoursPerDay: 3.5, days: 6, totalHours: 21 });
    // Bea: 8, 8, 8, [Thu holiday, Fri off], 0 (day off), 4, 8, 4 → 8 h Mon–Wed.
    expect(byName.get('Bea Krause')).toEqual({ start: '2027-05-03', end: '2027-05-05', hoursPerDay: 8, days: 3, totalHours: 24 });
    // Cy: booked Monday, contract ends Friday → 8 h Tue–Fri.
    expect(byName.get('Cy Okafor')).toEqual({ start: '2027-05-04', end: '2027-05-07', hoursPerDay: 8, days: 4, totalHours: 32 });
    // The agency: 4 h free on each of 9 working days (Fri 14 closed).
    expect(byName.get('Northbound Motion')).toEqual({ start: '2027-05-03', end: '2027-05-13', hoursPerDay: 4, days: 9, totalHours: 36 });
    // Booking Ada's suggestion as proposed over-allocates nothing.
    const sug = byName.get('Ada Quinn')!;
    const check = await ws.call('bookings:check', { talentId: s.ada.id, campaignId: s.job.id, start: sug.start, end: sug.end, hoursPerDay: sug.hoursPerDay });
    expect(check.message).toBeNull();
    expect(check.totalHours).toBe(21);
  });

  it('filters by skills with a minimum level, kinds, tags and thresholds', async () => {
    const s = await messyStudio();
    expect(names(await search({ roleId: s.motion.id, skills: [{ skillId: s.ae.id, minLevel: 3 }] }))).toEqual(['Ada Quinn 33', 'Cy Okafor 32']);
    // Dee (no holiday region): 9 working days (Fri 14 closed) × 7.5 h = 67.5, none booked.
    expect(names(await search({ skills: [{ skillId: s.ae.id, minLevel: 5 }] }))).toEqual(['Dee Lin 67.5', 'Cy Okafor 32']);
    expect(names(await search({ skills: [{ skillId: s.ae.id }, { skillId: s.c4d.id, minLevel: 4 }] }))).toEqual(['Bea Krause 40']);
    expect(names(await search({ roleId: s.motion.id, kinds: ['freelancer', 'agency'] }))).toEqual(['Northbound Motion 36', 'Cy Okafor 32']);
    expect(names(await search({ tags: ['SENIOR'] }))).toEqual(['Ada Quinn 33', 'Cy Okafor 32']);
    expect(names(await search({ roleId: s.motion.id, minHours: 36 }))).toEqual(['Bea Krause 40', 'Northbound Motion 36']);
    // Share of capacity free: Bea 100 %, Cy 80 %, Ada 55 %, Northbound 28.6 %.
    expect(names(await search({ roleId: s.motion.id, minPercent: 55 }))).toEqual(['Bea Krause 40', 'Ada Quinn 33', 'Cy Okafor 32']);
    const limited = await search({ roleId: s.motion.id, limit: 2 });
    expect([limited.total, limited.people.length]).toEqual([4, 2]);
  });

  it('counts tentative bookings as free when asked, and follows a new booking at once', async () => {
    const s = await messyStudio();
    expect(names(await search({ roleId: s.motion.id, tentativeIsFree: true }))[0]).toBe('Ada Quinn 45');
    await ws.call('bookings:create', { talentId: s.bea.id, campaignId: s.job.id, start: '2027-05-03', end: '2027-05-05', hoursPerDay: 8, status: 'tentative' });
    expect(names(await search({ roleId: s.motion.id }))).toEqual(['Northbound Motion 36', 'Ada Quinn 33', 'Cy Okafor 32', 'Bea Krause 16']);
  });

  it('refuses a range over a year, too many people, and unknown fields, saying which', async () => {
    const long = await ws.send('availability:search', { range: { start: '2027-01-01', end: '2028-12-31' } });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!long.ok && long.error.message).toMatch(/at most 366 days/);
    const many = await ws.send('availability:search', { range: RANGE, limit: 5000 });
    expect(!many.ok && many.error.message).toMatch(/At most 200 people/);
    const unknown = await ws.send('availability:search', { range: RANGE, text: 'motion' });
    expect(unknown.ok).toBe(false);
    const backwards = await ws.send('availability:search', { range: { start: '2027-05-16', end: '2027-05-03' } });
    expect(backwards.ok).toBe(false);
  });
});

describe('capacity:grid free hours', () => {
  it('gives free hours per cell, sorts by free hours, and marks days outside the contract', async () => {
    const s = await messyStudio();
    const grid = await ws.call('capacity:grid', { range: RANGE, bucket: 'week', filter: { roleId: s.motion.id, includeOtherRoles: true }, sort: 'free' });
    expect(grid.people.map((p) => p.name)).toEqual(['Bea Krause', 'Northbound Motion', 'Ada Quinn', 'Cy Okafor', 'Zed Full']);
    // Per week (3–9 May, 10–16 May): Bea 24 | 0 + 4 + 8 + 4; the agency 5 × 4 | 4 × 4; Ada 7.5 + 7.5 | 3 × 3.5 + 7.5; Cy 4 × 8 | none.
    expect(grid.free).toEqual([24, 16, 20, 16, 15, 18, 32, 0, 0, 0]);
    // Cy's contract ends Fri 7 May: the weekend of week 1 (2 of 7 days) and all of week 2 are outside it.
    expect(grid.inactive.slice(6, 8)).toEqual([2 / 7, 1]);
    expect(grid.inactive.filter((_, i) => i < 6 || i > 7).every((x) => x === 0)).toBe(true);
    const byName = await ws.call('capacity:grid', { range: RANGE, bucket: 'day', filter: { ids: [s.cy.id] } });
    expect(byName.inactive).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(byName.free.slice(0, 5)).toEqual([0, 8, 8, 8, 8]);
  });
});
