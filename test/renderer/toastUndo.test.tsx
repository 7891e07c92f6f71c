import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Toasts } from '../../renderer/components/Toasts';
import { useStore } from '../../renderer/store';
import { routeChanges } from '../../renderer/store/events';
import { LATER_CHANGE } from '../../renderer/store/historySlice';
import { installFakeApi, type FakeApi } from './fakeApi';

let api: FakeApi;
let off: () => void;
/** What main's history would say after each write, as `history:state` answers. */
let steps: { label: string; id: number }[];

beforeEach(() => {
  api = installFakeApi();
  steps = [];
  api.answer('history:state', () => {
    const top = steps.at(-1);
    return { undo: top?.label ?? null, redo: null, undoStep: top?.id ?? null, redoStep: null };
  });
  useStore.setState({ toasts: [], history: { undo: null, redo: null, undoStep: null, redoStep: null }, historyBusy: false });
  off = routeChanges(useStore);
});
afterEach(() => {
  off();
  cleanup();
});

async function write(label: string, id: number, message: string) {
  steps.push({ label, id });
  await act(() => useStore.getState().announceChange(message));
}

const toast = (message: string) => screen.getByText(message).closest('.toast') as HTMLElement;
const undoIn = (message: string) => within(toast(message)).getByRole('button', { name: 'Undo' }) as HTMLButtonElement;

describe("a toast's Undo", () => {
  it('undoes exactly its own step, and is disabled saying why once a later change exists', async () => {
    render(<Toasts />);
    // Two changes with the same label: only the step tells them apart.
    await write("Move Ada Lovelace's booking", 11, 'Moved Spring for Ada');
    expect(undoIn('Moved Spring for Ada').disabled).toBe(false);
    await write("Move Ada Lovelace's booking", 12, 'Moved Summer for Ada');

    const older = undoIn('Moved Spring for Ada');
    expect(older.disabled).toBe(true);
    expect(within(toast('Moved Spring for Ada')).getByText(LATER_CHANGE)).toBeTruthy();
    expect(document.getElementById(older.getAttribute('aria-describedby') ?? '')?.textContent).toBe(LATER_CHANGE);
    fireEvent.click(older);
    expect(api.channels()).not.toContain('history:undo');

    api.answer('history:undo', { done: "Move Ada Lovelace's booking", undo: "Move Ada Lovelace's booking", undoStep: 11, redo: "Move Ada Lovelace's booking", redoStep: 12 });
    fireEvent.click(undoIn('Moved Summer for Ada'));
    await waitFor(() => expect(api.inputsOf('history:undo')).toEqual([{ step: 12 }]));
    // Its step undone, the older toast names the step that is now last: its Undo works again.
    await waitFor(() => expect(undoIn('Moved Spring for Ada').disabled).toBe(false));
    expect(screen.getByText("Undone: Move Ada Lovelace's booking")).toBeTruthy();
  });

  it('is disabled by a change another view made, announced by main, and says why', async () => {
    render(<Toasts />);
    await write('Add Ada', 3, 'Ada added');
    expect(undoIn('Ada added').disabled).toBe(false);
    // The Schedule saved a move: no toast of ours, but main announces it.
    steps.push({ label: 'Move 2 bookings', id: 4 });
    await act(async () => {
      api.emit({ type: 'changed', change: { areas: ['bookings'], source: 'window', campaigns: [9] } });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(undoIn('Ada added').disabled).toBe(true);
    expect(within(toast('Ada added')).getByText(LATER_CHANGE)).toBeTruthy();
  });

  it('Ctrl+Z and the toolbar undo the latest step without naming one', async () => {
    api.answer('history:undo', { done: 'Add Ada', undo: null, undoStep: null, redo: 'Add Ada', redoStep: 3 });
    await act(() => useStore.getState().undo());
    expect(api.inputsOf('history:undo')).toEqual([undefined]);
  });
});
