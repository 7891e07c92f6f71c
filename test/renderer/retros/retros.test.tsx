import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetrosPanel } from '../../../renderer/features/retros/RetrosPanel';
import { RetrosTabs } from '../../../renderer/features/retros/RetrosTabs';
import { createAppStore, useStore } from '../../../renderer/store';
import { routeChanges } from '../../../renderer/store/events';
import { harvestCsv } from '../../electron/actuals/files';
import { tempWorkspace, type TestWorkspace } from '../../electron/helpers/workspace';
import { ioCall, writeTemp } from '../../electron/io/helpers';
import { retroStudio } from '../../electron/retros/studio';
import { installFakeApi, type FakeApi } from '../fakeApi';

// The Retrospectives tab with what the real handler table returns (today: 26 November 2026).

let ws: TestWorkspace;
let api: FakeApi;
beforeEach(() => {
  ws = tempWorkspace();
  api = installFakeApi();
});
afterEach(() => {
  cleanup();
  ws.close();
  useStore.setState({ retros: [], openActions: [], retrosLoaded: false, retroOpenId: null, retroReport: null });
});

async function written() {
  const s = await retroStudio(ws, (options) => ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'h.csv', harvestCsv()) }, entity: 'actuals', options }));
  const retro = await ws.call('retros:create', { title: 'Sprint, looking back', campaignId: s.campaign.id });
  await ws.call('retros:addAction', { retroId: retro.id, text: 'Book the producer', ownerId: s.lukasz.id, due: '2026-11-20' });
  await ws.call('retros:addAction', { retroId: retro.id, text: 'Log hours daily', ownerId: s.zoe.id, due: '2026-12-04' });
  const done = await ws.call('retros:addAction', { retroId: retro.id, text: 'Already done', due: '2026-11-01' });
  await ws.call('retros:completeAction', { id: done.id, done: '2026-11-10' });
  api.answer('retros:list', await ws.call('retros:list'));
  api.answer('retros:openActions', await ws.call('retros:openActions'));
  return { s, retro };
}

describe('the Retrospectives tab', () => {
  it('lists open actions until done, with owner and due day, the overdue one marked', async () => {
    await written();
    render(<><RetrosTabs tab="retros" onTab={() => undefined} /><RetrosPanel /></>);
    const open = within(await screen.findByRole('region', { name: 'Open actions' }));
    expect(open.getByRole('heading').textContent).toBe('2 open actions');
    expect(open.getByText('1 overdue')).toBeTruthy();
    const rows = open.getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.retro-action-text')?.firstChild?.textContent)).toEqual(['Book the producer', 'Log hours daily']);
    expect(rows[0].className).toContain('overdue');
    expect(rows[0].textContent).toMatch(/Łukasz Żółć 🎬.*Overdue since/);
    expect(rows[1].className).not.toContain('overdue');
    expect(rows[1].textContent).toMatch(/Zoë Brontë.*Due /);
    expect(screen.getByRole('tab', { name: /Retrospectives/ }).textContent).toBe('Retrospectives2 open');
    expect(screen.getByRole('button', { name: /Sprint, looking back/ }).textContent).toMatch(/2 open actions$/);
  });

  it('refetches the list and open actions when a change to retrospectives is announced', async () => {
    await written();
    const store = createAppStore();
    routeChanges(store);
    await store.getState().loadRetros();
    const from = api.calls.length;
    api.emit({ type: 'changed', change: { source: 'peer', areas: ['retros'] } });
    await new Promise((r) => setTimeout(r, 0));
    expect(api.calls.slice(from).map((c) => c.channel)).toEqual(expect.arrayContaining(['retros:list', 'retros:openActions']));
  });
});
