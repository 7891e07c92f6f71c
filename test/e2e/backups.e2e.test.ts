import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsDirFor, takeBackup } from '../../electron/db/backup';
import { dispatch } from '../../electron/dispatch';
import { openWorkspace } from '../../electron/db/open';
import { createHandlers } from '../../electron/handlers';
import { workspaceId } from '../../electron/io/workspaceId';
import { startApp, type App } from './harness';

// The Backups screen as a user meets it: a backup cut short is named as damaged and deleted, and a
// restore of a backup that turns out to be another workspace's is refused, saying so, with nothing changed.
describe('backups', () => {
  let app: App;
  let manual: string;
  let otherBackup: string;
  beforeAll(async () => {
    app = await startApp({
      seed: 'demo',
      now: '2026-12-04',
      prepare: async (bridge) => {
        const own = join(backupsDirFor(bridge.workspacePath), workspaceId(bridge.db));
        const { backups } = await bridge.call('backups:create');
        manual = join(own, backups[0].file);
        // A backup cut short by a kill, as the app leaves it under its temporary name.
        const bytes = readFileSync(manual);
        writeFileSync(join(own, '.workspace-2026-12-04T10-15-00-000Z-import.db.partial'), bytes.subarray(0, bytes.length / 3));
        // A second workspace in the same folder, with its own backup.
        const berlinPath = join(dirname(bridge.workspacePath), 'Berlin.db');
        const berlin = openWorkspace(berlinPath);
        const send = (channel: string, input: unknown) => dispatch(createHandlers({ db: berlin, now: () => new Date(), app: { name: 'Capacity Planner', version: '0', workspacePath: berlinPath } }), channel, input);
        const role = (await send('roles:create', { name: 'Animator' })) as { ok: true; value: { id: number } };
        for (const name of ['Lena Vogel', 'Jonas Becker', 'Mia Schäfer']) await send('talent:create', { kind: 'freelancer', name, primaryRoleId: role.value.id, currency: 'EUR', costRate: 65 });
        otherBackup = await takeBackup(berlin, backupsDirFor(berlinPath), 'manual', new Date('2026-12-03T16:00:00Z'));
        // A backup an earlier version left in the folder both workspaces shared, from before workspaces had ids.
        const old = join(backupsDirFor(berlinPath), 'workspace-2026-11-20T08-30-00-000Z-start.db');
        await berlin.backup(old);
        berlin.close();
        const stripped = openWorkspace(old);
        stripped.prepare("DELETE FROM meta WHERE key = 'workspace_id'").run();
        stripped.close();
      },
    });
  });
  afterAll(() => app?.close());

  async function openBackups() {
    const { page } = app;
    await page.getByRole('button', { name: 'About' }).click();
    await page.getByRole('button', { name: 'Backups…' }).click();
    return page.getByRole('table', { name: 'Backups' });
  }

  it('names a backup cut short as damaged and deletes it', async () => {
    const { page } = app;
    const table = await openBackups();
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    expect(await table.getByRole('row').filter({ hasText: 'On start' }).textContent()).toMatch(/it may be another workspace’s.*3\s*0\s*0/);
    const damaged = table.getByRole('row').filter({ hasText: 'Damaged' });
    await expect.poll(() => damaged.textContent()).toMatch(/Before an import: can’t be restored, it was cut short while being written/);
    // The backup holds the demo studio as it is now: its people, then its campaigns.
    const [people, campaigns] = [(await app.bridge.call('talent:list', {})).length, (await app.bridge.call('campaigns:list', {})).length];
    expect(await table.getByRole('row').filter({ hasText: 'Backed up by you' }).textContent()).toMatch(new RegExp(`${people}.*${campaigns}`));
    expect(await page.getByRole('status').filter({ hasText: 'damaged' }).textContent()).toMatch(/One backup is damaged and can’t be restored/);
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0); // the dialog has risen
    await app.screenshot('backups-damaged');

    await damaged.getByRole('button', { name: /Delete the damaged backup/ }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    expect(await page.getByText('Deleted the damaged backup.').count()).toBe(1);
    app.errors.assertNone();
  });

  it('refuses to restore a backup that is another workspace’s, saying so, and changes nothing', async () => {
    const { page } = app;
    // The file behind the listed backup is replaced by the other workspace's backup after the list was shown.
    copyFileSync(otherBackup, manual);
    const row = page.getByRole('table', { name: 'Backups' }).getByRole('row').filter({ hasText: 'Backed up by you' });
    await row.getByRole('button', { name: 'Restore…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => confirm.getByRole('alert').textContent()).toMatch(/^This backup belongs to another workspace: .*holding 3 people and 0 bookings.*Your workspace is unchanged\./);
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
    await app.screenshot('backups-restore-refused');
    expect((await app.bridge.call('talent:list', {})).length).toBe(68);
  });
});
