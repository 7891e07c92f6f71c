import './actuals.css';
import { useEffect } from 'react';
import type { VarianceWeek } from '@shared/contract';
import { Button } from '../../components/Button';
import { formatDate, formatHours, todayIso } from '../../lib/format';
import { useStore } from '../../store';

const signed = (h: number) => (h > 0 ? `+${formatHours(h)}` : formatHours(h));

/** How a week went for one person: planned and nothing logged, less than planned, or still open. */
function weekState(w: VarianceWeek): string {
  if (!w.ended) return w.start <= todayIso() ? 'This week' : 'To come';
  if (w.planned > 0 && w.actual === 0) return 'Nothing logged';
  if (w.actual < w.planned) return 'Less than planned';
  if (w.actual > w.planned) return 'More than planned';
  return w.planned > 0 ? 'As planned' : '';
}

/**
 * A person's page: their hours logged against planned over the last eight weeks, and Log hours…
 * (`onLogHours`: the page opens the one Log hours dialog beside its own, not inside its form).
 */
export function PersonActualsPanel({ talentId, talentName, onLogHours }: { talentId: number; talentName: string; onLogHours: () => void }) {
  const data = useStore((s) => (s.personId === talentId ? s.personActuals : null));
  useEffect(() => {
    void useStore.getState().loadPersonActuals();
  }, [talentId]);
  const t = data?.totals;
  return (
    <div className="person-actuals">
      <div className="person-actuals-head">
        <p className="muted" data-testid="person-actuals-totals">
          {t
            ? `Last 8 weeks: ${formatHours(t.plannedHours)} planned, ${formatHours(t.actualHours)} logged (${signed(t.diffHours)}).`
            : 'Loading the hours planned and logged…'}
        </p>
        <Button size="sm" icon="clock" onClick={onLogHours}>Log hours…</Button>
      </div>
      {data && (
        <table className="table actuals-table" aria-label={`Hours planned and logged by ${talentName}, by week`}>
          <thead>
            <tr>
              <th>Week of</th>
              <th className="num">Planned</th>
              <th className="num">Logged</th>
              <th className="num">Difference</th>
              <th aria-label="How the week went" />
            </tr>
          </thead>
          <tbody>
            {[...data.weeks].reverse().map((w) => {
              const diff = Math.round((w.actual - w.planned) * 100) / 100;
              const state = weekState(w);
              return (
                <tr key={w.start}>
                  <td className="nowrap">{formatDate(w.start)}</td>
                  <td className="num">{formatHours(w.planned)}</td>
                  <td className="num">{formatHours(w.actual)}</td>
                  <td className={`num ${diff < 0 ? 'under' : diff > 0 ? 'over' : ''}`}>{signed(diff)}</td>
                  <td className={state === 'Nothing logged' ? 'missing' : 'muted'}>{state}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {data && data.campaigns.length > 0 && (
        <table className="table actuals-table person-actuals-campaigns" aria-label={`Hours planned and logged by ${talentName}, by campaign`}>
          <thead>
            <tr>
              <th>Campaign</th>
              <th className="num">Planned</th>
              <th className="num">Logged</th>
              <th className="num">Difference</th>
            </tr>
          </thead>
          <tbody>
            {data.campaigns.map((c) => (
              <tr key={c.id ?? c.label}>
                <td>{c.label}</td>
                <td className="num">{formatHours(c.plannedHours)}</td>
                <td className="num">{formatHours(c.actualHours)}</td>
                <td className={`num ${c.diffHours < 0 ? 'under' : c.diffHours > 0 ? 'over' : ''}`}>{signed(c.diffHours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
