import { useSyncExternalStore } from 'react';

/** True while the window is narrower than `width` CSS pixels (follows resizes). */
export function useNarrowWindow(width: number): boolean {
  const query = `(max-width: ${width - 0.02}px)`;
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
  );
}
