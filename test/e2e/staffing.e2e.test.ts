import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// Staffing end to end on the demo studio: rank candidates for a demand line and book the top one;
// propose a plan for all open demand, accept part of it, undo it. The stored bookings are checked
// through the same handler table after each step.

const TODAY = '2030-01-15';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

async function openStaffing(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Staffing/ }).click();
}

describe('staffing view', () => {
  let app: App | undefined;

  it('ranks candidates for a line and books the top one', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await openStaffing(page);
    const row = page.locator('.sf-open-demand tr[data-line-id]').first();
    await row.waitFor({ timeout: 20_000 });
    await app.screenshot('staffing-1-open-demand');
    const lineId = Number(await row.getAttribute('data-line-id'));
    await row.getByRole('button', { name: 'Find a person' }).click();
    const panel = page.locator('.sf-find[data-ready="true"]');
    await panel.waitFor({ timeout: 10_000 });
    const ranked = await bridge.call('staffing:rank', { demandLineId: lineId, kinds: ['staff', 'freelancer'] });
    const top = ranked.candidates[0];
    await expect.poll(() => panel.locator('.sf-cand').first().getAttribute('data-talent-id')).toBe(String(top.talentId));
    expect(await panel.locator('.sf-cand .sf-reason').first().textContent()).toBe(top.reason);
    await app.screenshot('staffing-2-find-a-person');
    // Near matches (the role or the skills, not both) come after everyone who can work on the line, saying what they miss.
    const near = ranked.candidates.filter((c) => c.missing !== null);
    expect(ranked.candidates.slice(ranked.candidates.length - near.length)).toEqual(near);
    expect(await panel.locator('.sf-cand .sf-near').count()).toBe(near.length);
    for (const c of near) expect(await panel.locator(`.sf-cand[data-talent-id="${c.talentId}"] .sf-reason`).textContent()).toContain(c.missing!);
    expect(await panel.locator('.sf-count').textContent()).toContain(`${ranked.eligible} eligible`);
    const before = await bridge.call('bookings:list', { demandLineIds: [lineId] });
    await panel.locator('.sf-cand').first().getByRole('button', { name: `Book ${top.name}` }).click();
    // Book… opens the one booking editor with what Covers counts; it shows the total, and Enter books.
    const editor = page.getByRole('dialog', { name: 'New booking' });
    await expect.poll(() => editor.count()).toBe(1);
    await expect.poll(() => editor.locator('.bk-summary').textContent()).toContain(`· ${top.booking!.totalHours} h`);
    await app.screenshot('staffing-3-book-in-editor');
    await editor.getByLabel('Note').press('Enter');
    await expect.poll(async () => (await bridge.call('bookings:list', { demandLineIds: [lineId] })).length, { timeout: 10_000 }).toBe(before.length + 1);
    const after = await bridge.call('bookings:list', { demandLineIds: [lineId] });
    const made = after.find((b) => !before.some((x) => x.id === b.id))!;
    expect(made).toMatchObject({ talentId: top.talentId, start: top.booking!.start, end: top.booking!.end, hoursPerDay: top.booking!.hoursPerDay });
    await expect.poll(() => page.locator('.toast').filter({ hasText: `Booked ${top.name}` }).count()).toBe(1);
    expect(app.errors.list).toEqual([]);
  });

  it('proposes a plan, accepts part of it, and undoes it', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await openStaffing(page);
    const before = await bridge.call('bookings:list', {});
    await page.getByRole('button', { name: 'Propose plan' }).click();
    const proposal = page.locator('.sf-proposal[data-proposal-id]');
    await proposal.waitFor({ timeout: 30_000 });
    // Nothing is written by proposing.
    expect(await bridge.call('bookings:list', {})).toHaveLength(before.length);
    await app.screenshot('staffing-4-proposal');
    const lines = proposal.locator('.sf-line:has(input[type="checkbox"]:not([disabled]))');
    const n = await lines.count();
    expect(n).toBeGreaterThan(2);
    // Keep only the first two lines selected.
    for (let i = 2; i < n; i++) await lines.nth(i).locator('input[type="checkbox"]').uncheck();
    const chosen = [Number(await lines.nth(0).getAttribute('data-line-id')), Number(await lines.nth(1).getAttribute('data-line-id'))];
    const expectedCount = await proposal.locator(`.sf-line[data-line-id="${chosen[0]}"] .sf-add, .sf-line[data-line-id="${chosen[1]}"] .sf-add`).count();
    await page.getByRole('button', { name: 'Accept selected (2)' }).click();
    await expect.poll(async () => (await bridge.call('bookings:list', {})).length, { timeout: 15_000 }).toBe(before.length + expectedCount);
    const added = (await bridge.call('bookings:list', {})).filter((b) => !before.some((x) => x.id === b.id));
    expect(new Set(added.map((b) => b.demandLineId))).toEqual(new Set(chosen));
    expect(added.every((b) => b.status === 'tentative' && b.note === 'From a staffing plan')).toBe(true);
    const toast = page.locator('.toast').filter({ hasText: /Accept staffing plan: \d+ bookings/ });
    await toast.waitFor();
    await expect.poll(() => proposal.locator('.sf-line.accepted').count()).toBe(2);
    // Its own accept, announced back by main, does not make the rest of the plan out of date.
    await page.waitForTimeout(300);
    expect(await page.locator('.sf-stale').count()).toBe(0);
    await app.screenshot('staffing-5-accepted');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await bridge.call('bookings:list', {})).length, { timeout: 15_000 }).toBe(before.length);
    // As the page itself sees them.
    const seen = await page.evaluate(async () => (await window.api.invoke('bookings:list', {})) as { ok: boolean; value: { id: number }[] });
    expect(seen.value.map((b) => b.id)).toEqual(before.map((b) => b.id));
    await expect.poll(() => page.locator('.sf-stale').count()).toBe(1);
    await app.screenshot('staffing-6-undone-stale');
    expect(app.errors.list).toEqual([]);
  });
  it('accepts the whole plan and the Capacity view shows no new over-allocated day', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    const nav = page.getByRole('navigation', { name: 'Main' });
    // What the Capacity view lists before: its over-allocation runs, as the planner reads them.
    const readOverAllocations = async () => {
      await nav.getByRole('button', { name: /^Capacity/ }).click();
      await page.getByRole('tab', { name: /Over-allocations/ }).click();
      // The view's default range: 12 whole weeks from this week's Monday, as the plan's.
      const range = { start: '2030-01-14', end: '2030-04-07' };
      const runs = await bridge.call('capacity:overallocations', { range, filter: {} });
      await expect.poll(() => page.locator('.cp-over table').getAttribute('data-runs'), { timeout: 15_000 }).toBe(String(runs.length));
      return { count: runs.length, messages: await page.locator('.cp-message').evaluateAll((els) => els.map((e) => e.getAttribute('title')).sort()) };
    };
    const overBefore = await readOverAllocations();
    const before = await bridge.call('bookings:list', {});
    await openStaffing(page);
    await page.getByRole('button', { name: 'Propose plan' }).click();
    const proposal = page.locator('.sf-proposal[data-proposal-id]');
    await proposal.waitFor({ timeout: 30_000 });
    const planned = Number(await proposal.locator('[data-figure="bookings"]').textContent());
    expect(planned).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await bridge.call('bookings:list', {})).length, { timeout: 20_000 }).toBe(before.length + planned);
    const added = (await bridge.call('bookings:list', {})).filter((b) => !before.some((x) => x.id === b.id));
    expect(added.every((b) => Number.isInteger(b.hoursPerDay * 4) && b.hoursPerDay <= 24)).toBe(true);
    const overAfter = await readOverAllocations();
    expect(overAfter).toEqual(overBefore);
    await app.screenshot('staffing-7-whole-plan-accepted-capacity');
    expect(app.errors.list).toEqual([]);
  }, 120_000);

  it('changes the plan weights in Plan settings, refusing a bad one beside its field', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await openStaffing(page);
    await page.getByRole('button', { name: 'Plan settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan settings' });
    const penalty = dialog.getByLabel('Penalty per open hour');
    await expect.poll(() => penalty.isVisible()).toBe(true);
    await penalty.fill('250');
    await dialog.getByLabel('Weight of priority 3').fill('-1');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toContain('Priority 3: Cannot be negative');
    expect((await bridge.call('staffing:settings', {})).unstaffedPenalty).toBeNull();
    await dialog.getByLabel('Weight of priority 3').fill('0.5');
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await dialog.getByLabel(/Near the limit/).fill('80');
    await app.screenshot('staffing-4-plan-settings');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await bridge.call('staffing:settings', {})).toEqual({ unstaffedPenalty: 250, priorityWeights: [1, 0.8, 0.5, 0.4, 0.2], nearLimitShare: 0.8 });

    await page.getByRole('button', { name: 'Plan settings' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Plan settings' }).getByLabel('Penalty per open hour').inputValue()).toBe('250');
    await page.getByRole('dialog', { name: 'Plan settings' }).getByRole('button', { name: 'Restore defaults' }).click();
    await page.getByRole('dialog', { name: 'Plan settings' }).getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(async () => (await bridge.call('staffing:settings', {})).unstaffedPenalty).toBeNull();
    expect(app.errors.list).toEqual([]);
  });
});
