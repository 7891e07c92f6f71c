import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_ROLE_YET } from '@shared/domain';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall } from '../io/helpers';
import { CARDS_HOURS, CLOSED, DESIGNER_DAYS, messyStudio, NO_ROLE_HOURS, OUTSIDE_PLAN, SAM_DAYS, STRATEGY_HOURS } from './messyStudio';

// What executives read, figure by figure, through the real handler table on a messy studio (£, €
// and $, a part-timer, a Bavarian holiday, the closed week after Christmas, a line with no role
// yet, a booking outside the plan, a lost pitch between two snapshots). Each figure is checked
// against a count made here from the inputs and the per-day capacity grid.

const RANGE = { start: '2026-11-23', end: '2027-03-28' };
const WEEKS_AHEAD_12 = { first: '2026-11-23', last: '2027-02-14' };
const weekOf = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};
/** The share of `hours` spread evenly over `days` that falls in the week starting `week`. */
const inWeek = (hours: number, days: string[], week: string) => (hours * days.filter((d) => weekOf(d) === week).length) / days.length;

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

/** Days of [start, end] on which someone with this primary role has capacity, from the day grid. */
async function daysRoleCanWork(roleId: number, start: string, end: string): Promise<string[]> {
  const grid = await ws.call('capacity:grid', { range: { start, end }, bucket: 'day', filter: { roleId }, limit: 100 });
  const B = grid.buckets.length;
  return grid.buckets.filter((_, b) => grid.people.some((_, row) => grid.capacity[row * B + b] > 0)).map((b) => b.start);
}

describe('open demand goes on days its role can work', () => {
  it('puts no demand, and no shortfall, on the closed week after Christmas or on a holiday everyone has', async () => {
    const s = await messyStudio(ws);
    // The day grid agrees with the days the fixture names (holidays and closures from the real calendars).
    expect(await daysRoleCanWork(s.strategist.id, '2026-12-21', '2027-01-01')).toEqual(SAM_DAYS);
    expect(await daysRoleCanWork(s.designer.id, '2026-12-21', '2027-01-08')).toEqual(DESIGNER_DAYS);

    const rows = await ws.call('capacity:roleWeeks', { range: { start: '2026-12-21', end: '2027-01-10' } });
    const row = (roleId: number, week: string) => rows.find((r) => r.roleId === roleId && r.weekStart === week)!;
    for (const r of rows.filter((x) => x.weekStart === '2026-12-28')) {
      expect(r.demand, r.roleName).toBe(0);
      expect(r.shortfall, r.roleName).toBeLessThanOrEqual(0);
    }
    expect(row(s.strategist.id, '2026-12-21').demand).toBeCloseTo(STRATEGY_HOURS, 6);
    for (const week of ['2026-12-21', '2027-01-04']) {
      const design = week === '2027-01-04' ? 80 : 0;
      expect(row(s.designer.id, week).demand).toBeCloseTo(design + inWeek(CARDS_HOURS, DESIGNER_DAYS, week), 6);
    }
    // Epiphany is a holiday in Bavaria only: Pat (England) works, so the 6th keeps its demand.
    expect(DESIGNER_DAYS).toContain('2027-01-06');
  });
});

describe('demand with no role yet', () => {
  it('has one name, and is given apart from the shortfall of roles, in the headline and in the report', async () => {
    const s = await messyStudio(ws);
    const taken = await ws.call('snapshots:take', { name: 'Week 48', range: RANGE });
    const snap = await ws.call('snapshots:get', { id: taken.id });
    const ahead = snap.headline.shortfall.find((x) => x.weeks === 12)!;

    // Independent count per role: weekly demand from the spreading rule, free hours from the day grid.
    const grid = await ws.call('capacity:grid', { range: { start: WEEKS_AHEAD_12.first, end: WEEKS_AHEAD_12.last }, bucket: 'week', limit: 100 });
    const W = grid.buckets.length;
    expect(W).toBe(12);
    const free = (roleId: number, w: number) =>
      grid.people.reduce((t, p, row) => (p.primaryRoleId === roleId ? t + Math.max(0, grid.capacity[row * W + w] - grid.confirmed[row * W + w] - grid.tentative[row * W + w]) : t), 0);
    const brandDays = await daysRoleCanWork(s.designer.id, '2027-02-01', '2027-02-12');
    const designerDemand = (week: string) =>
      (week === '2027-01-04' ? 80 : 0) + inWeek(CARDS_HOURS, DESIGNER_DAYS, week) + inWeek(40 * 0.6, ['2027-01-11', '2027-01-18'], week) + inWeek(100, brandDays, week);
    const strategistDemand = (week: string) => inWeek(STRATEGY_HOURS, SAM_DAYS, week);
    const short = (roleId: number, demandOf: (week: string) => number) =>
      grid.buckets.reduce((t, b, w) => t + Math.max(0, demandOf(b.start) - free(roleId, w)), 0);
    const strategistShort = short(s.strategist.id, strategistDemand);
    const designerShort = short(s.designer.id, designerDemand);
    // By hand: 150 h on Sam's 4 days against his 30 free hours; designers 63.3 h in the week of 4 Jan and 27 h in each Brand Refresh week.
    expect(strategistShort).toBeCloseTo(120, 6);
    expect(designerShort).toBeCloseTo(80 + (CARDS_HOURS * 5) / 9 - 50 + 2 * (50 - 23), 6);

    expect(ahead.byRole.map((r) => r.roleName)).toEqual(['Strategist', 'Designer']);
    expect(ahead.byRole[0].hours).toBeCloseTo(strategistShort, 2);
    expect(ahead.byRole[1].hours).toBeCloseTo(designerShort, 2);
    expect(ahead.hours).toBeCloseTo(designerShort + strategistShort, 2);
    expect(ahead.noRole).toBeCloseTo(NO_ROLE_HOURS, 2);
    expect(snap.headline.shortfall.find((x) => x.weeks === 4)!.noRole).toBe(0);
    expect(snap.figures.roles.find((r) => r.roleId === -1)!.roleName).toBe(NO_ROLE_YET);
    expect(snap.figures.openDemand.find((l) => l.lineId === s.noRole.id)).toMatchObject({ roleId: null, open: NO_ROLE_HOURS });

    const path = join(ws.dir, 'report.html');
    await ws.call('snapshots:exportHtml', { id: taken.id, path });
    const html = readFileSync(path, 'utf8');
    expect(html).toContain(`Short: 120 h Strategist, ${(Math.round(designerShort * 10) / 10).toFixed(1)} h Designer`);
    expect(html).toContain('132 h of demand has no role yet');
    expect(html).toContain(`<td>${NO_ROLE_YET}</td>`);
    for (const jargon of ['Pipeline coverage', 'supply covers', 'Supply against all work', 'Unassigned role', 'Any role']) expect(html).not.toContain(jargon);
  });

  it('reads an older snapshot, whose stored headline mixed no-role demand into the shortfall, the same way', async () => {
    await messyStudio(ws);
    const taken = await ws.call('snapshots:take', { name: 'Old style', range: RANGE });
    const stored = ws.db.prepare('SELECT headline FROM snapshots WHERE id = ?').get(taken.id) as { headline: string };
    const old = JSON.parse(stored.headline) as { shortfall: Record<string, unknown>[] };
    old.shortfall = old.shortfall.map(({ weeks, hours, unweighted }) => ({ weeks, hours: Number(hours) + NO_ROLE_HOURS, unweighted }));
    // Stored figures can't be changed in place: a copy with the old headline stands in for an old snapshot.
    const copy = ws.db.prepare(
      `INSERT INTO snapshots (name, taken_at, taken_on, app_version, automatic, settings, headline, role_weeks, people, open_demand, campaigns, over_allocations, figures_bytes)
       SELECT name, taken_at, taken_on, app_version, automatic, settings, ?, role_weeks, people, open_demand, campaigns, over_allocations, figures_bytes
       FROM snapshots WHERE id = ?`,
    ).run(JSON.stringify(old), taken.id);
    const fresh = await ws.call('snapshots:take', { name: 'New style', range: RANGE });
    const [a, b] = [await ws.call('snapshots:get', { id: Number(copy.lastInsertRowid) }), await ws.call('snapshots:get', { id: fresh.id })];
    expect(a.headline.shortfall).toEqual(b.headline.shortfall);
  });
});

describe('what changed between two snapshots', () => {
  it('leads with the lost pitch, then the won one, the chance, the budget and the dates that moved', async () => {
    const s = await messyStudio(ws);
    const before = await ws.call('snapshots:take', { name: 'Week 48', range: RANGE });
    const update = async (c: typeof s.glacier, change: Partial<typeof s.glacier>) => {
      const { id, externalId, name, client, status, probability, priority, budget, currency, start, end, owner, colour, notes } = { ...c, ...change };
      await ws.call('campaigns:update', { id, externalId, name, client, status, probability, priority, budget, currency, start, end, owner, colour, notes });
    };
    await update(s.glacier, { status: 'lost', probability: 0 });
    await update(s.harbour, { status: 'confirmed', probability: 100 });
    await update(s.summer, { probability: 50 });
    await update(s.brand, { budget: 12_500 });
    await update(s.winter, { end: '2027-02-14' });
    // The line with no role yet gets one: its hours leave "no role yet" and join the designers'.
    const { id: lineId, campaignId, skills, hours, start, end, priority, note } = s.noRole;
    await ws.call('demandLines:update', { id: lineId, campaignId, roleId: s.designer.id, skills, hours, start, end, priority, note });
    const after = await ws.call('snapshots:take', { name: 'Week 49', range: RANGE });
    const c = await ws.call('snapshots:compare', { baseId: before.id, id: after.id });

    expect(c.campaigns.map((x) => [x.name, x.change])).toEqual([
      ['Glacier Water', 'lost'], ['Harbour Lights', 'won'], ['Summer Teaser', 'probability'], ['Brand Refresh', 'budget'], ['Winter Campaign', 'moved'],
    ]);
    expect(c.campaigns.map((x) => x.sentences.join(' '))).toEqual([
      'Lost: was a pitch at 60%, now lost.',
      'Won: was a pitch at 40%, now confirmed.',
      'Chance of winning up from 30% to 50%.',
      'Budget up from €9,000 to €12,500.',
      'Dates moved: 1 Dec 2026 – 31 Jan 2027 is now 1 Dec 2026 – 14 Feb 2027 (ends 2 weeks later).',
    ]);
    // Each of the two weeks of 11 and 18 January: the lost pitch's 40 h at 60 % leave (−12 h a
    // week) and the 132 h that had no role join the designers (+66 h a week), whose 58 free hours
    // a week (Dana 40, Pat 18) covered 12 h before and now leave them short.
    const designer = (week: string) => c.roleWeeks.find((r) => r.roleId === s.designer.id && r.weekStart === week)!;
    const perWeek = NO_ROLE_HOURS / 2;
    for (const week of ['2027-01-11', '2027-01-18']) expect(designer(week).demand).toBeCloseTo(perWeek - 12, 2);
    expect(c.headline.noRole12).toBeCloseTo(-NO_ROLE_HOURS, 2);
    expect(c.headline.shortfall12).toBeCloseTo(2 * (perWeek - 58), 2);

    const path = join(ws.dir, 'compare.html');
    await ws.call('snapshots:exportHtml', { id: after.id, compareWith: before.id, path });
    const html = readFileSync(path, 'utf8');
    const at = (text: string) => html.indexOf(text);
    expect(at('Lost: was a pitch at 60%, now lost.')).toBeGreaterThan(at('What changed since'));
    expect(at('Lost: was a pitch at 60%, now lost.')).toBeLessThan(at('Won: was a pitch at 40%'));
  });
});

describe('pitches lost or cancelled, campaigns put on hold and back', () => {
  it('reads each by its real status, lost first, and an on-hold campaign’s demand leaves the role figures', async () => {
    const s = await messyStudio(ws);
    const update = async (c: typeof s.glacier, change: Partial<typeof s.glacier>) => {
      const { id, externalId, name, client, status, probability, priority, budget, currency, start, end, owner, colour, notes } = { ...c, ...change };
      await ws.call('campaigns:update', { id, externalId, name, client, status, probability, priority, budget, currency, start, end, owner, colour, notes });
    };
    const week1 = await ws.call('snapshots:take', { name: 'Week 48', range: RANGE });
    await update(s.brand, { status: 'on_hold' });
    await update(s.summer, { status: 'cancelled', probability: 0 });
    await update(s.glacier, { status: 'lost', probability: 0 });
    const week2 = await ws.call('snapshots:take', { name: 'Week 49', range: RANGE });
    const c = await ws.call('snapshots:compare', { baseId: week1.id, id: week2.id });
    expect(c.campaigns.map((x) => [x.name, x.change, x.sentences.join(' ')])).toEqual([
      ['Glacier Water', 'lost', 'Lost: was a pitch at 60%, now lost.'],
      ['Summer Teaser', 'cancelled', 'Cancelled: was a pitch at 30%, now cancelled.'],
      ['Brand Refresh', 'on_hold', 'Put on hold: was confirmed, now on hold.'],
    ]);

    // Brand Refresh's 100 designer hours (1–12 Feb) leave both weeks' demand; the 210 h booked on
    // it outside the plan stay booked.
    const days = await daysRoleCanWork(s.designer.id, '2027-02-01', '2027-02-12');
    const designer = (week: string) => c.roleWeeks.find((r) => r.roleId === s.designer.id && r.weekStart === week)!;
    for (const week of ['2027-02-01', '2027-02-08']) expect(designer(week).demand).toBeCloseTo(-inWeek(100, days, week), 2);
    const brand = await ws.call('campaigns:get', { id: s.brand.id });
    // Nothing is still open while it is on hold, on its page as on every screen; its demand stays 100 h.
    expect(brand).toMatchObject({ status: 'on_hold', demandHours: 100, openHours: 0, bookedHours: OUTSIDE_PLAN.hoursPerDay * OUTSIDE_PLAN.days });
    const open = await ws.call('demandLines:list', { openOnly: true });
    expect(open.map((l) => l.campaignId)).not.toContain(s.brand.id);
    expect(open.map((l) => l.campaignId)).not.toContain(s.glacier.id);

    await update(s.brand, { status: 'confirmed' });
    const week3 = await ws.call('snapshots:take', { name: 'Week 50', range: RANGE });
    const back = await ws.call('snapshots:compare', { baseId: week2.id, id: week3.id });
    expect(back.campaigns.map((x) => [x.name, x.change, x.sentences.join(' ')])).toEqual([
      ['Brand Refresh', 'resumed', 'Back from hold: was on hold, now confirmed.'],
    ]);
    for (const week of ['2027-02-01', '2027-02-08']) {
      expect(back.roleWeeks.find((r) => r.roleId === s.designer.id && r.weekStart === week)!.demand).toBeCloseTo(inWeek(100, days, week), 2);
    }

    const path = join(ws.dir, 'compare-hold.html');
    await ws.call('snapshots:exportHtml', { id: week2.id, compareWith: week1.id, path });
    const html = readFileSync(path, 'utf8');
    const at = (text: string) => html.indexOf(text);
    expect(at('Lost: was a pitch at 60%, now lost.')).toBeGreaterThan(at('What changed since'));
    expect(at('Lost: was a pitch at 60%, now lost.')).toBeLessThan(at('Cancelled: was a pitch at 30%'));
    expect(at('Cancelled: was a pitch at 30%')).toBeLessThan(at('Put on hold: was confirmed, now on hold.'));
  });
});

describe('bookings without a demand line', () => {
  it('are booked outside the plan, apart from demand, and open demand agrees on every screen', async () => {
    const s = await messyStudio(ws);
    const brand = await ws.call('campaigns:get', { id: s.brand.id });
    const outsideHours = OUTSIDE_PLAN.hoursPerDay * OUTSIDE_PLAN.days;
    expect(brand).toMatchObject({ demandHours: 100, lineBookedHours: 0, openHours: 100, outsideHours, bookedHours: outsideHours });
    const winter = await ws.call('campaigns:get', { id: s.winter.id });
    expect(winter.outsideHours).toBe(8); // Sam's 2 closed days at 4 h: a booking on no working day counts every day
    expect(winter.openHours).toBeCloseTo(STRATEGY_HOURS + 80 + CARDS_HOURS, 6);

    // Open demand: the list the Schedule and Staffing show, the snapshot's lines, and each campaign page.
    const list = await ws.call('demandLines:list', { openOnly: true });
    const snap = await ws.call('snapshots:get', { id: (await ws.call('snapshots:take', { name: 'Now', range: RANGE })).id });
    const byId = (rows: { id?: number; lineId?: number; openHours?: number; open?: number }[]) =>
      Object.fromEntries(rows.map((r) => [r.id ?? r.lineId, Math.round((r.openHours ?? r.open ?? 0) * 1000) / 1000]));
    const inRange = list.filter((l) => l.end >= RANGE.start && l.start <= RANGE.end);
    expect(byId(snap.figures.openDemand)).toEqual(byId(inRange));
    const campaigns = await ws.call('campaigns:list', {});
    for (const campaign of campaigns) {
      const open = list.filter((l) => l.campaignId === campaign.id).reduce((t, l) => t + l.openHours, 0);
      expect(campaign.openHours, campaign.name).toBeCloseTo(open, 6);
    }

    // A cancelled campaign's open lines leave every screen's open demand.
    const { id, externalId, name, client, probability, priority, budget, currency, start, end, owner, colour, notes } = s.glacier;
    await ws.call('campaigns:update', { id, externalId, name, client, status: 'cancelled', probability, priority, budget, currency, start, end, owner, colour, notes });
    const after = await ws.call('demandLines:list', { openOnly: true });
    expect(after.map((l) => l.campaignId)).not.toContain(s.glacier.id);
    const later = await ws.call('snapshots:get', { id: (await ws.call('snapshots:take', { name: 'Later', range: RANGE })).id });
    expect(byId(later.figures.openDemand)).toEqual(byId(after.filter((l) => l.end >= RANGE.start && l.start <= RANGE.end)));
  });
});

describe('over-allocation in a week with no capacity', () => {
  it('shows as over-allocated in the plan export, as in the heatmap, never as a dash', async () => {
    const s = await messyStudio(ws);
    const range = { start: '2026-12-21', end: '2027-01-10' };
    const grid = await ws.call('capacity:grid', { range, bucket: 'week', filter: {}, limit: 100 });
    const W = grid.buckets.length;
    const row = grid.people.findIndex((p) => p.id === s.sam.id);
    const closed = grid.buckets.findIndex((b) => b.start === weekOf(CLOSED[0]));
    expect(grid.capacity[row * W + closed]).toBe(0);
    expect(grid.tentative[row * W + closed]).toBe(8);
    const runs = await ws.call('capacity:overallocations', { range, filter: {} });
    expect(runs.some((r) => r.talentId === s.sam.id && r.start === '2026-12-29')).toBe(true);

    const path = join(ws.dir, 'plan.csv');
    await ioCall(ws, 'io:exportPlan', { path, format: 'csv', range, filter: {}, sheet: 'person' });
    const rows = Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const util = rows.find((r) => r[0] === 'Sam Okafor' && r[4] === 'Utilisation')!;
    const header = rows.find((r) => r[4] === 'Row')!;
    const column = header.findIndex((h) => h.startsWith(weekOf(CLOSED[0])));
    expect(column).toBeGreaterThan(4);
    expect(util[column]).toBe('over: no capacity');
  });
});
