import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CampaignSummary, Input } from '@shared/contract';
import { ApiCallError } from '../../../renderer/api';
import { DeliveryBand, useDeliveryBands } from '../../../renderer/features/schedule/DeliveryBand';
import { formatDate } from '../../../renderer/lib/format';
import { useStore } from '../../../renderer/store';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../../electron/helpers/workspace';
import { installFakeApi, type FakeApi } from '../fakeApi';

// The open-demand panel's band: each campaign's earliest delivery (the real handler's answer)
// against the campaign's end.

let ws: TestWorkspace;
let api: FakeApi;
beforeEach(() => {
  ws = tempWorkspace();
  api = installFakeApi();
  api.answer('delivery:answer', async (input: unknown) => {
    const env = await ws.send('delivery:answer', input as Input<'delivery:answer'>);
    if (!env.ok) throw new ApiCallError(env.error);
    return env.value;
  });
});
afterEach(() => {
  cleanup();
  ws.close();
});

function Bands({ campaigns }: { campaigns: CampaignSummary[] }) {
  useDeliveryBands(campaigns);
  return (
    <ul>
      {campaigns.map((c) => (
        <li key={c.id} data-testid={c.name}>
          <DeliveryBand campaign={c} />
        </li>
      ))}
    </ul>
  );
}

describe('the delivery band', () => {
  it('shows each campaign’s earliest delivery, after its end or by it, and why a campaign has none', async () => {
    const s = await smallStudio(ws);
    // Ada, the one designer, is booked in full Monday to Wednesday 8–10 March, when the teaser should happen.
    await ws.call('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, start: '2027-03-08', end: '2027-03-10', hoursPerDay: 7.5, status: 'confirmed' });
    const tight = await ws.call('campaigns:create', { name: 'Tight teaser', status: 'pipeline', start: '2027-03-08', end: '2027-03-10' });
    await ws.call('demandLines:create', { campaignId: tight.id, roleId: s.designer.id, hours: 12, start: '2027-03-08', end: '2027-03-10' });
    const roomy = await ws.call('campaigns:create', { name: 'Roomy refresh', status: 'pipeline', start: '2027-03-15', end: '2027-04-30' });
    await ws.call('demandLines:create', { campaignId: roomy.id, roleId: s.designer.id, hours: 10, start: '2027-03-15', end: '2027-03-19' });
    const empty = await ws.call('campaigns:create', { name: 'No lines', status: 'pipeline', start: '2027-03-15', end: '2027-04-30' });
    const all = await ws.call('campaigns:list', {});
    // The teaser's 12 h fit on Thursday and Friday, the first free days: it finishes on the 12th.
    const pick = (id: number) => all.find((c) => c.id === id)!;
    render(<Bands campaigns={[pick(tight.id), pick(roomy.id), pick(empty.id)]} />);
    expect(await screen.findByText(`Earliest delivery ${formatDate('2027-03-12')} · 2 days after its end`)).toBeTruthy();
    expect(await screen.findByText(`Earliest delivery ${formatDate('2027-03-19')} · by its end`)).toBeTruthy();
    const none = await screen.findByText('Delivery can’t be worked out yet');
    expect(none.getAttribute('title')).toMatch(/no demand lines with a role/);
    expect(useStore.getState().deliveryPitches.map((p) => p.campaignId)).toEqual([tight.id, roomy.id, empty.id]);
    cleanup();
    expect(useStore.getState().deliveryPitches).toEqual([]);
  });

  it('for a campaign under way, plans only its open hours from today and says how much is booked', async () => {
    const s = await smallStudio(ws);
    // Spring Launch's designer line (120 h, March) has 75 h booked on Ada, 1–12 March; today is Monday 15 March.
    await ws.call('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, demandLineId: s.line.id, start: '2027-03-01', end: '2027-03-12', hoursPerDay: 7.5, status: 'confirmed' });
    await ws.call('campaigns:update', { id: s.spring.id, end: '2027-03-31' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-15T10:00:00'));
    try {
      const spring = (await ws.call('campaigns:list', {})).find((c) => c.id === s.spring.id)!;
      render(<Bands campaigns={[spring]} />);
      // The open 45 h fit by the line's end; replanning all 120 h from today (Ada alone, Easter off) runs past it.
      const band = await screen.findByText(`Earliest delivery ${formatDate('2027-03-31')} · by its end`);
      expect(band.getAttribute('title')).toContain('75 h of 120 h already booked; the open 45 h can be done by 31 March 2027.');
      const replanned = await ws.call('delivery:answer', { campaignId: s.spring.id, earliestStart: '2027-03-15', ownBookingsFree: true });
      expect(replanned.finish! > '2027-03-31').toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
