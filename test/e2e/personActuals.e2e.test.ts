// A person's page (People → a person → Hours logged): their planned against logged hours of the
// last eight weeks, and hours entered by hand for them with the one Log hours dialog.

import { describe, expect, it } from 'vitest';
import type { TestWorkspace } from '../electron/helpers/workspace';
import { actualsStudio } from '../electron/actuals/files';
import { startApp, type App } from './harness';
import { expectNoSeriousA11yViolations } from './support/axe';

const TODAY = '2026-11-26';
// This week and the seven before it (weeks start on Monday).
const RANGE = { start: '2026-10-05', end: '2026-11-29' };

describe('hours logged on a person’s page', () => {
  let app: App | undefined;

  it('shows their weeks planned against logged, and logs hours for them with the person fixed', async () => {
    app = await startApp({ now: TODAY, viewport: { width: 1440, height: 900 } });
    await app.bridge.call('workspace:startEmpty', {});
    const studio = await actualsStudio({ call: app.bridge.call as TestWorkspace['call'] });
    // Ada is booked 7.5 h a day on Spring Launch, 2–13 November (75 h); she logged one day of it.
    await app.bridge.call('actuals:set', { talentId: studio.ada.id, campaignId: studio.spring.id, date: '2026-11-02', hours: 7.5 });
    const { page } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload();
    await page.waitForLoadState('networkidle');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^People/ }).click();
    await page.getByRole('row').filter({ hasText: 'Ada Lovelace' }).first().click();
    const panel = page.getByRole('dialog', { name: 'Ada Lovelace' });
    await panel.getByRole('tab', { name: 'Hours logged' }).click();

    const totals = panel.getByTestId('person-actuals-totals');
    await expect.poll(() => totals.innerText()).toBe('Last 8 weeks: 75 h planned, 7.5 h logged (-67.5 h).');
    const fromHandlers = await app.bridge.call('actuals:compare', { range: RANGE, filter: { ids: [studio.ada.id] } });
    expect([fromHandlers.totals.plannedHours, fromHandlers.totals.actualHours]).toEqual([75, 7.5]);
    const weeks = panel.getByRole('table', { name: 'Hours planned and logged by Ada Lovelace, by week' });
    await expect.poll(() => weeks.locator('tbody tr').count()).toBe(8);
    expect(fromHandlers.weeks).toHaveLength(8);
    const week = (pattern: RegExp) => weeks.locator('tbody tr').filter({ hasText: pattern });
    expect(await week(/2 Nov|Nov 2,/).innerText()).toMatch(/37\.5 h\s+7\.5 h\s+-30 h\s+Less than planned/);
    expect(await week(/9 Nov|Nov 9,/).innerText()).toMatch(/37\.5 h\s+0 h\s+-37\.5 h\s+Nothing logged/);
    expect(await week(/23 Nov|Nov 23,/).innerText()).toMatch(/0 h\s+0 h\s+0 h\s+This week/);
    await app.screenshot('person-actuals-1-tab');
    await expectNoSeriousA11yViolations(page, 'person-hours-logged');

    await panel.getByRole('button', { name: 'Log hours…' }).click();
    const log = page.getByRole('dialog', { name: 'Log hours' });
    // The person is fixed: shown, not chosen.
    await expect.poll(() => log.getByLabel('Person').inputValue()).toBe('Ada Lovelace');
    expect(await log.getByLabel('Person').getAttribute('readonly')).not.toBeNull();
    await log.getByLabel('Campaign').selectOption({ label: 'Spring Launch' });
    await log.getByLabel('Day').fill('2026-11-09');
    await log.getByLabel('Hours').fill('6,5');
    await app.screenshot('person-actuals-2-log');
    await log.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => log.count()).toBe(0);

    await expect.poll(() => totals.innerText()).toBe('Last 8 weeks: 75 h planned, 14 h logged (-61 h).');
    expect(await week(/9 Nov|Nov 9,/).innerText()).toMatch(/37\.5 h\s+6\.5 h\s+-31 h\s+Less than planned/);
    const campaigns = panel.getByRole('table', { name: 'Hours planned and logged by Ada Lovelace, by campaign' });
    expect(await campaigns.locator('tbody tr').innerText()).toMatch(/Spring Launch\s+75 h\s+14 h\s+-61 h/);
    const logged = await app.bridge.call('actuals:list', { range: { start: '2026-11-09', end: '2026-11-09' }, talentId: studio.ada.id });
    expect(logged).toEqual([expect.objectContaining({ campaignId: studio.spring.id, hours: 6.5, source: 'hand' })]);
    // One undo step, named for the person.
    expect((await app.bridge.call('history:state', {})).undo).toMatch(/^Log 6\.5 h for Ada Lovelace on Spring Launch/);
    await app.screenshot('person-actuals-3-logged');
  });
});
