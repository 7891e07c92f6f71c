import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// "When can we deliver?" for a confirmed demo campaign already under way: the card says how much is
// booked and when the open hours can be done, as the handler does, and lists the phases as booked.

const TODAY = '2026-11-26';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

describe('when can we deliver a campaign under way?', () => {
  let app: App | undefined;

  it('shows the hours already booked and the finish of the open hours', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    const running = (await bridge.call('campaigns:list', {})).filter((c) => c.start < TODAY && c.end >= TODAY && c.openHours > 0);
    let chosen: { name: string; sentence: string; finish: string | null } | null = null;
    for (const c of running) {
      const a = await bridge.call('delivery:answer', { campaignId: c.id, earliestStart: TODAY, requestedDate: c.end }).catch(() => null);
      console.log(`[underway demo] ${c.name} (${c.status}): ${a?.progress?.sentence ?? 'no answer'}; finish ${a?.finish}`);
      if (!chosen && a?.progress?.sentence && a.progress.bookedHours > 0 && a.progress.openHours > 0) chosen = { name: c.name, sentence: a.progress.sentence, finish: a.finish };
    }
    expect(chosen).not.toBeNull();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Campaigns/ }).click();
    await page.getByText(chosen!.name, { exact: true }).first().click();
    const card = page.getByRole('region', { name: 'When can we deliver?' });
    await expect.poll(() => card.getByText(chosen!.sentence, { exact: true }).count()).toBe(1);
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('delivery-card-under-way');
    app.errors.assertNone();
  });
});
