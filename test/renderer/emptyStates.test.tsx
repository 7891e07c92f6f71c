import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignSummary, DemandLineSummary, Snapshot } from '@shared/contract';
import { DemandLinesCard } from '../../renderer/features/campaigns/DemandLinesCard';
import { ScheduleEmpty } from '../../renderer/features/schedule/ScheduleEmpty';
import { EmptySnapshot, SnapshotGapNote, snapshotGap } from '../../renderer/features/snapshots/SnapshotEmpty';
import { OpenDemand } from '../../renderer/features/staffing/OpenDemand';
import { NO_TALENT_FILTER } from '../../renderer/lib/talentFilter';
import { useStore } from '../../renderer/store';
import { NO_OPEN_DEMAND_FILTER } from '../../renderer/store/staffingSlice';
import { installFakeApi, type FakeApi } from './fakeApi';

// Empty states say what to do and offer the way there; the open-demand list filters by campaign
// and text (held in the staffing slice); "Find a person" is a labelled button, not a hover icon.

const RANGE = { start: '2030-01-14', end: '2030-04-07' };
const campaign = (id: number, name: string, client: string): CampaignSummary => ({
  id, externalId: null, name, client, owner: '', status: 'confirmed', probability: 100, priority: 3, start: '2030-01-01', end: '2030-06-30',
  budget: 10_000, currency: 'GBP', colour: '#3b5bdb', notes: '', demandHours: 0, bookedHours: 0, openHours: 0,
} as unknown as CampaignSummary);
const line = (id: number, campaignId: number, roleId: number | null, note = ''): DemandLineSummary => ({
  id, campaignId, roleId, skills: [], hours: 80, start: '2030-01-20', end: '2030-02-20', priority: 3, note, bookedHours: 20, openHours: 60,
});

let api: FakeApi;
beforeEach(() => {
  api = installFakeApi();
  useStore.setState({
    view: 'staffing', openDemand: null, openDemandFilter: NO_OPEN_DEMAND_FILTER,
    roles: [{ id: 1, name: 'Designer', utilisationTarget: 80, colour: '#333' }, { id: 2, name: 'Motion designer', utilisationTarget: 80, colour: '#444' }],
  });
  useStore.getState().setSchedule({ filters: NO_TALENT_FILTER });
});
afterEach(() => cleanup());

describe('Staffing', () => {
  it('with no open demand, says to add demand to a campaign and goes there', async () => {
    render(<OpenDemand range={RANGE} onFind={() => {}} />);
    await screen.findByText('No open demand in this range');
    expect(document.querySelector('.empty')!.textContent).toContain('Add demand to a campaign');
    fireEvent.click(screen.getByRole('button', { name: 'Go to Campaigns' }));
    expect(useStore.getState().view).toBe('campaigns');
  });

  it('filters the open demand by campaign and by text, and clears the filters', async () => {
    api.answer('campaigns:list', [campaign(7, 'Spring Launch', 'Northwind'), campaign(8, 'Autumn Teaser', 'Contoso')]);
    api.answer('demandLines:list', [line(1, 7, 1), line(2, 7, 2, 'hero film'), line(3, 8, 2), line(4, 8, null)]);
    render(<OpenDemand range={RANGE} onFind={() => {}} />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-line-id]')).toHaveLength(4));
    const shown = () => [...document.querySelectorAll('tr[data-line-id]')].map((r) => Number(r.getAttribute('data-line-id'))).sort();

    const select = screen.getByLabelText('Campaign') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['All campaigns', 'Autumn Teaser', 'Spring Launch']);
    fireEvent.change(select, { target: { value: '8' } });
    expect(shown()).toEqual([3, 4]);
    expect(useStore.getState().openDemandFilter).toEqual({ campaignId: 8, text: '' });
    expect(document.querySelector('.sf-open-demand .sub')!.textContent).toContain('2 of 4 lines shown, 120 h open');

    fireEvent.change(select, { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Search open demand'), { target: { value: 'MOTION' } });
    expect(shown()).toEqual([2, 3]);
    fireEvent.change(screen.getByLabelText('Search open demand'), { target: { value: 'motion hero' } });
    expect(shown()).toEqual([2]);
    fireEvent.change(screen.getByLabelText('Search open demand'), { target: { value: 'contoso' } });
    expect(shown()).toEqual([3, 4]);
    fireEvent.change(screen.getByLabelText('Search open demand'), { target: { value: 'nobody' } });
    expect(shown()).toEqual([]);
    screen.getByText('No open line matches these filters.');

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shown()).toEqual([1, 2, 3, 4]);
    expect(useStore.getState().openDemandFilter).toEqual(NO_OPEN_DEMAND_FILTER);
  });

  it('"Find a person" on a campaign\'s demand line is a labelled button outside the hover-only actions', async () => {
    render(<DemandLinesCard campaign={campaign(7, 'Spring Launch', 'Northwind')} lines={[line(1, 7, 1), { ...line(2, 7, 2), bookedHours: 80, openHours: 0 }]} />);
    const buttons = screen.getAllByRole('button', { name: 'Find a person' });
    expect(buttons).toHaveLength(1); // the filled line has none
    expect(buttons[0].textContent).toBe('Find a person');
    expect(buttons[0].closest('.row-actions')).toBeNull();
    fireEvent.click(buttons[0]);
    await waitFor(() => expect(api.inputsOf('staffing:rank')).toEqual([expect.objectContaining({ demandLineId: 1 })]));
  });
});

describe('Schedule', () => {
  it('with nobody and no filter, says to add people (not "no one matches") and goes to People', () => {
    render(<ScheduleEmpty />);
    expect(screen.queryByText(/matches these filters/)).toBeNull();
    screen.getByText('No one to schedule yet');
    fireEvent.click(screen.getByRole('button', { name: 'Add people' }));
    expect(useStore.getState().view).toBe('people');
  });

  it('with a filter that leaves nobody, says so and clears it', () => {
    act(() => useStore.getState().setSchedule({ filters: { ...NO_TALENT_FILTER, text: 'zz' } }));
    render(<ScheduleEmpty />);
    screen.getByText('No one matches these filters');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(useStore.getState().schedule.filters).toEqual(NO_TALENT_FILTER);
    screen.getByText('No one to schedule yet');
  });
});

describe('Snapshots', () => {
  const snap = (counts: { people: number; lines: number; bookings: number }) =>
    ({ settings: { range: { start: '2030-01-14', end: '2030-04-07' } }, headline: { counts: { roles: 0, campaigns: 0, overAllocationRuns: 0, ...counts } } }) as unknown as Snapshot;

  it('an empty snapshot says what it needs, with the way to People and Campaigns', () => {
    const s = snap({ people: 0, lines: 0, bookings: 0 });
    expect(snapshotGap(s)).toBe('empty');
    render(<EmptySnapshot snapshot={s} />);
    const text = document.querySelector('.empty')!.textContent!;
    expect(text).toContain('This snapshot has nothing in it');
    expect(text).toMatch(/add people with their working weeks, and demand lines to campaigns/);
    fireEvent.click(screen.getByRole('button', { name: 'Go to Campaigns' }));
    expect(useStore.getState().view).toBe('campaigns');
  });

  it('a snapshot without people, or without work, says which', () => {
    expect(snapshotGap(snap({ people: 3, lines: 2, bookings: 5 }))).toBeNull();
    const { unmount } = render(<SnapshotGapNote gap={snapshotGap(snap({ people: 0, lines: 2, bookings: 0 }))} />);
    expect(screen.getByRole('note').textContent).toContain('no capacity to measure demand against');
    unmount();
    render(<SnapshotGapNote gap={snapshotGap(snap({ people: 4, lines: 0, bookings: 0 }))} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Nothing was booked or asked for');
    within(note).getByRole('button', { name: 'Go to People' });
  });
});
