import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, WorkspaceChange } from '@shared/contract';
import { ApiCallError } from '../../../renderer/api';
import { BriefCard } from '../../../renderer/features/briefs/BriefCard';
import { IntakeList } from '../../../renderer/features/briefs/IntakeList';
import { formatDate } from '../../../renderer/lib/format';
import { createAppStore, useStore } from '../../../renderer/store';
import { routeChanges } from '../../../renderer/store/events';
import { REFRESH_PAUSE_MS } from '../../../renderer/store/deliverySlice';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../../electron/helpers/workspace';
import { installFakeApi, type FakeApi } from '../fakeApi';

// The brief card and the intake list with what the real handler table returns, and the store's
// reactions to announced changes.

let ws: TestWorkspace;
let api: FakeApi;
beforeEach(() => {
  ws = tempWorkspace();
  api = installFakeApi();
});
afterEach(() => {
  cleanup();
  ws.close();
});

const TEXT = 'Grow trial & reach: CPA < 5 € and ROAS > 3, <3 from the brand';

async function studio() {
  const s = await smallStudio(ws);
  const social = await ws.call('marketingChannels:create', { name: 'Paid social' });
  const ooh = await ws.call('marketingChannels:create', { name: 'Out of home' });
  await ws.call('briefs:save', {
    campaignId: s.spring.id, objective: TEXT, requester: 'Priya Shah', requestedDate: '2027-04-23', channels: [ooh.id, social.id],
    kpis: [{ name: 'Reach', target: 2_500_000, unit: 'people' }, { name: 'Cost per click', target: 0.42, unit: 'EUR' }], links: ['https://share.example/spring?ref=intake'],
  });
  api.answer('briefs:get', await ws.call('briefs:get', { campaignId: s.spring.id }));
  api.answer('marketingChannels:list', await ws.call('marketingChannels:list'));
  return s;
}

describe('the brief card', () => {
  it('shows the brief as written: angle brackets and ampersands as typed, links as text to copy, KPIs with their units, channels by name', async () => {
    const s = await studio();
    useStore.setState({ openCampaignId: s.spring.id });
    const { container } = render(<BriefCard campaign={s.spring} />);
    expect(await screen.findByText(TEXT)).toBeTruthy();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('https://share.example/spring?ref=intake').tagName).toBe('CODE');
    const kpis = within(screen.getByRole('region', { name: 'KPIs' }));
    expect(kpis.getAllByRole('row').map((r) => r.textContent)).toEqual(['Reach2,500,000 people', 'Cost per click0.42 EUR']);
    expect(screen.getByText('Out of home')).toBeTruthy();
    expect(screen.getByText('Paid social')).toBeTruthy();
    useStore.setState({ openCampaignId: null, brief: null, briefFor: null });
  });
});

describe('the intake list', () => {
  it('lists the pitches in the handler’s order, each with its earliest delivery against the requested launch, or what the delivery prop gives', async () => {
    const s = await smallStudio(ws);
    const a = await ws.call('campaigns:create', { name: 'Winter Sale', status: 'pipeline', priority: 1, start: '2027-01-04', end: '2027-02-26' });
    await ws.call('demandLines:create', { campaignId: a.id, roleId: s.designer.id, hours: 300, start: '2027-01-04', end: '2027-02-26', note: 'Key visuals' });
    const teaser = await ws.call('campaigns:create', { name: 'Teaser', status: 'pipeline', priority: 2, start: '2027-01-06', end: '2027-01-15' });
    await ws.call('demandLines:create', { campaignId: teaser.id, roleId: s.writer.id, hours: 12, start: '2027-01-06', end: '2027-01-08' });
    await ws.call('campaigns:create', { name: 'Agency pitch', status: 'pipeline', start: '2027-01-04', end: '2027-02-26' });
    await ws.call('briefs:save', { campaignId: a.id, requester: 'Tomás', requestedDate: '2027-02-19' });
    await ws.call('briefs:save', { campaignId: teaser.id, requestedDate: '2027-02-19' });
    await ws.call('briefs:save', { campaignId: s.spring.id, requestedDate: '2027-01-01' }); // confirmed: not in intake
    api.answer('briefs:intake', await ws.call('briefs:intake'));
    // The real handler's answer, or its refusal as the window gets it.
    api.answer('delivery:answer', async (input: unknown) => {
      const env = await ws.send('delivery:answer', input as Input<'delivery:answer'>);
      if (!env.ok) throw new ApiCallError(env.error);
      return env.value;
    });
    render(<IntakeList />);
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((r) => r.querySelector('.cell-strong')?.textContent)).toEqual(['Winter Sale', 'Teaser', 'Agency pitch']);
    // The line's window runs to Friday 26 February; the brief asks for the 19th.
    await waitFor(() => expect(rows[0].lastElementChild?.textContent).toBe(`${formatDate('2027-02-26')}Late by 7 days`));
    expect(rows[1].lastElementChild?.textContent).toBe(`${formatDate('2027-01-08')}On time`);
    expect(rows[2].lastElementChild?.textContent).toBe('Can’t plan yet');
    expect(rows[2].lastElementChild?.querySelector('[title]')?.getAttribute('title')).toMatch(/no demand lines with a role/);
    expect(rows[2].textContent).toContain('No brief yet');
    expect(api.inputsOf('delivery:answer')).toContainEqual({ campaignId: a.id, earliestStart: '2027-01-04', requestedDate: null });
    cleanup();
    render(<IntakeList delivery={(r) => `by ${r.name}`} />);
    expect((await screen.findAllByRole('row'))[1].lastElementChild?.textContent).toBe('by Winter Sale');
  });

  it('asks again when free hours change, and stops when the list closes', async () => {
    const store = createAppStore();
    routeChanges(store);
    api.answer('delivery:answer', { finish: '2027-02-01', binding: { sentence: 'Nothing holds it back' } });
    await store.getState().estimateDeliveries([{ campaignId: 4, start: '2027-01-04' }]);
    const asked = () => api.inputsOf('delivery:answer').length;
    expect(asked()).toBe(1);
    // Two changes in a row ask once, after they pause.
    api.emit({ type: 'changed', change: { source: 'peer', areas: ['timeOff'] } });
    api.emit({ type: 'changed', change: { source: 'peer', areas: ['bookings'] } });
    await new Promise((r) => setTimeout(r, 0));
    expect(asked()).toBe(1);
    await new Promise((r) => setTimeout(r, REFRESH_PAUSE_MS + 50));
    expect(asked()).toBe(2);
    await store.getState().estimateDeliveries([]);
    api.emit({ type: 'changed', change: { source: 'peer', areas: ['bookings'] } });
    await new Promise((r) => setTimeout(r, REFRESH_PAUSE_MS + 50));
    expect(asked()).toBe(2);
  });
});

describe('the store’s reactions', () => {
  let store: ReturnType<typeof createAppStore>;
  beforeEach(() => {
    store = createAppStore();
    routeChanges(store);
  });
  async function announce(change: Omit<WorkspaceChange, 'source'>) {
    const from = api.calls.length;
    api.emit({ type: 'changed', change: { source: 'peer', ...change } });
    await new Promise((r) => setTimeout(r, 0));
    return api.calls.slice(from).map((c) => c.channel);
  }

  it('reload the open campaign’s brief when a change names it, and the intake and channels on a rename', async () => {
    api.answer('briefs:get', null);
    api.answer('briefs:intake', []);
    api.answer('marketingChannels:list', []);
    store.setState({ openCampaignId: 9 });
    await store.getState().loadBrief(9);
    expect(await announce({ areas: ['campaigns'], campaigns: [5] })).not.toContain('briefs:get');
    expect(await announce({ areas: ['campaigns'], campaigns: [9] })).toContain('briefs:get');
    expect(await announce({ areas: ['lookups'] })).not.toContain('briefs:intake');
    await store.getState().loadIntake();
    await store.getState().loadMarketingChannels();
    expect(await announce({ areas: ['lookups', 'campaigns'], campaigns: [] })).toEqual(expect.arrayContaining(['briefs:intake', 'marketingChannels:list']));
  });
});
