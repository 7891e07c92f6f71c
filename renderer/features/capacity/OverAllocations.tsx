import { useEffect, useMemo, useState } from 'react';
import type { OverAllocation } from '@shared/contract';
import { call, errorMessage } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { formatDateRange, formatHours, formatNumber, todayIso } from '../../lib/format';
import { toContractFilter } from './filter';
import { resolveRange } from './range';
import { useCapacity } from './store';

const SHOWN = 300;

/** capacity:overallocations for the view's range and filter. */
export function useOverAllocations(): { runs: OverAllocation[] | null; error: string | null } {
  const rangeChoice = useCapacity((s) => s.range);
  const filter = useCapacity((s) => s.filter);
  const version = useCapacity((s) => s.version);
  const key = JSON.stringify([resolveRange(rangeChoice, todayIso()), toContractFilter(filter), version]);
  const [state, setState] = useState<{ runs: OverAllocation[] | null; error: string | null; key: string }>({ runs: null, error: null, key: '' });
  useEffect(() => {
    let live = true;
    const [range, f] = JSON.parse(key) as [{ start: string; end: string }, ReturnType<typeof toContractFilter>];
    call('capacity:overallocations', { range, filter: f }).then(
      (runs) => live && setState({ runs, error: null, key }),
      (error: unknown) => live && setState({ runs: null, error: errorMessage(error), key }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state.key === key ? state : { runs: state.runs, error: null };
}

const peakOver = (run: OverAllocation) => run.days.reduce((m, d) => Math.max(m, d.booked - d.capacity), 0);

export function OverAllocations({ runs, error }: { runs: OverAllocation[] | null; error: string | null }) {
  const sorted = useMemo(() => (runs ? [...runs].sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name)) : []), [runs]);
  if (error) return <p className="field-error view-pad">{error}</p>;
  if (!runs) return <div className="boot"><span className="spinner" /></div>;
  if (!runs.length)
    return (
      <EmptyState icon="check" title="No one is over-allocated">
        Nobody in this range and filter is booked beyond their capacity on any day.
      </EmptyState>
    );
  return (
    <div className="cp-scroll">
      <section className="card cp-over" aria-label="Over-allocations">
        <table className="table table-sticky">
          <thead>
            <tr>
              <th>Person</th>
              <th>Dates</th>
              <th className="num">Days</th>
              <th className="num">Peak over</th>
              <th>What is over</th>
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, SHOWN).map((run) => (
              <tr key={`${run.talentId}-${run.start}`}>
                <td className="nowrap cell-strong">{run.name}</td>
                <td className="nowrap">{formatDateRange(run.start, run.end)}</td>
                <td className="num">{run.days.length}</td>
                <td className="num over-text">+{formatHours(peakOver(run))}</td>
                <td className="cp-message" title={run.message}>
                  {run.message.startsWith(`${run.name}: `) ? run.message.slice(run.name.length + 2) : run.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {sorted.length > SHOWN && (
          <p className="muted cp-more">
            Showing the first {SHOWN} of {formatNumber(sorted.length, 0)} runs. Narrow the range or filter to see the rest.
          </p>
        )}
      </section>
    </div>
  );
}
