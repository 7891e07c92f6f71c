import { describe, expect, it } from 'vitest';
import type { IntakeRow } from '@shared/contract';
import { startApp, type App } from './harness';

// Briefs where the user meets them: written on a campaign's page (HTML stays text, links are not
// links, a bad link is named beside its field), then found in the Intake list in its place.

const TODAY = '2026-11-26';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

/** The intake's order, worked out here: requested date (none last), then priority, then name. */
function intakeOrder(a: IntakeRow, b: IntakeRow): number {
  if ((a.requestedDate === null) !== (b.requestedDate === null)) return a.requestedDate === null ? 1 : -1;
  if (a.requestedDate !== b.requestedDate) return a.requestedDate! < b.requestedDate! ? -1 : 1;
  if (a.priority !== b.priority) return a.priority - b.priority;
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}

describe('briefs', () => {
  let app: App | undefined;

  it('writes a brief on a campaign page and finds the pitch in the intake list, sorted by requested date and priority', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    const before = await bridge.call('briefs:intake', {});
    const pitch = before.find((r) => !r.hasBrief)!;
    expect(pitch, 'the demo leaves a pitch waiting for its brief').toBeDefined();
    const soonest = before.map((r) => r.requestedDate).filter((d): d is string => d !== null).sort()[0];
    const asked = '2026-12-01';
    expect(asked < soonest).toBe(true);

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: /^Campaigns/ }).click();
    await page.getByText(pitch.name, { exact: true }).first().click();
    const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'Brief', exact: true }) });
    await expect.poll(() => card.getByText('No brief yet').count()).toBe(1);
    await card.getByRole('button', { name: 'Write the brief' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Requested by').fill('Priya Shah, Brand');
    await dialog.getByLabel('Requested launch date').fill(asked);
    await dialog.getByLabel('Objective').fill('<b>Launch</b> the range & <script>alert(1)</script> win trial');
    await dialog.getByRole('button', { name: 'Save brief' }).click();
    // HTML is refused beside the field, and nothing is written.
    await expect.poll(() => dialog.getByText(/Remove the HTML tags \(<b>, <\/b>, …\); briefs are plain text/).count()).toBe(1);
    expect(await bridge.call('briefs:get', { campaignId: pitch.campaignId })).toBeNull();
    await dialog.getByLabel('Objective').fill('Launch the range & win trial: CPA < 5 €');
    await dialog.getByLabel('Audience').fill('Urban 25–40s who buy premium');
    const channels = dialog.getByRole('group', { name: 'Channels' });
    await channels.getByRole('button', { name: 'Paid social', exact: true }).click();
    await channels.getByRole('button', { name: 'Out of home', exact: true }).click();
    await dialog.getByRole('button', { name: 'Add a KPI' }).click();
    await dialog.getByLabel('KPI 1 name').fill('Reach');
    await dialog.getByLabel('KPI 1 target').fill('2500000');
    await dialog.getByLabel('KPI 1 unit').fill('people');
    await dialog.getByLabel('Links').fill('https://share.example/briefs/summer?ref=intake\nsee the deck');
    await dialog.getByRole('button', { name: 'Save brief' }).click();
    // The second line is refused beside the field, and nothing is written.
    await expect.poll(() => dialog.getByText('Line 2: A link is one line with no spaces').count()).toBe(1);
    expect(await bridge.call('briefs:get', { campaignId: pitch.campaignId })).toBeNull();
    await app.screenshot('briefs-dialog-error');
    await dialog.getByLabel('Links').fill('https://share.example/briefs/summer?ref=intake');
    await dialog.getByRole('button', { name: 'Save brief' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // Shown as written, the link as text to copy (no anchor anywhere in the card).
    await expect.poll(() => card.getByText('Launch the range & win trial: CPA < 5 €', { exact: true }).count()).toBe(1);
    expect(await card.locator('a').count()).toBe(0);
    expect(await card.getByText('https://share.example/briefs/summer?ref=intake', { exact: true }).count()).toBe(1);
    expect(await card.getByText('Paid social', { exact: true }).count()).toBe(1);
    expect(await card.locator('[data-figure="requested-date"]').textContent()).toMatch(/ · before the campaign starts \(/);
    await expect.poll(() => page.getByText(/^Brief of .+ saved$/).count()).toBe(1);
    const saved = await bridge.call('briefs:get', { campaignId: pitch.campaignId });
    expect(saved).toMatchObject({ requester: 'Priya Shah, Brand', requestedDate: asked, kpis: [{ name: 'Reach', target: 2_500_000, unit: 'people' }] });
    await app.screenshot('briefs-campaign-page');

    // The intake list: this pitch first (the soonest date asked for), the rest in order.
    await page.locator('.crumb-link', { hasText: 'Campaigns' }).click();
    await page.getByRole('tab', { name: 'Intake' }).click();
    const table = page.getByRole('table', { name: 'Intake' });
    const rows = table.locator('tbody tr');
    const after = await bridge.call('briefs:intake', {});
    await expect.poll(() => rows.count()).toBe(after.length);
    expect(after.map((r) => r.name)).toEqual([...after].sort(intakeOrder).map((r) => r.name));
    const names = await rows.locator('td:first-child .cell-strong').allTextContents();
    expect(names).toEqual(after.map((r) => r.name));
    expect(names[0]).toBe(pitch.name);
    const first = rows.first();
    expect(await first.textContent()).toContain('Priya Shah, Brand');
    expect(await first.textContent()).toContain('Paid social, Out of home');
    // Its earliest delivery, as "When can we deliver?" answers it, against the launch asked for.
    const answer = await bridge.call('delivery:answer', { campaignId: pitch.campaignId, earliestStart: pitch.start > TODAY ? pitch.start : TODAY });
    const cell = first.locator('td').last();
    if (answer.finish) {
      const late = Math.round((Date.parse(answer.finish) - Date.parse(asked)) / 86_400_000);
      await expect.poll(() => cell.textContent()).toMatch(new RegExp(`\\d{4}${late > 0 ? `Late by ${late} days?` : 'On time'}$`));
    } else {
      await expect.poll(() => cell.textContent()).toMatch(/^(Not within a year|Can’t plan yet)$/);
    }
    await expect.poll(() => rows.locator('td:last-child').filter({ hasText: /\d{4}/ }).count()).toBeGreaterThan(0);
    await app.screenshot('briefs-intake');

    // Another planner asks for a launch sooner still on another pitch: the list re-sorts without a reload.
    const other = after.find((r) => r.campaignId !== pitch.campaignId)!;
    await bridge.call('briefs:save', { campaignId: other.campaignId, requester: 'Tomás Ruiz, Growth', requestedDate: '2026-11-30' });
    await expect.poll(() => rows.locator('td:first-child .cell-strong').first().textContent()).toBe(other.name);
    expect(await rows.nth(1).locator('td:first-child .cell-strong').textContent()).toBe(pitch.name);

    // Undo (the toolbar's) takes the other planner's brief back; the pitch is first again.
    const undo = page.getByRole('group', { name: 'Edit' }).getByRole('button', { name: new RegExp(`^Undo (Add|Edit) the brief of ${other.name}`) });
    await expect.poll(() => undo.count()).toBe(1);
    await undo.click();
    await expect.poll(() => rows.locator('td:first-child .cell-strong').first().textContent()).toBe(pitch.name);

    // Clearing the brief is one step too: the toast's Undo brings it back.
    await rows.first().click();
    await card.getByRole('button', { name: 'Edit brief' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Clear the brief' }).click();
    await expect.poll(() => card.getByText('No brief yet').count()).toBe(1);
    const toast = page.locator('.toast', { hasText: `Brief of ${pitch.name} cleared` });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => card.getByText('Priya Shah, Brand', { exact: true }).count()).toBe(1);
    app.errors.assertNone();
  });

  it('keeps the channels in Settings: rename, merge and delete, and the briefs follow', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    const channels = await bridge.call('marketingChannels:list', {});
    const used = (name: string) => channels.find((c) => c.name === name)!;
    expect(used('Out of home').briefs).toBeGreaterThan(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: /^Channels/ }).click();
    const row = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect.poll(() => row('Out of home').textContent()).toContain(`${used('Out of home').briefs} brief`);

    await page.getByRole('button', { name: 'Edit channel Out of home' }).click();
    const form = page.getByRole('form', { name: 'Edit channel Out of home' });
    await form.getByLabel('Name').fill('OOH');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'OOH', exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: 'Merge channel Organic social' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge “Organic social”' });
    await merge.getByLabel('Merge into').selectOption({ label: 'Paid social' });
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Organic social', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Delete channel Podcast' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Podcast”?' });
    await expect.poll(() => confirm.textContent()).toMatch(/Deleting “Podcast” takes it off \d+ briefs?\. Undo puts it back\./);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Podcast', exact: true }).count()).toBe(0);
    await app.screenshot('briefs-settings-channels');

    const after = await bridge.call('marketingChannels:list', {});
    expect(after.map((c) => c.name)).not.toContain('Organic social');
    expect(after.find((c) => c.name === 'Paid social')!.briefs).toBeGreaterThanOrEqual(Math.max(used('Paid social').briefs, used('Organic social').briefs));
    const intake = await bridge.call('briefs:intake', {});
    expect(intake.flatMap((r) => r.channels)).not.toContain('Out of home');
    expect(intake.flatMap((r) => r.channels)).not.toContain('Podcast');
    app.errors.assertNone();
  });

  it('discards a channel, role or skill quick-added in a dialog that is cancelled, and keeps one from a dialog that is saved', async () => {
    app = await startApp({ rendererDir, now: TODAY });
    const { page, bridge } = app;
    await bridge.call('workspace:startEmpty', {});
    await bridge.call('roles:create', { name: 'Designer', colour: '#7048e8' });
    const campaign = await bridge.call('campaigns:create', { name: 'Winter Pitch', client: 'Acme', status: 'pipeline', start: '2027-01-04', end: '2027-02-26', colour: '#0c8599' });
    await bridge.call('marketingChannels:create', { name: 'Email' });
    await page.reload({ waitUntil: 'networkidle' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const names = async <T extends { name: string }>(list: Promise<T[]>) => (await list).map((x) => x.name).sort();
    /** Cancel, and discard the changes if asked. */
    const cancel = async (dialog: ReturnType<typeof page.getByRole>) => {
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).last().click(); // the footer's (a quick-add box has one too)
      const discard = page.getByRole('alertdialog').getByRole('button', { name: 'Discard' });
      if (await discard.count()) await discard.click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    };
    const quickAdd = async (dialog: ReturnType<typeof page.getByRole>, label: string, name: string) => {
      await dialog.getByRole('button', { name: label }).click();
      await dialog.getByLabel(label).fill(name);
      await dialog.getByLabel(label).press('Enter');
    };

    // Add person: a new role and a new skill, then Cancel: both are gone.
    await nav.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('button', { name: 'Add person' }).first().click();
    const person = page.getByRole('dialog');
    await quickAdd(person, 'New role', 'Motion Designer');
    await expect.poll(() => names(bridge.call('roles:list', undefined))).toEqual(['Designer', 'Motion Designer']);
    await quickAdd(person, 'New skill', 'After Effects');
    await expect.poll(() => names(bridge.call('skills:list', undefined))).toEqual(['After Effects']);
    await cancel(person);
    await expect.poll(() => names(bridge.call('roles:list', undefined))).toEqual(['Designer']);
    await expect.poll(() => names(bridge.call('skills:list', undefined))).toEqual([]);

    // The brief dialog: a new channel, then Cancel: gone, and not offered when it opens again.
    await nav.getByRole('button', { name: /^Campaigns/ }).click();
    await page.getByText('Winter Pitch', { exact: true }).first().click();
    const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'Brief', exact: true }) });
    await card.getByRole('button', { name: 'Write the brief' }).click();
    const brief = page.getByRole('dialog');
    await quickAdd(brief, 'New channel', 'Paid social');
    await expect.poll(() => names(bridge.call('marketingChannels:list', {}))).toEqual(['Email', 'Paid social']);
    await expect.poll(() => brief.getByRole('group', { name: 'Channels' }).getByRole('button', { name: 'Paid social' }).getAttribute('aria-pressed')).toBe('true');
    await cancel(brief);
    await expect.poll(() => names(bridge.call('marketingChannels:list', {}))).toEqual(['Email']);
    await card.getByRole('button', { name: 'Write the brief' }).click();
    expect(await brief.locator('.toggle-chip').allTextContents()).toEqual(['Email']);

    // Added again and the brief saved: the channel stays, on the brief.
    await quickAdd(brief, 'New channel', 'Paid social');
    await expect.poll(() => brief.getByRole('group', { name: 'Channels' }).getByRole('button', { name: 'Paid social' }).count()).toBe(1);
    await brief.getByLabel('Objective').fill('Win the winter pitch');
    await brief.getByRole('button', { name: 'Save brief' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => names(bridge.call('marketingChannels:list', {}))).toEqual(['Email', 'Paid social']);
    const saved = await bridge.call('briefs:get', { campaignId: campaign.id });
    expect(saved?.channels.length).toBe(1);
    app.errors.assertNone();
  });
});
