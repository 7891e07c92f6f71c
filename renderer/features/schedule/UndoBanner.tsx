import { useEffect, useState } from 'react';
import { Icon } from '../../components/Icon';
import { modKey } from '../../lib/keys';
import { useStore } from '../../store';
import { stepButton } from '../../store/historySlice';
import { setSchedule, useSchedule, type UndoNote } from './state';

/**
 * The history step a note names: the step main announced for this view's write (sent at
 * `note.since`), else read once when the note appears, so Undo undoes exactly that step.
 */
function useNamedStep(note: UndoNote | null): number | null {
  const own = useSchedule((s) => s.ownStep);
  const announced = note?.since !== undefined && own !== null && own.at >= note.since ? own.step : null;
  const [named, setNamed] = useState<{ noteId: number; step: number | null } | null>(null);
  const noteId = note?.id;
  const ask = note !== null && note.since === undefined;
  useEffect(() => {
    if (noteId === undefined || !ask) return;
    let live = true;
    void useStore.getState().latestStep().then((step) => live && setNamed({ noteId, step }));
    return () => {
      live = false;
    };
  }, [noteId, ask]);
  return announced ?? (named && named.noteId === noteId ? named.step : null);
}

/** "Moved … · Undo" after a change here, and any error, at the bottom of the schedule. */
export function UndoBanner() {
  const undo = useSchedule((s) => s.undo);
  const error = useSchedule((s) => s.error);
  const step = useNamedStep(undo);
  const history = useStore((s) => s.history);
  useEffect(() => {
    if (!undo) return;
    const t = window.setTimeout(() => setSchedule((s) => (s.undo?.id === undo.id ? { undo: null } : {})), 10_000);
    return () => window.clearTimeout(t);
  }, [undo]);
  if (!undo && !error) return null;
  const button = step === null ? null : stepButton({ direction: 'undo', id: step }, history);
  const runUndo = () => {
    if (step === null) return;
    // The undo goes through the history slice; the change main announces refreshes the grid.
    setSchedule({ undo: null, selection: new Set(), focusId: null });
    void useStore.getState().undoStep(step);
  };
  return (
    <div className="sch-banner-wrap">
      {error && (
        <div className="sch-banner error" role="alert">
          <Icon name="alert" size={15} />
          <span>{error}</span>
          <button type="button" className="sch-banner-x" aria-label="Dismiss" onClick={() => setSchedule({ error: null })}>
            <Icon name="close" size={13} />
          </button>
        </div>
      )}
      {undo && (
        <div className="sch-banner" role="status">
          <Icon name="check" size={15} />
          <span>{undo.message}</span>
          {button && !button.enabled && <span className="sch-banner-reason">{button.reason}</span>}
          <button type="button" className="sch-banner-action" disabled={!button?.enabled} onClick={runUndo} title={`Undo (${modKey}Z)`}>
            Undo
          </button>
          <button type="button" className="sch-banner-x" aria-label="Dismiss" onClick={() => setSchedule({ undo: null })}>
            <Icon name="close" size={13} />
          </button>
        </div>
      )}
    </div>
  );
}
