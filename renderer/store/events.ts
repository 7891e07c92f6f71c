import type { StoreApi } from 'zustand';
import { onAppEvent } from '../api';
import { applyChange } from './changes';
import type { StoreState } from './types';

/**
 * The window's one route for the changes the main process announces after every committed write:
 * each goes to the store's REACTIONS. Start once; returns the unsubscribe.
 */
export function routeChanges(store: StoreApi<StoreState>): () => void {
  return onAppEvent((event) => {
    if (event.type === 'changed') applyChange(store.getState(), event.change);
  });
}
