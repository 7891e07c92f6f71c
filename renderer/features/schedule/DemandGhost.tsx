import { formatHours } from '../../lib/format';
import { FALLBACK_COLOUR } from './colours';
import { fmtDayMonth } from './days';
import { useStore } from '../../store';
import { useSchedule } from './state';

/** The demand line following the pointer while it is dragged to the grid. */
export function DemandGhost() {
  const drag = useSchedule((s) => s.drag);
  const campaigns = useStore((s) => s.campaignById);
  if (drag?.kind !== 'demand') return null;
  const c = campaigns.get(drag.line.campaignId);
  return (
    <div className="sch-demand-ghost" style={{ left: drag.x + 12, top: drag.y + 10, ['--c' as string]: c?.colour ?? FALLBACK_COLOUR }}>
      <b>{c?.name ?? 'Campaign'}</b> · {formatHours(drag.line.openHours)}
      {drag.day !== null ? <span> · from {fmtDayMonth(drag.day)}</span> : <span> · drop on a row</span>}
    </div>
  );
}
