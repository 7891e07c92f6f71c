// The app-wide "workspace-changed" event: the shell's undo/redo send it, and so do we after a change.

let emitting = false;

export function emitWorkspaceChanged(): void {
  emitting = true;
  try {
    window.dispatchEvent(new CustomEvent('workspace-changed'));
  } finally {
    emitting = false;
  }
}

/** Listens for changes made elsewhere (our own announcements are skipped). */
export function onWorkspaceChanged(listener: () => void): () => void {
  const handler = () => {
    if (!emitting) listener();
  };
  window.addEventListener('workspace-changed', handler);
  return () => window.removeEventListener('workspace-changed', handler);
}
