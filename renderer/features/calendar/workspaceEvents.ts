// The window-level 'workspace-changed' signal: the app shell's undo/redo and our own edits
// dispatch it; every view that shows workspace data refetches on it.

export const WORKSPACE_CHANGED = 'workspace-changed';

/** Who changed the workspace; the calendar skips reloading its lookups after its own edits. */
export interface WorkspaceChangeDetail {
  source?: string;
}

export const CALENDAR_SOURCE = 'calendar';

export function announceWorkspaceChange(source = CALENDAR_SOURCE): void {
  window.dispatchEvent(new CustomEvent<WorkspaceChangeDetail>(WORKSPACE_CHANGED, { detail: { source } }));
}

export function onWorkspaceChange(listener: (detail: WorkspaceChangeDetail) => void): () => void {
  const handle = (e: Event) => listener(((e as CustomEvent<WorkspaceChangeDetail | null>).detail ?? {}) as WorkspaceChangeDetail);
  window.addEventListener(WORKSPACE_CHANGED, handle);
  return () => window.removeEventListener(WORKSPACE_CHANGED, handle);
}
