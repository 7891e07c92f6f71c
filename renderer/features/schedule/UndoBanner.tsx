import { useEffect } from 'react';
import { Icon } from '../../components/Icon';
import { modKey } from '../../lib/keys';
import { undoSteps } from './changes';
import { setSchedule, useSchedule } from './state';

/** "Moved … · Undo" after a change here, and any error, at the bottom of the schedule. */
export function UndoBanner() {
  const undo = useSchedule((s) => s.undo);
  const error = useSchedule((s) => s.error);
  useEffect(() => {
    if (!undo) return;
    const t = window.setTimeout(() => setSchedule((s) => (s.undo?.id === undo.id ? { undo: null } : {})), 10_000);
    return () => window.clearTimeout(t);
  }, [undo]);
  if (!undo && !error) return null;
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
          <button type="button" className="sch-banner-action" onClick={() => void undoSteps(undo.steps)} title={`Undo (${modKey}Z)`}>
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
