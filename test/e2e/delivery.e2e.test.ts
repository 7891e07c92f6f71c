import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// "When can we deliver?" where the user meets it: the campaign page's card on the demo studio,
// its answer the same as the handler's, a new requested date asked again, and "Book it" accepted and undone.

const TODAY = '2026-11-26';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

describe('when can we deliver?', () => {
  let app: App | undefined;

  it('shows a campaign’s earliest delivery, why, and the ways out, and asks again for another requested date', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    const campaigns = await bridge.call('campaigns:list', {});
    const pitch = campaigns.find((c) => c.status === 'pipeline' && c.openHours > 0)!;
    const earliestStart = pitch.start > TODAY ? pitch.start : TODAY;
    const expected = await bridge.call('delivery:answer', { campaignId: pitch.id, earliestStart, requestedDate: pitch.end });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Campaigns/ }).click();
    await page.getByText(pitch.name, { exact: true }).first().click();
    const card = page.getByRole('region', { name: 'When can we deliver?' });
    await expect.poll(() => card.getByText(expected.binding.sentence, { exact: true }).count()).toBe(1);
    expect(await card.getByLabel('Earliest start').inputValue()).toBe(earliestStart);
    for (const w of expected.waysOut) expect(await card.getByText(w.sentence, { exact: true }).count()).toBe(1);
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('delivery-card');

    // The phase split: a phase that waits done in two parts, with the date it gives and the days it saves, and its parts.
    const phaseSplit = expected.waysOut.find((w) => w.kind === 'split' && w.split);
    expect(phaseSplit, 'a phase of the pitch waits, and splitting it helps').toBeDefined();
    expect(phaseSplit!.finish! < expected.finish!).toBe(true);
    expect(phaseSplit!.sentence).toMatch(new RegExp(`^Split ${phaseSplit!.split!.phase} in two: .*: delivers on \\d+ \\w+ \\d{4}, \\d+ working days? earlier\\.$`));
    const parts = card.getByRole('list', { name: `${phaseSplit!.split!.phase} in two parts` });
    await expect.poll(() => parts.getByRole('listitem').count()).toBe(2);
    for (const [k, p] of phaseSplit!.split!.parts.entries()) expect(await parts.getByRole('listitem').nth(k).textContent()).toContain(`${p.name}: `);
    await parts.scrollIntoViewIfNeeded();
    await app.screenshot('delivery-card-split');

    // A requested date before the earliest finish: late, by as much as the handler says.
    const early = new Date(Date.parse(`${expected.finish!}T00:00:00Z`) - 14 * 86_400_000).toISOString().slice(0, 10);
    const late = await bridge.call('delivery:answer', { campaignId: pitch.id, earliestStart, requestedDate: early });
    expect(late.onTime).toBe(false);
    await card.getByLabel('Requested date').fill(early);
    await expect.poll(() => card.getByText(`${late.workingDaysLate} working days late (${late.calendarDaysLate} calendar days after the requested date).`, { exact: true }).count()).toBe(1);
    expect(await card.getByRole('heading', { name: 'Ways out' }).count()).toBe(1);
    for (const w of late.waysOut) await expect.poll(() => card.getByText(w.sentence, { exact: true }).count()).toBe(1);
    await app.screenshot('delivery-card-late');

    // Book it: the staffing optimiser's proposal for the phases, as a diff; whole or split; accepted as one step, and undone.
    const split = await bridge.call('delivery:propose', { campaignId: pitch.id, earliestStart, requestedDate: early, mode: 'split' });
    const n = split.bookings.length;
    expect(n).toBeGreaterThan(0);
    const direct = await bridge.call('delivery:answer', { campaignId: pitch.id, earliestStart, requestedDate: early, ownBookingsFree: false });
    const runs = direct.phases.flatMap((p) => p.roles.flatMap((r) => r.people.flatMap((x) => x.runs))).length;
    console.log(`[bookIt demo] ${pitch.name}: engine's direct plan ${runs} bookings, optimiser (split) ${n} bookings, ${split.staffedHours} h, ${split.unstaffedHours} h unstaffed`);
    const before = (await bridge.call('bookings:list', { campaignIds: [pitch.id] })).length;
    await card.getByRole('button', { name: 'Book it…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Book this delivery?' });
    await expect.poll(() => dialog.locator('tbody tr').count()).toBe(n);
    const first = split.bookings[0];
    expect(await dialog.locator('tbody tr').filter({ hasText: first.name }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot
    await app.screenshot('delivery-book-it');
    // One person per line: the dialog proposes again; its button counts its rows.
    await dialog.getByRole('button', { name: 'One person per line' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'One person per line' }).getAttribute('aria-pressed')).toBe('true');
    const whole = await bridge.call('delivery:propose', { campaignId: pitch.id, earliestStart, requestedDate: early, mode: 'whole' });
    await expect.poll(() => dialog.locator('tbody tr').count()).toBe(whole.bookings.length);
    expect(await dialog.getByRole('button', { name: `Add ${whole.bookings.length} tentative booking${whole.bookings.length === 1 ? '' : 's'}` }).count()).toBe(1);
    await app.screenshot('delivery-book-it-whole');
    console.log(`[bookIt demo] optimiser (one person per line) ${whole.bookings.length} bookings, ${whole.unstaffedHours} h unstaffed`);
    await dialog.getByRole('button', { name: 'Split lines' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Split lines' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => dialog.locator('tbody tr').count()).toBe(n);
    await dialog.getByRole('button', { name: `Add ${n} tentative booking${n === 1 ? '' : 's'}` }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(async () => (await bridge.call('bookings:list', { campaignIds: [pitch.id] })).length).toBe(before + n);
    expect((await bridge.call('history:state')).undo).toBe(`Accept staffing plan: ${n} booking${n === 1 ? '' : 's'}`);
    await page.getByRole('button', { name: /^Undo/ }).first().click();
    await expect.poll(async () => (await bridge.call('bookings:list', { campaignIds: [pitch.id] })).length).toBe(before);
    app.errors.assertNone();
  });
});
