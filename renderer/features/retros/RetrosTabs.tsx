import { useEffect } from 'react';
import { formatNumber } from '../../lib/format';
import { ROVING } from '../../lib/roving';
import { useStore } from '../../store';

/** The Actuals view's two tabs; the Retrospectives tab says how many actions are still open. */
export function RetrosTabs({ tab, onTab }: { tab: 'compare' | 'retros'; onTab: (tab: 'compare' | 'retros') => void }) {
  const open = useStore((s) => s.openActions);
  useEffect(() => {
    void useStore.getState().loadRetros().catch((e) => useStore.getState().showError(e));
  }, []);
  const overdue = open.some((a) => a.overdue);
  return (
    <div className="tabs retros-tabs" role="tablist" aria-label="Actuals views" {...ROVING}>
      <button type="button" role="tab" aria-selected={tab === 'compare'} onClick={() => onTab('compare')}>Planned against actual</button>
      <button type="button" role="tab" aria-selected={tab === 'retros'} onClick={() => onTab('retros')}>
        Retrospectives
        {open.length > 0 && <span className={`cp-count${overdue ? ' warn' : ''}`} title={`${open.length} open actions`}>{formatNumber(open.length, 0)} open</span>}
      </button>
    </div>
  );
}
