import { Button } from '../../components/Button';
import { modKey } from '../../lib/keys';
import { useStore } from '../../store';

/** The top bar's Edit controls: "Undo Add Ada" / "Redo …", labelled from history:state. */
export function HistoryControls() {
  const undoLabel = useStore((s) => s.history.undo);
  const redoLabel = useStore((s) => s.history.redo);
  const busy = useStore((s) => s.historyBusy);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  return (
    <div className="history-controls" role="group" aria-label="Edit">
      <Button
        variant="ghost"
        size="sm"
        icon="undo"
        disabled={!undoLabel || busy}
        onClick={() => void undo()}
        title={undoLabel ? `Undo ${undoLabel} (${modKey}Z)` : 'Nothing to undo'}
        className="history-btn"
      >
        <span className="history-label">{undoLabel ? `Undo ${undoLabel}` : 'Undo'}</span>
      </Button>
      <Button
        variant="ghost"
        size="sm"
        iconOnly
        icon="redo"
        disabled={!redoLabel || busy}
        onClick={() => void redo()}
        label={redoLabel ? `Redo ${redoLabel} (${modKey}Shift+Z)` : 'Nothing to redo'}
      />
    </div>
  );
}
