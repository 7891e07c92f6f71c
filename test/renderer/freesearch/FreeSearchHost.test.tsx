import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FreePerson, FreeSearchResult } from '@shared/contract';
import { FreeSearchHost } from '../../../renderer/features/freesearch/FreeSearchHost';
import { useStore } from '../../../renderer/store';
import { applyChange } from '../../../renderer/store/changes';
import { installFakeApi, type FakeApi } from '../fakeApi';

// The "Who's free?" panel over a fake API: what it asks for, what it draws, and what Book opens.

const motion = { id: 2, name: 'Motion Designer', utilisationTarget: 80, colour: '#f97316' };
const kofi: FreePerson = {
  id: 11, name: 'Kofi Walsh', kind: 'freelancer', primaryRoleId: 2, team: null,
  freeHours: 24, capacityHours: 32, bookedHours: 8, tentativeHours: 0, freeShare: 0.75,
  days: {
    free: [0, 8, 8, 8, 0, 0, 0],
    capacity: [0, 8, 8, 8, 8, 0, 0],
    booked: [0, 0, 0, 0, 8, 0, 0],
    status: ['holiday', 'work', 'work', 'work', 'work', 'off', 'inactive'],
  },
  suggestion: { start: '2030-01-22', end: '2030-01-24', hoursPerDay: 8, days: 3, totalHours: 24 },
};
const answer: FreeSearchResult = { range: { start: '2030-01-21', end: '2030-01-27' }, matched: 3, total: 1, people: [kofi] };

let api: FakeApi;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2030-01-15T10:00:00'));
  api = installFakeApi();
  api.answer('availability:search', answer);
  api.answer('talent:list', [{ id: 11, name: 'Kofi Walsh', primaryRoleId: 2, otherRoleIds: [] }]);
  useStore.setState({ roles: [motion], skills: [], freeOpen: false, freeResult: null, freeBooking: null });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("who's free panel", () => {
  it('opens on Ctrl+K for next week, and a toolbar word picks the role', async () => {
    render(<FreeSearchHost />);
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    await screen.findByRole('dialog', { name: "Who's free?" });
    expect(api.inputsOf('availability:search')[0]).toMatchObject({ range: { start: '2030-01-21', end: '2030-01-27' }, skills: [], kinds: [], minHours: 0 });
    act(() => useStore.getState().closeFreeSearch());
    act(() => useStore.getState().openFreeSearch('motion'));
    await waitFor(() => expect(api.inputsOf('availability:search').at(-1)).toMatchObject({ roleId: 2 }));
    expect((screen.getByRole('combobox', { name: 'Role' }) as HTMLSelectElement).value).toBe('2');
  });

  it('lists the people with their days titled, and says how many match', async () => {
    render(<FreeSearchHost />);
    act(() => useStore.getState().openFreeSearch());
    const row = (await screen.findByText('Kofi Walsh')).closest('li') as HTMLElement;
    expect(screen.getByText(/1 of 3 people who match is free/)).toBeTruthy();
    expect(within(row).getByText('24 h free')).toBeTruthy();
    const titles = [...row.querySelectorAll('.ft-day')].map((d) => d.getAttribute('title'));
    expect(titles[0]).toMatch(/public holiday$/);
    expect(titles[1]).toMatch(/8 h free of 8 h$/);
    expect(titles[4]).toMatch(/0 h free of 8 h$/);
    expect(titles[5]).toMatch(/not a working day$/);
    expect(titles[6]).toMatch(/outside their contract$/);
    expect(within(row).getByText(/3 days × 8 h/)).toBeTruthy();
  });

  it('moves between the Book buttons with the arrow keys', async () => {
    const ada = { ...kofi, id: 12, name: 'Ada Quinn', freeHours: 16 };
    api.answer('availability:search', { ...answer, total: 2, people: [kofi, ada] });
    render(<FreeSearchHost />);
    act(() => useStore.getState().openFreeSearch());
    const first = await screen.findByRole('button', { name: 'Book Kofi Walsh' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Book Ada Quinn' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
  });

  it('Book opens the booking editor with the person, days and hours filled in', async () => {
    render(<FreeSearchHost />);
    act(() => useStore.getState().openFreeSearch());
    fireEvent.click(await screen.findByRole('button', { name: 'Book Kofi Walsh' }));
    const editor = await screen.findByRole('dialog', { name: 'New booking' });
    expect((within(editor).getByLabelText('Person') as HTMLSelectElement).value).toBe('11');
    expect((within(editor).getByLabelText('From') as HTMLInputElement).value).toBe('2030-01-22');
    expect((within(editor).getByLabelText('To') as HTMLInputElement).value).toBe('2030-01-24');
    expect((within(editor).getByLabelText('Hours a day') as HTMLInputElement).value).toBe('8');
  });

  it('searches again when main announces a booking change while it is open', async () => {
    render(<FreeSearchHost />);
    act(() => useStore.getState().openFreeSearch());
    await screen.findByText('Kofi Walsh');
    const before = api.inputsOf('availability:search').length;
    applyChange(useStore.getState(), { areas: ['campaigns'], source: 'peer' });
    applyChange(useStore.getState(), { areas: ['bookings'], source: 'peer' });
    await waitFor(() => expect(api.inputsOf('availability:search').length).toBe(before + 1));
  });
});
