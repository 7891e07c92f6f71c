import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// A campaign from a template, its phases and demand lines, and a phase dragged on the campaign
// page: the phases after it and their demand windows follow, and one undo puts everything back.
describe('templates and phases', () => {
  let app: App | undefined;

  it('create a campaign from a template, drag a phase (dependants and demand windows follow), undo', async () => {
    app = await startApp({
      now: '2027-03-01',
      prepare: async (bridge) => {
        await bridge.call('workspace:startEmpty');
        const designer = await bridge.call('roles:create', { name: 'Designer' });
        const writer = await bridge.call('roles:create', { name: 'Copywriter' });
        const ada = await bridge.call('talent:create', { kind: 'staff', name: 'Ada Lovelace', primaryRoleId: designer.id, holidayCountry: 'GB', holidayRegion: 'ENG' });
        // A second designer and a copywriter, both part-time, so "When can we deliver?" has people to plan.
        await bridge.call('talent:create', { kind: 'staff', name: 'Grace Hopper', primaryRoleId: designer.id, holidayCountry: 'GB', holidayRegion: 'ENG', patterns: [{ effectiveFrom: '2026-01-01', hours: [6, 6, 6, 6, 0, 0, 0] }] });
        await bridge.call('talent:create', { kind: 'staff', name: 'Ben Ortiz', primaryRoleId: writer.id, holidayCountry: 'GB', holidayRegion: 'ENG', patterns: [{ effectiveFrom: '2026-01-01', hours: [0, 7, 7, 7, 0, 0, 0] }] });
        await bridge.call('closures:create', { date: '2027-03-10', name: 'Office move' });
        await bridge.call('templates:create', {
          name: 'Social launch',
          description: 'Paid and organic social for a product launch',
          phases: [
            { name: 'Brief', durationDays: 2, roles: [{ roleId: writer.id, hours: 6 }], handoffRoleId: designer.id, handoffSlaDays: 1 },
            { name: 'Concept', durationDays: 3, dependsOn: [0], roles: [{ roleId: designer.id, hours: 22.5, maxPeople: 2 }] },
            { name: 'Design', durationDays: 5, dependsOn: [1], roles: [{ roleId: designer.id, hours: 60, maxPeople: 2 }], handoffTalentId: ada.id, handoffSlaDays: 2 },
            { name: 'Copy', durationDays: 2, dependsOn: [1], roles: [{ roleId: writer.id, hours: 12.5 }] },
            { name: 'Review', durationDays: 1, dependsOn: [2, 3], roles: [{ roleId: designer.id, hours: 3 }] },
          ],
        });
      },
    });
    const { page, bridge } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Campaigns/ }).click();
    await page.getByRole('button', { name: 'New campaign from template…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign from template' });
    await dialog.getByLabel('Name').fill('Aurora launch');
    await dialog.getByLabel('Client').fill('Northwind');
    await dialog.getByLabel('Start day').fill('2027-03-02');
    // The preview dates the phases on the studio calendar (the 10th is closed).
    const preview = dialog.getByRole('table', { name: 'Phases of the new campaign' });
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(5);
    await app.screenshot('templates-1-new-from-template');
    await dialog.getByRole('button', { name: 'Add campaign' }).click();

    // The campaign page: its phases on a timeline, and a demand line per role of each phase.
    const card = page.getByRole('region', { name: 'Phases' });
    await expect.poll(() => card.getByRole('button', { name: /^Concept, .*drag/ }).count(), { timeout: 10_000 }).toBe(1);
    const [campaign] = await bridge.call('campaigns:list', { text: 'Aurora' });
    const before = await bridge.call('phases:list', { campaignId: campaign.id });
    expect(before.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Brief', '2027-03-02', '2027-03-03'], ['Concept', '2027-03-04', '2027-03-08'], ['Design', '2027-03-09', '2027-03-16'],
      ['Copy', '2027-03-09', '2027-03-11'], ['Review', '2027-03-17', '2027-03-17'],
    ]);
    const demand = page.locator('section.card').filter({ has: page.getByRole('heading', { name: 'Demand' }) });
    await expect.poll(() => demand.locator('tbody tr').count()).toBe(5);
    const handoffs = card.getByRole('table', { name: /^Handoffs/ });
    expect(await handoffs.locator('tbody tr').count()).toBe(2);
    await app.screenshot('templates-2-campaign-phases');

    // "When can we deliver?" plans the campaign's own phases, named as on the page, in dependency order.
    const delivery = page.getByRole('region', { name: 'When can we deliver?' });
    const ask = () => bridge.call('delivery:answer', { campaignId: campaign.id, earliestStart: '2027-03-02', requestedDate: campaign.end });
    const first = await ask();
    expect(first.phases.map((p) => p.name)).toEqual(['Brief', 'Concept', 'Design', 'Copy', 'Review']);
    expect(first.finish).not.toBeNull();
    const finishShown = () => delivery.locator('.delivery-finish strong').textContent();
    await expect.poll(() => delivery.locator('table.delivery-phases tbody td:first-child').allTextContents(), { timeout: 10_000 }).toEqual(['Brief', 'Concept', 'Design', 'Copy', 'Review']);
    const finishBefore = await finishShown();

    // Drag Concept a week to the right: Thursday 4 → Thursday 11 March, 4 working days (the 10th is closed).
    const concept = card.getByRole('button', { name: /^Concept, .*drag/ });
    const design = card.getByRole('button', { name: /^Design, .*drag/ });
    const designX = (await design.boundingBox())!.x;
    const box = (await concept.boundingBox())!;
    // Concept's bar covers 4 to 8 March: five calendar days.
    const perDay = box.width / 5;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 7; step++) await page.mouse.move(box.x + 10 + perDay * step, box.y + box.height / 2, { steps: 2 });
    // While dragging, the phases after it are shown where they will go.
    await expect.poll(async () => (await design.boundingBox())!.x).toBeGreaterThan(designX + perDay * 4);
    await app.screenshot('templates-3-dragging');
    await page.mouse.up();

    await expect.poll(async () => (await bridge.call('phases:list', { campaignId: campaign.id })).map((p) => p.start).join(), { timeout: 10_000 })
      .toBe('2027-03-02,2027-03-11,2027-03-16,2027-03-16,2027-03-23');
    const lines = await bridge.call('demandLines:list', { campaignIds: [campaign.id] });
    const moved = await bridge.call('phases:list', { campaignId: campaign.id });
    for (const l of lines) {
      const phase = moved.find((p) => p.id === l.phaseId)!;
      expect([l.start, l.end]).toEqual([phase.start, phase.end]);
    }
    await expect.poll(() => card.textContent()).toContain('after Design, Copy');
    // The answer follows the moved phases: a later finish, shown on the card.
    const second = await ask();
    expect(second.finish! > first.finish!).toBe(true);
    expect(second.phases.find((p) => p.name === 'Concept')!.start! >= '2027-03-11').toBe(true);
    await expect.poll(finishShown, { timeout: 10_000 }).not.toBe(finishBefore);
    await delivery.scrollIntoViewIfNeeded();
    await app.screenshot('templates-4-moved');

    // One undo puts the phases and their demand windows back.
    await page.getByRole('button', { name: /^Undo/ }).first().click();
    await expect.poll(async () => (await bridge.call('phases:list', { campaignId: campaign.id })).map((p) => p.start).join(), { timeout: 10_000 })
      .toBe('2027-03-02,2027-03-04,2027-03-09,2027-03-09,2027-03-17');
    for (const l of await bridge.call('demandLines:list', { campaignIds: [campaign.id] })) expect(l.start).toBe(before.find((p) => p.id === l.phaseId)!.start);
    await expect.poll(async () => (await design.boundingBox())!.x).toBeCloseTo(designX, 0);

    // Typed dates: Design 11–18 March (6 working days); Review, after it, moves to the 19th.
    await card.getByRole('button', { name: /^Design, / }).click();
    const dates = page.getByRole('dialog', { name: 'Dates of Design' });
    await dates.getByLabel('First day').fill('2027-03-11');
    await dates.getByLabel('Last day').fill('2027-03-18');
    await dates.getByRole('button', { name: 'Move phase' }).click();
    await expect.poll(async () => (await bridge.call('phases:list', { campaignId: campaign.id })).map((p) => `${p.name} ${p.start} ${p.end} ${p.durationDays}`), { timeout: 10_000 }).toEqual([
      'Brief 2027-03-02 2027-03-03 2', 'Concept 2027-03-04 2027-03-08 3', 'Design 2027-03-11 2027-03-18 6', 'Copy 2027-03-09 2027-03-11 2', 'Review 2027-03-19 2027-03-19 1',
    ]);
    await expect.poll(() => card.textContent()).toContain('6 days · after Concept');

    // The handoff after the brief, done today.
    await handoffs.getByRole('button', { name: 'Mark the handoff after Brief done' }).click();
    await expect.poll(() => handoffs.textContent()).toContain('Done on time');
    expect(await handoffs.textContent()).toContain('1 of 2 done · 0 late · 0 past the SLA');
    expect((await bridge.call('phases:list', { campaignId: campaign.id }))[0].handoffDone).toBe('2027-03-01');
    await app.screenshot('templates-5-handoff-done');
    app.errors.assertNone();
  });

  it('a required skill and minimum level set in Settings → Templates reach the campaign made from it, and only eligible people are planned', async () => {
    let ids = { ae: 0, motion: 0, lena: 0, mia: 0 };
    app = await startApp({
      now: '2027-03-01',
      viewport: { width: 1024, height: 700 },
      prepare: async (bridge) => {
        await bridge.call('workspace:startEmpty');
        const motion = await bridge.call('roles:create', { name: 'Motion designer' });
        const producer = await bridge.call('roles:create', { name: 'Producer' });
        const ae = await bridge.call('skills:create', { name: 'After Effects' });
        await bridge.call('skills:create', { name: 'Cinema 4D' });
        const person = (name: string, roleId: number, level: number | null, hours: number[], country = 'GB', region: string | null = 'ENG') =>
          bridge.call('talent:create', {
            kind: 'staff', name, primaryRoleId: roleId, holidayCountry: country, holidayRegion: region,
            skills: level === null ? [] : [{ skillId: ae.id, level }],
            patterns: [{ effectiveFrom: '2026-01-01', hours: hours as [number, number, number, number, number, number, number] }],
          });
        // Lena (level 5, in Bavaria) and Mia (4, part-time) qualify at level 4; Noah (3) does not, though he is free.
        const lena = await person('Lena Vogel', motion.id, 5, [8, 8, 8, 8, 8, 0, 0], 'DE', 'BY');
        const mia = await person('Mia Chen', motion.id, 4, [7.5, 7.5, 7.5, 0, 0, 0, 0]);
        await person('Noah Park', motion.id, 3, [8, 8, 8, 8, 8, 0, 0]);
        await person('Pat Kim', producer.id, null, [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0]);
        await bridge.call('closures:create', { date: '2027-03-10', name: 'Office move' });
        await bridge.call('templates:create', {
          name: 'Product video',
          phases: [
            { name: 'Brief', durationDays: 2, roles: [{ roleId: producer.id, hours: 8 }] },
            { name: 'Animation', durationDays: 5, dependsOn: [0], roles: [{ roleId: motion.id, hours: 50, maxPeople: 2 }] },
          ],
        });
        ids = { ae: ae.id, motion: motion.id, lena: lena.id, mia: mia.id };
      },
    });
    const { page, bridge } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
    await page.getByRole('button', { name: /^Templates/ }).click();
    await page.getByRole('button', { name: 'Edit Product video' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Product video' });
    const line = dialog.getByRole('group', { name: 'Animation: Motion designer' });
    await line.getByRole('button', { name: 'Add skill' }).click();
    await line.getByRole('combobox', { name: 'Skill 1' }).selectOption({ label: 'After Effects' });
    await line.getByRole('combobox', { name: 'Minimum level of After Effects' }).selectOption({ label: 'Level 4+' });
    // The editor fits the small window: nothing wider than the dialog.
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth + 1)).toBe(true);
    await app.screenshot('templates-8-skill-level');
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByRole('group', { name: 'Product video', exact: true }).textContent()).toContain('After Effects at level 4+');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Campaigns/ }).click();
    await page.getByRole('button', { name: 'New campaign from template…' }).click();
    const from = page.getByRole('dialog', { name: 'New campaign from template' });
    await from.getByLabel('Name').fill('Aurora video');
    await from.getByLabel('Start day').fill('2027-03-02');
    await from.getByRole('button', { name: 'Add campaign' }).click();
    await expect.poll(async () => (await bridge.call('campaigns:list', { text: 'Aurora' })).length, { timeout: 10_000 }).toBe(1);
    const [campaign] = await bridge.call('campaigns:list', { text: 'Aurora' });
    const lines = await bridge.call('demandLines:list', { campaignIds: [campaign.id] });
    expect(lines.find((l) => l.roleId === ids.motion)!.skills).toEqual([{ skillId: ids.ae, minLevel: 4 }]);
    const demand = page.locator('section.card').filter({ has: page.getByRole('heading', { name: 'Demand' }) });
    await expect.poll(() => demand.textContent(), { timeout: 10_000 }).toContain('After Effects');

    // "When can we deliver?" plans Animation with Lena and Mia only.
    const answer = await bridge.call('delivery:answer', { campaignId: campaign.id, earliestStart: '2027-03-02', requestedDate: campaign.end });
    const planned = answer.phases.find((p) => p.name === 'Animation')!.roles[0].people;
    expect(planned.length).toBeGreaterThan(0);
    for (const p of planned) expect([ids.lena, ids.mia]).toContain(p.id);
    const delivery = page.getByRole('region', { name: 'When can we deliver?' });
    await expect.poll(() => delivery.locator('.delivery-finish strong').textContent(), { timeout: 10_000 }).toBeTruthy();
    await delivery.scrollIntoViewIfNeeded();
    await app.screenshot('templates-9-campaign-with-skill');
    app.errors.assertNone();
  });

  it('add a phase with a handoff, make another wait for it, refuse a circle, remove a third, and undo the removal', async () => {
    app = await startApp({
      now: '2027-03-01',
      prepare: async (bridge) => {
        await bridge.call('workspace:startEmpty');
        const designer = await bridge.call('roles:create', { name: 'Designer' });
        const writer = await bridge.call('roles:create', { name: 'Copywriter' });
        await bridge.call('talent:create', { kind: 'staff', name: 'Ada Lovelace', primaryRoleId: designer.id, holidayCountry: 'GB', holidayRegion: 'ENG' });
        await bridge.call('talent:create', { kind: 'staff', name: 'Ben Ortiz', primaryRoleId: writer.id, holidayCountry: 'GB', holidayRegion: 'ENG', patterns: [{ effectiveFrom: '2026-01-01', hours: [0, 7, 7, 7, 0, 0, 0] }] });
        await bridge.call('closures:create', { date: '2027-03-10', name: 'Office move' });
        const t = await bridge.call('templates:create', {
          name: 'Social launch',
          phases: [
            { name: 'Brief', durationDays: 2, roles: [{ roleId: writer.id, hours: 6 }] },
            { name: 'Concept', durationDays: 3, dependsOn: [0], roles: [{ roleId: designer.id, hours: 22.5, maxPeople: 2 }] },
            { name: 'Design', durationDays: 5, dependsOn: [1], roles: [{ roleId: designer.id, hours: 60, maxPeople: 2 }] },
            { name: 'Copy', durationDays: 2, dependsOn: [1], roles: [{ roleId: writer.id, hours: 12.5 }] },
            { name: 'Review', durationDays: 1, dependsOn: [2, 3], roles: [{ roleId: designer.id, hours: 3 }] },
          ],
        });
        await bridge.call('templates:createCampaign', { templateId: t.id, anchor: 'start', date: '2027-03-02', campaign: { name: 'Aurora launch', client: 'Northwind' } });
      },
    });
    const { page, bridge } = app;
    const [campaign] = await bridge.call('campaigns:list', { text: 'Aurora' });
    const phasesNow = async () => (await bridge.call('phases:list', { campaignId: campaign.id })).map((p) => `${p.name} ${p.start}–${p.end}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Campaigns/ }).click();
    await page.getByText('Aurora launch', { exact: true }).first().click();
    const card = page.getByRole('region', { name: 'Phases' });
    await expect.poll(() => card.getByRole('button', { name: /^Review, .*drag/ }).count(), { timeout: 10_000 }).toBe(1);

    // Add "Legal check": 4 working days after Copy (Copy ends Thursday 11 March), with 5 h of a copywriter.
    await card.getByRole('button', { name: 'Add phase' }).click();
    const add = page.getByRole('dialog', { name: 'Add a phase' });
    await add.getByLabel('Name').fill('Legal check');
    await add.getByLabel('Working days', { exact: true }).fill('4');
    const after = add.getByRole('group', { name: 'Starts after' });
    await after.getByLabel('Review').uncheck();
    await after.getByLabel('Copy').check();
    await add.getByRole('button', { name: 'Add role hours' }).click();
    await add.getByLabel('Role', { exact: true }).selectOption({ label: 'Copywriter' });
    await add.getByLabel('Hours', { exact: true }).fill('5');
    await add.getByLabel('Handoff at the end, to').selectOption({ label: 'Ben Ortiz' });
    await add.getByLabel('SLA, working days').fill('1');
    // The dialog shows where it will go before it is saved.
    expect(await add.getByRole('status').textContent()).toBe('Legal check: Mar 12 – 17, 2027');
    await app.screenshot('phase-edit-1-add');
    await add.getByRole('button', { name: 'Add phase' }).click();
    await expect.poll(phasesNow, { timeout: 10_000 }).toEqual([
      'Brief 2027-03-02–2027-03-03', 'Concept 2027-03-04–2027-03-08', 'Design 2027-03-09–2027-03-16', 'Copy 2027-03-09–2027-03-11', 'Legal check 2027-03-12–2027-03-17', 'Review 2027-03-17–2027-03-17',
    ]);
    const demand = page.locator('section.card').filter({ has: page.getByRole('heading', { name: 'Demand' }) });
    await expect.poll(() => demand.locator('tbody tr').count(), { timeout: 10_000 }).toBe(6);
    const legal = (await bridge.call('demandLines:list', { campaignIds: [campaign.id] })).filter((l) => l.note === 'Legal check');
    expect(legal.map((l) => [l.hours, l.start, l.end])).toEqual([[5, '2027-03-12', '2027-03-17']]);
    // Its handoff to Ben, planned on its last day, with a working day's SLA.
    const handoffs = card.getByRole('table', { name: /^Handoffs/ });
    await expect.poll(() => handoffs.locator('tbody tr').allTextContents(), { timeout: 10_000 }).toEqual([expect.stringMatching(/^Legal checkBen Ortiz.*1 working day · by /)]);

    // Review now also waits for Legal check: it moves to Thursday 18 March.
    await card.getByRole('button', { name: /^Edit Review:/ }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Review' });
    await edit.getByRole('group', { name: 'Starts after' }).getByLabel('Legal check').check();
    expect(await edit.getByRole('status').textContent()).toBe('Review: Mar 18, 2027');
    await edit.getByRole('button', { name: 'Save phase' }).click();
    await expect.poll(async () => (await phasesNow()).at(-1), { timeout: 10_000 }).toBe('Review 2027-03-18–2027-03-18');
    await expect.poll(() => card.textContent()).toContain('after Design, Copy, Legal check');

    // A circle is refused, naming the phases.
    await card.getByRole('button', { name: /^Edit Brief:/ }).click();
    const brief = page.getByRole('dialog', { name: 'Edit Brief' });
    await brief.getByRole('group', { name: 'Starts after' }).getByLabel('Review').check();
    await brief.getByRole('button', { name: 'Save phase' }).click();
    await expect.poll(() => brief.textContent()).toMatch(/circle: Brief → Concept → (Design|Copy) → .*Review → Brief/);
    await brief.getByRole('button', { name: 'Cancel' }).click();

    // Remove Concept: Design and Copy wait for Brief instead.
    await card.getByRole('button', { name: /^Edit Concept:/ }).click();
    await page.getByRole('dialog', { name: 'Edit Concept' }).getByRole('button', { name: 'Remove phase' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove Concept?' });
    await expect.poll(() => confirm.textContent()).toContain('Design and Copy will wait for Brief instead, as Concept did. Its 1 demand line (22.5 h) goes with it.');
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
    await app.screenshot('phase-edit-2-remove');
    await confirm.getByRole('button', { name: 'Remove phase' }).click();
    await expect.poll(async () => (await phasesNow()).map((p) => p.split(' 20')[0]), { timeout: 10_000 }).toEqual(['Brief', 'Design', 'Copy', 'Legal check', 'Review']);
    await expect.poll(() => card.textContent()).toContain('after Brief');
    await expect.poll(() => demand.locator('tbody tr').count(), { timeout: 10_000 }).toBe(5);
    // "When can we deliver?" plans the phases as they are now.
    const delivery = page.getByRole('region', { name: 'When can we deliver?' });
    await expect.poll(() => delivery.locator('table.delivery-phases tbody td:first-child').allTextContents(), { timeout: 10_000 }).toEqual(['Brief', 'Design', 'Copy', 'Legal check', 'Review']);
    const cardOnTop = () => card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await cardOnTop();
    await app.screenshot('phase-edit-3-removed');

    // One undo brings Concept back, with its line and the dependencies it had.
    await page.getByRole('button', { name: /^Undo/ }).first().click();
    await expect.poll(phasesNow, { timeout: 10_000 }).toEqual([
      'Brief 2027-03-02–2027-03-03', 'Concept 2027-03-04–2027-03-08', 'Design 2027-03-09–2027-03-16', 'Copy 2027-03-09–2027-03-11', 'Legal check 2027-03-12–2027-03-17', 'Review 2027-03-18–2027-03-18',
    ]);
    await expect.poll(() => card.getByRole('button', { name: /^Concept, .*drag/ }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => demand.locator('tbody tr').count(), { timeout: 10_000 }).toBe(6);
    await cardOnTop();
    await app.screenshot('phase-edit-4-undone');
    app.errors.assertNone();
  });

  it('Settings lists the templates with their phases', async () => {
    app = await startApp({ now: '2027-03-01', seed: 'demo' });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
    await page.getByRole('button', { name: /^Templates/ }).click();
    await expect.poll(() => page.getByRole('group', { name: 'TV spot', exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await app.screenshot('templates-6-settings');
    await page.getByRole('button', { name: 'Edit Social launch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Social launch' });
    await expect.poll(() => dialog.getByRole('group', { name: 'Concept', exact: true }).count()).toBe(1);
    await app.screenshot('templates-7-edit');
    app.errors.assertNone();
  });
});
