import { useMemo, useState } from 'react';
import { NO_ROLE_YET } from '@shared/domain';
import { formatHours, formatNumber } from '../../lib/format';
import { FALLBACK_COLOUR } from './colours';
import { dayFromIso, fmtRange } from './days';
import { startDemandDrag } from './demandDrag';
import { currentLines } from './demandLines';
import { MAX_SPREAD_HOURS } from './draftFor';
import { useStore } from '../../store';
import { useSchedule } from './state';
import { DeliveryBand, useDeliveryBands } from './DeliveryBand';

const SHOWN = 200;

/** Demand lines not yet fully booked. Drag one onto a person's row to book them against it. */
export function OpenLinesPanel() {
  const lines = useSchedule((s) => s.openLines);
  const campaigns = useStore((s) => s.campaignById);
  const roles = useStore((s) => s.roles);
  const [text, setText] = useState('');
  const roleName = (id: number | null) => roles.find((r) => r.id === id)?.name ?? NO_ROLE_YET;
  const current = useMemo(() => currentLines(lines), [lines]);
  const shown = useMemo(() => {
    const q = text.trim().toLowerCase();
    if (!q) return current;
    const roleById = new Map(roles.map((r) => [r.id, r.name.toLowerCase()]));
    return current.filter((l) => (campaigns.get(l.campaignId)?.name.toLowerCase().includes(q) ?? false) || (roleById.get(l.roleId ?? -1)?.includes(q) ?? false));
  }, [current, text, campaigns, roles]);
  const ended = lines.length - current.length;
  // A campaign's earliest delivery shows on its first line in the list.
  const firstOf = useMemo(() => {
    const first = new Map<number, number>();
    for (const l of shown.slice(0, SHOWN)) if (!first.has(l.campaignId)) first.set(l.campaignId, l.id);
    return first;
  }, [shown]);
  useDeliveryBands(useMemo(() => [...firstOf.keys()].flatMap((id) => campaigns.get(id) ?? []), [firstOf, campaigns]));
  return (
    <aside className="sch-demand" aria-label="Open demand">
      <div className="sch-demand-head">
        <h2>Open demand</h2>
        <span className="count">{formatNumber(current.length, 0)}</span>
      </div>
      <p className="sch-demand-help">
        Drag a line onto someone’s row to book them from that day to the line’s end. Hours a day are the open hours spread over the working days, at most {MAX_SPREAD_HOURS} h.
      </p>
      {current.length > 8 && (
        <div className="sch-demand-search">
          <input className="input input-search" type="search" placeholder="Campaign or role…" aria-label="Filter open demand" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      )}
      <ul className="sch-demand-list" tabIndex={0} aria-label="Open demand lines">
        {shown.length === 0 && <li className="sch-demand-empty">{text ? 'No open line matches.' : 'No current demand line has hours open. Lines added to campaigns show here until they are booked.'}</li>}
        {shown.slice(0, SHOWN).map((l) => {
          const c = campaigns.get(l.campaignId);
          const pct = l.hours > 0 ? Math.min(100, ((l.hours - l.openHours) / l.hours) * 100) : 0;
          return (
            <li key={l.id} className="sch-demand-item" data-line-id={l.id} onPointerDown={(e) => startDemandDrag(e, l)} title={`${c?.name ?? 'Campaign'}: ${formatHours(l.bookedHours)} of ${formatHours(l.hours)} booked. Drag onto a person’s row.`}>
              <span className="sch-swatch" style={{ background: c?.colour ?? FALLBACK_COLOUR }} />
              <div className="sch-demand-body">
                <div className="sch-demand-title">
                  <b>{c?.name ?? 'Campaign'}</b>
                  <span>{formatHours(l.openHours)} open</span>
                </div>
                <div className="sch-demand-sub">
                  {roleName(l.roleId)} · {fmtRange(dayFromIso(l.start), dayFromIso(l.end))}
                </div>
                <div className="sch-meter" aria-hidden="true">
                  <span style={{ width: `${pct}%` }} />
                </div>
                {c && firstOf.get(c.id) === l.id && <DeliveryBand campaign={c} />}
              </div>
            </li>
          );
        })}
        {shown.length > SHOWN && <li className="sch-demand-note">The {SHOWN} soonest of {formatNumber(shown.length, 0)} lines. Type to narrow them down.</li>}
        {ended > 0 && !text && <li className="sch-demand-note">{formatNumber(ended, 0)} line{ended === 1 ? '' : 's'} whose window has ended not shown.</li>}
      </ul>
    </aside>
  );
}
