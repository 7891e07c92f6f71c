import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CampaignSummaryCard } from '../../../renderer/features/campaigns/CampaignSummaryCard';
import { tempWorkspace, type TestWorkspace } from '../../electron/helpers/workspace';
import { messyStudio } from '../../electron/snapshots/messyStudio';

// The campaign page's figures as the handler table returns them for the messy studio: Brand
// Refresh has a 100 h designer line still open and 210 h booked on no line.

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => {
  cleanup();
  ws.close();
});

const stat = (label: string) => screen.getByText(label, { selector: '.stat-label' }).parentElement!.textContent;

describe('the campaign page’s summary', () => {
  it('shows work booked outside the plan apart from demand, never as a share of it beyond 100 %', async () => {
    const s = await messyStudio(ws);
    render(<CampaignSummaryCard c={await ws.call('campaigns:get', { id: s.brand.id })} />);
    expect(stat('Demand')).toBe('Demand100 h');
    expect(stat('Booked on it')).toBe('Booked on it0 h0% of demand');
    expect(stat('Still open')).toBe('Still open100 h');
    expect(stat('Booked outside the plan')).toBe('Booked outside the plan210 hOn no demand line: fills none of it');
    expect(document.body.textContent).not.toMatch(/210 ?% of demand/);
  });

  it('says nothing about outside the plan when every booking is on a line', async () => {
    const s = await messyStudio(ws);
    render(<CampaignSummaryCard c={await ws.call('campaigns:get', { id: s.newYear.id })} />);
    expect(screen.queryByText('Booked outside the plan')).toBeNull();
    expect(stat('Still open')).toBe('Still open132 h');
  });

  it('says when a cancelled or lost campaign still has bookings, and nothing is still open on it', async () => {
    const s = await messyStudio(ws);
    for (const [status, word] of [['cancelled', 'cancelled'], ['lost', 'lost'], ['on_hold', 'on hold']] as const) {
      await ws.call('campaigns:update', { id: s.brand.id, status });
      render(<CampaignSummaryCard c={await ws.call('campaigns:get', { id: s.brand.id })} />);
      expect(stat('Still open')).toBe('Still open0 h');
      expect(screen.getByRole('note').textContent).toMatch(new RegExp(`^This campaign is ${word}, but 210 h are still booked on it`));
      cleanup();
    }
    await ws.call('campaigns:update', { id: s.brand.id, status: 'confirmed' });
    render(<CampaignSummaryCard c={await ws.call('campaigns:get', { id: s.brand.id })} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('the campaign page’s demand lines', () => {
  it('calls a cancelled campaign’s unbooked lines not needed, not filled', async () => {
    const { DemandLinesCard } = await import('../../../renderer/features/campaigns/DemandLinesCard');
    const s = await messyStudio(ws);
    const lines = await ws.call('demandLines:list', { campaignIds: [s.newYear.id] });
    const show = async () => {
      cleanup();
      render(<DemandLinesCard campaign={await ws.call('campaigns:get', { id: s.newYear.id })} lines={await ws.call('demandLines:list', { campaignIds: [s.newYear.id] })} />);
    };
    await show();
    expect(screen.queryByText('Not needed')).toBeNull();
    await ws.call('campaigns:update', { id: s.newYear.id, status: 'cancelled' });
    await show();
    const unfilled = lines.filter((l) => l.bookedHours < l.hours).length;
    expect(unfilled).toBeGreaterThan(0);
    expect(screen.getAllByText('Not needed')).toHaveLength(unfilled);
    expect(screen.queryAllByText('Filled')).toHaveLength(lines.length - unfilled);
  });
});
