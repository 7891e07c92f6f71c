import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// "Who's free?" on the demo studio: ask for free motion designers next week from the toolbar, check
// the list against availability:search through the same handler table, book the first one from the
// result, and find the booking with bookings:list. Ctrl+K opens it from another view.

const TODAY = '2030-01-15'; // a Tuesday: next week is 21–27 January 2030
const NEXT_WEEK = { start: '2030-01-21', end: '2030-01-27' };
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

describe("who's free", () => {
  let app: App | undefined;

  it('finds free motion designers for next week and books one from the result', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: { width: 1440, height: 900 } });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    const field = page.getByRole('searchbox', { name: /Who's free/ });
    await field.fill('motion');
    await field.press('Enter');
    const dialog = page.getByRole('dialog', { name: "Who's free?" });
    await dialog.waitFor();
    const role = (await bridge.call('roles:list')).find((r) => r.name === 'Motion Designer')!;
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Role' }).inputValue()).toBe(String(role.id));
    expect(await dialog.getByRole('button', { name: 'Next week' }).getAttribute('aria-pressed')).toBe('true');

    // The list is the handler's answer, in its order, with its free hours.
    const expected = await bridge.call('availability:search', { range: NEXT_WEEK, roleId: role.id, limit: 100 });
    expect(expected.total).toBeGreaterThan(1);
    const rows = dialog.locator('.ft-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(expected.people.length);
    const shown = await rows.evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-talent-id')), Number(e.getAttribute('data-free-hours'))]));
    expect(shown).toEqual(expected.people.map((p) => [p.id, p.freeHours]));
    const first = expected.people[0];
    expect(first.freeHours).toBeGreaterThan(0);
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toContain(`${expected.total} of ${expected.matched} people`);
    // Each day is titled with its free hours; the timeline reads the same figures.
    const firstDay = rows.first().locator('.ft-day').first();
    expect(await firstDay.getAttribute('title')).toMatch(/free of|not a working day|holiday|closed|time off|contract/);
    expect(await rows.first().locator('.ft-day').count()).toBe(7);
    await app.screenshot('freesearch-1-motion-next-week');

    // Book the most free one: the booking editor opens with the person, days and hours filled in.
    const suggestion = first.suggestion!;
    await rows.first().getByRole('button', { name: `Book ${first.name}` }).click();
    const editor = page.getByRole('dialog', { name: 'New booking' });
    await editor.waitFor();
    await expect.poll(() => editor.getByLabel('Person').inputValue()).toBe(String(first.id));
    expect(await editor.getByLabel('From').inputValue()).toBe(suggestion.start);
    expect(await editor.getByLabel('To').inputValue()).toBe(suggestion.end);
    expect(Number(await editor.getByLabel('Hours a day').inputValue())).toBe(suggestion.hoursPerDay);
    const campaigns = await bridge.call('campaigns:list', { statuses: ['confirmed'] });
    await expect.poll(() => editor.getByLabel('Campaign').locator('option').count()).toBeGreaterThan(1);
    await editor.getByLabel('Campaign').selectOption(String(campaigns[0].id));
    await app.screenshot('freesearch-2-booking-editor');
    await editor.getByRole('button', { name: 'Book', exact: true }).click();

    await expect.poll(async () => (await bridge.call('bookings:list', { talentIds: [first.id], from: suggestion.start, to: suggestion.end })).some((b) => b.campaignId === campaigns[0].id)).toBe(true);
    const made = (await bridge.call('bookings:list', { talentIds: [first.id], from: suggestion.start, to: suggestion.end })).find((b) => b.campaignId === campaigns[0].id)!;
    expect(made).toMatchObject({ start: suggestion.start, end: suggestion.end, hoursPerDay: suggestion.hoursPerDay, status: 'tentative' });
    // The list follows: their free hours drop by what was booked (or they leave it).
    const after = await bridge.call('availability:search', { range: NEXT_WEEK, roleId: role.id, limit: 100 });
    const left = after.people.find((p) => p.id === first.id)?.freeHours ?? 0;
    expect(left).toBeCloseTo(first.freeHours - suggestion.totalHours, 6);
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-talent-id'))))).toEqual(after.people.map((p) => p.id));
    await expect.poll(() => page.locator('.toast').filter({ hasText: 'Booked' }).count()).toBe(1);
    await app.screenshot('freesearch-3-after-booking');

    // From another view, Ctrl+K opens it again; Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Schedule/ }).click();
    await page.keyboard.press('Control+k');
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Role');
    app.errors.assertNone();
  });

  it('shows free hours on the Capacity heatmap, sorted most free first, with days outside contracts apart', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: { width: 1440, height: 900 } });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Capacity/ }).click();
    await expect.poll(() => page.locator('.hm-row .hm-person').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Free hours' }).click();
    await page.getByRole('combobox', { name: 'Sort people' }).selectOption('free');
    // The default range: 12 weeks from this week's Monday.
    const grid = await bridge.call('capacity:grid', { range: { start: '2030-01-14', end: '2030-04-07' }, bucket: 'week', filter: {}, limit: 8, sort: 'free' });
    await expect.poll(() => page.locator('.hm-row .hm-person').first().textContent(), { timeout: 10_000 }).toBe(grid.people[0].name);
    const names = await page.locator('.hm-row .hm-person').allTextContents();
    expect(names.slice(0, 5)).toEqual(grid.people.slice(0, 5).map((p) => p.name));
    const B = grid.buckets.length;
    const totals = grid.people.map((_, r) => grid.free.slice(r * B, r * B + B).reduce((a, b) => a + b, 0));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    await expect.poll(() => page.locator('.hm-row .hm-summary-text').first().textContent()).toMatch(/ h free$/);
    await expect.poll(() => page.locator('.hm-legend').textContent()).toContain('Outside contract');
    await app.screenshot('freesearch-4-capacity-free-hours');
    app.errors.assertNone();
  });

  it('finds people by skill and role in the People search, and reads four weeks at a small window', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: { width: 1024, height: 700 } });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    const search = page.getByRole('searchbox', { name: 'Search people' });
    const count = page.locator('.topbar .title-count');
    const skill = (await bridge.call('skills:list')).find((x) => x.name === 'After Effects')!;
    const withSkill = await bridge.call('talent:list', { skillId: skill.id });
    await search.fill('After Effects');
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toBe(`${withSkill.length} people`);
    const role = (await bridge.call('roles:list')).find((r) => r.name === 'Motion Designer')!;
    const inRole = await bridge.call('talent:list', { roleId: role.id });
    const motion = await bridge.call('talent:list', { text: 'Motion' });
    expect(motion.length).toBeGreaterThanOrEqual(inRole.length);
    await search.fill('Motion');
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toBe(`${motion.length} people`);
    await app.screenshot('freesearch-5-people-search-motion');

    // Ctrl+K from the People view; four weeks of After Effects people at 1024 × 700.
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: "Who's free?" });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: 'Add a skill' }).selectOption(String(skill.id));
    await dialog.getByRole('combobox', { name: 'Minimum level of After Effects' }).selectOption('3');
    await dialog.getByRole('button', { name: 'Next 4 weeks' }).click();
    const expected = await bridge.call('availability:search', { range: { start: '2030-01-21', end: '2030-02-17' }, skills: [{ skillId: skill.id, minLevel: 3 }], limit: 100 });
    const rows = dialog.locator('.ft-row');
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-talent-id')))), { timeout: 10_000 }).toEqual(expected.people.map((p) => p.id));
    expect(await rows.first().locator('.ft-day').count()).toBe(28);
    await app.screenshot('freesearch-6-four-weeks-small-window');
    app.errors.assertNone();
  });
});
