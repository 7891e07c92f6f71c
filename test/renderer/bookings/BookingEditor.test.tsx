import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BookingCheckResult } from '@shared/contract';
import { BookingEditor } from '../../../renderer/features/bookings/BookingEditor';
import { hoursPerDayOf, newBookingDraft } from '../../../renderer/features/bookings/draft';

const ada = { id: 1, name: 'Ada Lovelace', primaryRoleId: 1, otherRoleIds: [] };
const spring = { id: 7, name: 'Spring Launch', client: 'Acme', status: 'confirmed', colour: '#0c8599' };
// Priya-like: Mon–Thu 7.5 h, Thu 4 h; a week of four working days, 26.5 h of capacity.
const check = (over: Partial<BookingCheckResult> = {}): BookingCheckResult => ({
  message: null, days: [], hoursPerDay: 4, totalHours: 16, workingDays: 4, capacityHours: 26.5, patternHours: { min: 4, max: 7.5 }, personName: 'Ada Lovelace',
  range: { start: '2030-01-07', end: '2030-01-11' }, ...over,
});

function api(answers: Record<string, (input: Record<string, unknown>) => unknown>) {
  const invoke = vi.fn(async (channel: string, input: Record<string, unknown>) => {
    if (answers[channel]) return answers[channel](input);
    if (channel === 'talent:list') return { ok: true, value: [ada] };
    if (channel === 'campaigns:list') return { ok: true, value: [spring] };
    if (channel === 'demandLines:list') return { ok: true, value: [] };
    if (channel === 'bookings:check') return { ok: true, value: check({ hoursPerDay: (input.hoursPerDay as number) ?? 4 }) };
    return { ok: true, value: { id: 9, talentId: 1, campaignId: 7, totalHours: 16 } };
  });
  window.api = { invoke, onEvent: () => () => undefined } as never;
  return invoke;
}
const draft = () => newBookingDraft({ talentId: 1, campaignId: 7, start: '2030-01-07', end: '2030-01-11' });
const submit = () => fireEvent.submit(screen.getByLabelText('Note').closest('form')!);

afterEach(cleanup);

describe('the booking editor', () => {
  it('defaults hours a day from the person’s pattern, shows the working days and total, and books on Enter', async () => {
    const invoke = api({});
    const onDone = vi.fn();
    render(<BookingEditor initial={draft()} onDone={onDone} onClose={() => undefined} />);
    expect(await screen.findByText('4 working days · 16 h')).toBeTruthy();
    expect((screen.getByLabelText('Hours a day') as HTMLInputElement).placeholder).toBe('4');
    submit();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith('bookings:create', {
      talentId: 1, campaignId: 7, demandLineId: null, start: '2030-01-07', end: '2030-01-11', hoursPerDay: 4, status: 'tentative', note: '', allowOverAllocation: false,
    });
  });

  it('takes a total over the dates or a share of capacity instead of hours a day', async () => {
    const c = check();
    expect(hoursPerDayOf({ ...draft(), mode: 'total', amount: '40' }, c)).toBe(10);
    expect(hoursPerDayOf({ ...draft(), mode: 'share', amount: '50' }, c)).toBeCloseTo(3.3125, 3);
    expect(hoursPerDayOf({ ...draft(), mode: 'perDay', amount: '' }, c)).toBe(4);
    // 100 % spread evenly would be 6.625 h a day, over the 4 h Thursday: held at the shortest day.
    expect(hoursPerDayOf({ ...draft(), mode: 'share', amount: '100' }, c)).toBe(4);
    expect(hoursPerDayOf({ ...draft(), mode: 'share', amount: '100' }, check({ capacityHours: 30, patternHours: { min: 7.5, max: 7.5 } }))).toBe(7.5);
    const invoke = api({});
    render(<BookingEditor initial={draft()} onDone={() => undefined} onClose={() => undefined} />);
    await screen.findByText('4 working days · 16 h');
    fireEvent.click(screen.getByRole('button', { name: 'Total' }));
    fireEvent.change(screen.getByLabelText('Total hours'), { target: { value: '30' } });
    expect(await screen.findByText('4 working days · 30 h')).toBeTruthy();
    expect(screen.getByText(/7\.5 h a day/)).toBeTruthy();
    submit();
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('bookings:create', expect.objectContaining({ hoursPerDay: 7.5 })));
  });

  it('holds a share of uneven days at the shortest day and says so', async () => {
    api({});
    render(<BookingEditor initial={draft()} onDone={() => undefined} onClose={() => undefined} />);
    await screen.findByText('4 working days · 16 h');
    fireEvent.click(screen.getByRole('button', { name: '% of capacity' }));
    fireEvent.change(screen.getByLabelText('Share of capacity (%)'), { target: { value: '100' } });
    expect(await screen.findByText(/Held at 4 h a day, their shortest working day/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Share of capacity (%)'), { target: { value: '40' } });
    await waitFor(() => expect(screen.queryByText(/Held at/)).toBeNull());
  });

  it('warns inline before saving, saying why for each day, and "Save anyway" sends allowOverAllocation', async () => {
    const days = [
      { date: '2030-01-08', booked: 6, capacity: 0, alreadyOver: false, reason: { kind: 'time_off', type: 'vacation', partial: false }, why: 'vacation (time off)' },
      { date: '2030-01-10', booked: 6, capacity: 4, alreadyOver: false, reason: { kind: 'over_capacity' }, why: 'more than capacity: 6 h booked of 4 h' },
    ] as BookingCheckResult['days'];
    const invoke = api({ 'bookings:check': (input) => ({ ok: true, value: check({ hoursPerDay: (input.hoursPerDay as number) ?? 4, days: input.hoursPerDay === 6 ? days : [] }) }) });
    render(<BookingEditor initial={{ ...draft(), amount: '6' }} onDone={() => undefined} onClose={() => undefined} />);
    expect(await screen.findByText('This would over-allocate Ada Lovelace on 2 days')).toBeTruthy();
    expect(screen.getByText('vacation (time off)')).toBeTruthy();
    expect(screen.getByText('more than capacity')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('bookings:create', expect.objectContaining({ hoursPerDay: 6, allowOverAllocation: true })));
  });

  it('shows a refused write’s days and why, and writes nothing until Save anyway', async () => {
    const refusal = { people: [{ talentId: 1, name: 'Ada Lovelace', days: [{ date: '2030-01-09', booked: 7.5, capacity: 0, reason: { kind: 'holiday', name: 'Ascension Day' }, why: 'Ascension Day (public holiday)' }] }] };
    api({ 'bookings:create': (input) => (input.allowOverAllocation ? { ok: true, value: { id: 9, totalHours: 30 } } : { ok: false, error: { code: 'over_allocated', message: 'Ada Lovelace would be over-allocated', overAllocation: refusal } }) });
    const onDone = vi.fn();
    render(<BookingEditor initial={draft()} onDone={onDone} onClose={() => undefined} />);
    await screen.findByText('4 working days · 16 h');
    submit();
    expect(await screen.findByText('Ascension Day (public holiday)')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('asks for a person before calling the API, and closes on Escape', async () => {
    const invoke = api({});
    const onClose = vi.fn();
    render(<BookingEditor initial={newBookingDraft({ start: '2030-01-07', end: '2030-01-07' })} onDone={() => undefined} onClose={onClose} />);
    submit();
    expect(await screen.findByText('Choose a person')).toBeTruthy();
    expect(screen.getByText('Choose a campaign')).toBeTruthy();
    expect(invoke).not.toHaveBeenCalledWith('bookings:create', expect.anything());
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
