import type { Snapshot } from '@shared/contract';
import { SCALE_WORDS, utilisationColours } from '@shared/utilisationScale';
import { pct, weekLabel } from './format';
import type { Drill } from './drill';
import { ROVING_GRID } from '../../lib/roving';

/** Utilisation by role and week; a cell opens that role-week's figures. */
export function Heatmap({ snapshot, onDrill }: { snapshot: Snapshot; onDrill: (d: Drill) => void }) {
  const { roles, weeks } = snapshot.figures;
  const rows = roles.filter((r) => r.supply.some((v) => v > 0));
  return (
    <section className="snap-panel">
      <h3>Utilisation by role and week</h3>
      <p className="snap-hint">Booked ÷ capacity of the role’s people, against the role’s target: {SCALE_WORDS}.</p>
      <div className="snap-heat" style={{ gridTemplateColumns: `150px repeat(${weeks.length}, minmax(26px, 1fr))` }} role="table" aria-label="Utilisation by role and week" {...ROVING_GRID}>
        <div role="row" className="snap-heat-row">
          <span role="columnheader" />
          {weeks.map((w, i) => (
            <span role="columnheader" key={w} className="snap-heat-week">{i % Math.ceil(weeks.length / 13) === 0 ? weekLabel(w) : ''}</span>
          ))}
        </div>
        {rows.map((r) => (
          <div role="row" className="snap-heat-row" key={r.roleId}>
            <span role="rowheader" className="snap-heat-role" title={r.roleName}>{r.roleName}</span>
            {weeks.map((w, i) => {
              const u = r.supply[i] > 0 ? r.booked[i] / r.supply[i] : null;
              const colours = utilisationColours(u, r.target);
              return (
                <button
                  type="button" role="cell" key={w} className="snap-heat-cell" style={{ background: colours.bg, color: colours.fg }}
                  title={`${r.roleName}, week of ${weekLabel(w)}: ${pct(u)}`} aria-label={`${r.roleName}, week of ${weekLabel(w)}: ${pct(u)}`}
                  onClick={() => onDrill({ kind: 'cell', roleId: r.roleId, week: i })}
                >
                  {u === null ? '' : Math.round(u * 100)}
                </button>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}
