import type { Snapshot } from '@shared/contract';
import {
  bookedSentence, everyPitchSentence, noRoleSentence, openFitsSentence, shortRolesSentence, teamHoursSentence, workBookedSentence, type Formats,
} from '@shared/snapshots/sentences';
import { formatHours, pct, wholeHours } from './format';
import type { Drill } from './drill';

const formats: Formats = { hours: formatHours, pct };

/** The figures an executive reads first, each with the sentence that says what it means; each opens its breakdown. */
export function Headline({ snapshot, onDrill }: { snapshot: Snapshot; onDrill: (d: Drill) => void }) {
  const h = snapshot.headline;
  const over = h.utilisation !== null && h.target !== null && h.utilisation > h.target;
  const cov = h.coverage.weighted;
  return (
    <div className="snap-headline">
      {h.shortfall.map((s) => {
        const noRole = noRoleSentence(s.noRole, formats);
        return (
          <button type="button" key={s.weeks} className="snap-card" onClick={() => onDrill({ kind: 'shortfall', weeks: s.weeks })}>
            <span className="snap-k">Next {s.weeks} weeks</span>
            <span className={`snap-v ${s.hours > 0 ? 'bad' : 'good'}`}>{s.hours > 0 ? `${wholeHours(s.hours)} short` : 'Nobody short'}</span>
            <span className="snap-s">{shortRolesSentence(s, formats, 2)}</span>
            {noRole && <span className="snap-s snap-norole">{noRole}</span>}
            <span className="snap-s snap-muted">{everyPitchSentence(s, { hours: wholeHours, pct })}</span>
          </button>
        );
      })}
      <button type="button" className="snap-card" onClick={() => onDrill({ kind: 'utilisation' })}>
        <span className="snap-k">Team’s hours booked</span>
        <span className={`snap-v${over ? ' warn' : ''}`}>{pct(h.utilisation)}</span>
        <span className="snap-s">{bookedSentence(h, { hours: wholeHours, pct })}</span>
      </button>
      <button type="button" className="snap-card" onClick={() => onDrill({ kind: 'coverage' })}>
        <span className="snap-k">Work already booked</span>
        <span className="snap-v">{pct(cov.bookedCoverage)}</span>
        <span className="snap-s">{workBookedSentence(cov, { hours: wholeHours, pct })}</span>
        <span className="snap-s snap-muted">{teamHoursSentence(cov, { hours: wholeHours, pct })}</span>
      </button>
      <div className="snap-card snap-card-list">
        <span className="snap-k">Booked over their hours</span>
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
      <p className="snap-s snap-headline-foot">{openFitsSentence(cov, { hours: wholeHours, pct })}. Pitches count at their chance of being won.</p>
    </div>
  );
}
