// The calendar's one seam to the app shell's store: toasts, with the shell's Undo action. Kept in
// one file so the seam is easy to move.

import { useStore } from '../../store';

/** A change saved: a success toast with Undo, and the history state refreshed. */
export function notifySaved(message: string): void {
  void useStore.getState().announceChange(message);
}

/** A change refused: the API's words in an error toast. */
export function notifyRefused(message: string): void {
  useStore.getState().pushToast({ kind: 'error', message });
}
