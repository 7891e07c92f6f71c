import type { Snapshot } from '@shared/contract';
import { pct, wholeHours } from './format';
import type { Drill } from './drill';

/** The figures an executive reads first; each opens its breakdown. */
export function Headline({ snapshot, onDrill }: { snapshot: Snapshot; onDrill: (d: Drill) => void }) {
  const h = snapshot.headline;
  const over = h.utilisation !== null && h.target !== null && h.utilisation > h.target;
  const cov = h.coverage.weighted;
  return (
    <div className="snap-headline">
      <button type="button" className="snap-card" onClick={() => onDrill({ kind: 'utilisation' })}>
        <span className="snap-k">Utilisation</span>
        <span className={`snap-v${over ? ' warn' : ''}`}>{pct(h.utilisation)}</span>
        <span className="snap-s">target {pct(h.target)} · {wholeHours(h.booked)} of {wholeHours(h.capacity)}</span>
      </button>
      {h.shortfall.map((s) => (
        <button type="button" key={s.weeks} className="snap-card" onClick={() => onDrill({ kind: 'shortfall', weeks: s.weeks })}>
          <span className="snap-k">Shortfall · next {s.weeks} weeks</span>
          <span className={`snap-v ${s.hours > 0 ? 'bad' : 'good'}`}>{wholeHours(s.hours)}</span>
          <span className="snap-s">{wholeHours(s.unweighted)} if all pipeline lands</span>
        </button>
      ))}
      <button type="button" className="snap-card" onClick={() => onDrill({ kind: 'coverage' })}>
        <span className="snap-k">Pipeline coverage</span>
        <span className="snap-v">{pct(cov.bookedCoverage)}</span>
        <span className="snap-s">booked · supply covers {pct(cov.supplyCoverage)}</span>
      </button>
      <div className="snap-card snap-card-list">
        <span className="snap-k">Most over-allocated</span>
        {h.topOverAllocated.length === 0 && <span className="snap-s">Nobody is booked over capacity.</span>}
        <ol>
          {h.topOverAllocated.map((p) => (
            <li key={p.talentId}>
              <button type="button" className="snap-link" onClick={() => onDrill({ kind: 'person', talentId: p.talentId })}>{p.name}</button>
              <span className="bad">+{wholeHours(p.excess)}</span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
