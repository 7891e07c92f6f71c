// When the calendar refetches: after its own changes and after changes from elsewhere (the
// shell's undo/redo, other views), all announced by the window 'workspace-changed' event.
// Others' changes may rename people or campaigns, so names are reloaded first.

import { useEffect } from 'react';
import { CALENDAR_SOURCE, onWorkspaceChange } from './workspaceEvents';

export function useRefetchTriggers(refetch: () => void, reloadLookups: () => Promise<unknown>): void {
  useEffect(
    () =>
      onWorkspaceChange((detail) => {
        if (detail?.source === CALENDAR_SOURCE) refetch();
        else void reloadLookups().then(refetch);
      }),
    [refetch, reloadLookups],
  );
}
