import type { HistoryState } from '@shared/contract';
import { call } from '../api';
import type { Toast, ToastStep } from './appSlice';
import type { Slice } from './types';

export interface HistorySlice {
  history: HistoryState;
  historyBusy: boolean;
  refreshHistory(): Promise<void>;
  /** After a successful write: a toast saying so, whose Undo undoes exactly that write's step. */
  announceChange(message: string): Promise<void>;
  /** The latest step Undo would act on, fresh from the main process (for a banner to name it). */
  latestStep(): Promise<number | null>;
  /** The toolbar and Ctrl+Z: the latest step, whatever it is. */
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** A toast's or banner's button: exactly `step`, refused (and said why) when another step is next. */
  undoStep(step: number): Promise<void>;
  redoStep(step: number): Promise<void>;
}

const NO_HISTORY: HistoryState = { undo: null, redo: null, undoStep: null, redoStep: null };

export const LATER_CHANGE = 'A later change was made; use Undo in the toolbar.';
const LATER_UNDO = 'Another step was undone or changed since; use Redo in the toolbar.';

/** Whether a toast's button still acts on the step it names, and if not, why. */
export function stepButton(step: ToastStep, history: HistoryState): { enabled: true } | { enabled: false; reason: string } {
  const next = step.direction === 'undo' ? history.undoStep : history.redoStep;
  if (next === step.id) return { enabled: true };
  return { enabled: false, reason: step.direction === 'undo' ? LATER_CHANGE : LATER_UNDO };
}

/**
 * Toasts whose step is gone go: an Undo whose step was undone (steps are undone newest first, so
 * every step after the next one to undo has been), and a Redo that is no longer next. An Undo
 * with later steps stays, disabled by `stepButton`, saying why.
 */
export function pruneStepToasts(toasts: Toast[], history: HistoryState): Toast[] {
  const kept = toasts.filter(({ step }) => {
    if (!step) return true;
    if (step.direction === 'redo') return history.redoStep === step.id;
    return history.undoStep !== null && step.id <= history.undoStep;
  });
  return kept.length === toasts.length ? toasts : kept;
}

type Direction = ToastStep['direction'];

export const createHistorySlice: Slice<HistorySlice> = (set, get) => {
  const setHistory = (history: HistoryState) => set((s) => ({ history, toasts: pruneStepToasts(s.toasts, history) }));

  // Steps run one after another: Ctrl+Z pressed three times quickly undoes three steps.
  let lastStep: Promise<void> = Promise.resolve();
  function step(direction: Direction, expected?: number): Promise<void> {
    lastStep = lastStep.then(() => stepNow(direction, expected));
    return lastStep;
  }

  async function stepNow(direction: Direction, expected?: number) {
    set({ historyBusy: true });
    try {
      const result = await call(direction === 'undo' ? 'history:undo' : 'history:redo', expected === undefined ? undefined : { step: expected });
      const { done, ...history } = result;
      setHistory(history);
      // The data on screen is refreshed by the change main announces after the step.
      if (done) {
        const back: Direction = direction === 'undo' ? 'redo' : 'undo';
        const id = back === 'redo' ? history.redoStep : history.undoStep;
        get().pushToast({ kind: 'info', message: `${direction === 'undo' ? 'Undone' : 'Redone'}: ${done}`, step: id === null ? undefined : { direction: back, id } });
      } else {
        get().pushToast({ kind: 'info', message: direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.' });
      }
    } catch (error) {
      // A refused step (code 'conflict') says why; the workspace is unchanged.
      get().showError(error);
      await get().refreshHistory();
    } finally {
      set({ historyBusy: false });
    }
  }

  return {
    history: NO_HISTORY,
    historyBusy: false,

    async refreshHistory() {
      try {
        setHistory(await call('history:state'));
      } catch {
        setHistory(NO_HISTORY);
      }
    },
    async announceChange(message) {
      const id = await get().latestStep();
      get().pushToast({ kind: 'success', message, step: id === null ? undefined : { direction: 'undo', id } });
    },
    async latestStep() {
      await get().refreshHistory();
      return get().history.undoStep;
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    undoStep: (id) => step('undo', id),
    redoStep: (id) => step('redo', id),
  };
};
