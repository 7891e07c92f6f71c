import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Talent } from '@shared/domain';
import { BookingDialog } from '../../../renderer/features/calendar/BookingDialog';
import { newDraft } from '../../../renderer/features/calendar/bookingDraft';
import { noFilters } from '../../../renderer/features/calendar/filters';
import { emptyLookups, type Lookups } from '../../../renderer/features/calendar/lookups';

const ada = { id: 1, name: 'Ada Lovelace', primaryRoleId: 1, otherRoleIds: [] } as unknown as Talent;
const spring = { id: 7, name: 'Spring Launch', client: 'Acme', colour: '#0c8599' } as never;
const lookups: Lookups = { ...emptyLookups, talent: [ada], talentById: new Map([[1, ada]]), campaigns: [spring], campaignById: new Map([[7, spring]]) };

function api(answer: (channel: string, input: unknown) => unknown) {
  const invoke = vi.fn(async (channel: string, input: unknown) => answer(channel, input));
  window.api = { invoke, onEvent: () => () => undefined } as never;
  return invoke;
}

afterEach(cleanup);

describe('BookingDialog', () => {
  it('books with the context’s person and campaign when Enter is pressed', async () => {
    const invoke = api((channel) => (channel === 'demandLines:list' ? { ok: true, value: [] } : { ok: true, value: { id: 9 } }));
    const onDone = vi.fn();
    render(<BookingDialog initial={newDraft('2030-01-07', '2030-01-10', { ...noFilters, talentId: 1, campaignId: 7 })} lookups={lookups} onDone={onDone} onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Hours a day'), { target: { value: '6' } });
    fireEvent.submit(screen.getByLabelText('Note').closest('form')!);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Booked'));
    expect(invoke).toHaveBeenCalledWith('bookings:create', {
      talentId: 1, campaignId: 7, demandLineId: null, start: '2030-01-07', end: '2030-01-10', hoursPerDay: 6, status: 'tentative', note: '',
    });
  });

  it('shows an API error next to its field', async () => {
    api((channel) =>
      channel === 'demandLines:list' ? { ok: true, value: [] } : { ok: false, error: { code: 'invalid_input', message: 'Start: the contract ends on 2030-01-31', field: 'start' } },
    );
    render(<BookingDialog initial={newDraft('2030-02-03', '2030-02-04', { ...noFilters, talentId: 1, campaignId: 7 })} lookups={lookups} onDone={() => undefined} onClose={() => undefined} />);
    fireEvent.submit(screen.getByLabelText('Note').closest('form')!);
    const message = await screen.findByText('the contract ends on 2030-01-31');
    expect(message.closest('.field')?.querySelector('input')?.value).toBe('2030-02-03');
  });

  it('asks for a person before calling the API, and closes on Escape', async () => {
    const invoke = api(() => ({ ok: true, value: [] }));
    const onClose = vi.fn();
    render(<BookingDialog initial={newDraft('2030-01-07', '2030-01-07', noFilters)} lookups={lookups} onDone={() => undefined} onClose={onClose} />);
    fireEvent.submit(screen.getByLabelText('Note').closest('form')!);
    expect(await screen.findByText('Choose a person')).toBeTruthy();
    expect(invoke).not.toHaveBeenCalledWith('bookings:create', expect.anything());
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
