import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Toasts } from '../../renderer/components/Toasts';
import { useStore } from '../../renderer/store';
import { routeChanges } from '../../renderer/store/events';
import { LATER_CHANGE, pruneStepToasts, stepButton } from '../../renderer/store/historySlice';
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

describe('the toast step rule', () => {
  const history = (undoStep: number | null, redoStep: number | null) => ({ undo: undoStep === null ? null : 'x', redo: redoStep === null ? null : 'y', undoStep, redoStep });
  const toast = (id: number, direction: 'undo' | 'redo', step: number) => ({ id, kind: 'info' as const, message: `t${id}`, step: { direction, id: step } });

  it('enables a button only while its step is next, and says why otherwise', () => {
    expect(stepButton({ direction: 'undo', id: 5 }, history(5, null))).toEqual({ enabled: true });
    expect(stepButton({ direction: 'undo', id: 4 }, history(5, null))).toEqual({ enabled: false, reason: LATER_CHANGE });
    expect(stepButton({ direction: 'redo', id: 6 }, history(5, 6))).toEqual({ enabled: true });
    expect(stepButton({ direction: 'redo', id: 7 }, history(5, 6))).toMatchObject({ enabled: false });
  });

  it('drops toasts whose step is gone: undone, or a Redo no longer next; keeps an Undo with later steps', () => {
    const toasts = [toast(1, 'undo', 3), toast(2, 'undo', 5), toast(3, 'redo', 6), { id: 4, kind: 'error' as const, message: 'Disk full' }];
    expect(pruneStepToasts(toasts, history(5, 6))).toBe(toasts);
    // Step 5 undone: its Undo goes, step 3's stays (disabled until 4 is undone too); Redo of 6 is no longer next.
    expect(pruneStepToasts(toasts, history(4, 5)).map((t) => t.id)).toEqual([1, 4]);
    // A new change after an undo drops every redo.
    expect(pruneStepToasts(toasts, history(9, null)).map((t) => t.id)).toEqual([1, 2, 4]);
    // Nothing left to undo (e.g. after a restore): every step toast goes.
    expect(pruneStepToasts(toasts, history(null, null)).map((t) => t.id)).toEqual([4]);
  });
});
