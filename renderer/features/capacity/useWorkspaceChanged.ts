import { useEffect } from 'react';
import { useStore } from '../../store';
import { useCapacity } from './store';

/**
 * Refetches every capacity query when the workspace changed: on the window's 'workspace-changed'
 * event (the shell's undo/redo and other views' edits send it) and when the store's data version moves.
 */
export function useWorkspaceChanged(): void {
  const bump = useCapacity((s) => s.bump);
  const dataVersion = useStore((s) => s.dataVersion);
  useEffect(() => {
    window.addEventListener('workspace-changed', bump);
    return () => window.removeEventListener('workspace-changed', bump);
  }, [bump]);
  useEffect(() => {
    if (dataVersion > 0) bump();
  }, [dataVersion, bump]);
}
