import type { PlannedVsActual, VarianceRow } from '@shared/contract';
import { formatDate, formatHours, formatMoney } from '../../lib/format';
import type { ActualsGrouping } from '../../store/actualsSlice';

const HEADS: Record<ActualsGrouping, string> = { people: 'Person', roles: 'Role', campaigns: 'Campaign', weeks: 'Week of' };

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

function rowsOf(data: PlannedVsActual, by: ActualsGrouping): VarianceRow[] {
  if (by !== 'weeks') return data[by];
  return data.weeks.map((w) => ({
    id: null, label: formatDate(w.start), plannedHours: w.planned, actualHours: w.actual, diffHours: Math.round((w.actual - w.planned) * 100) / 100,
    plannedCost: w.plannedCost, actualCost: w.actualCost, diffCost: Math.round((w.actualCost - w.plannedCost) * 100) / 100, missingWeeks: w.missingPeople, lessWeeks: 0,
  }));
}

/** Planned, actual and the difference in hours and money, one row per person, role, campaign or week. */
export function VarianceTable({ data, by }: { data: PlannedVsActual; by: ActualsGrouping }) {
  const rows = rowsOf(data, by);
  const money = (v: number) => formatMoney(v, data.currency, { compact: true });
  const missingHead = by === 'weeks' ? 'People missing' : by === 'campaigns' ? '' : 'Weeks missing';
  return (
    <div className="table-scroll">
      <table className="table actuals-table" aria-label={`Planned against actual by ${HEADS[by].toLowerCase()}`}>
        <thead>
          <tr>
            <th>{HEADS[by]}</th>
            <th className="num">Planned</th>
            <th className="num">Actual</th>
            <th className="num">Difference</th>
            <th className="num">Planned cost</th>
            <th className="num">Actual cost</th>
            <th className="num">Difference</th>
            {missingHead && <th className="num">{missingHead}</th>}
            {by !== 'weeks' && by !== 'campaigns' && <th className="num">Weeks under plan</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.id ?? r.label}-${i}`}>
              <td>{r.label}</td>
              <td className="num">{formatHours(r.plannedHours)}</td>
              <td className="num">{formatHours(r.actualHours)}</td>
              <td className={`num ${r.diffHours < 0 ? 'under' : r.diffHours > 0 ? 'over' : ''}`}>{signed(formatHours(r.diffHours), r.diffHours)}</td>
              <td className="num">{money(r.plannedCost)}</td>
              <td className="num">{money(r.actualCost)}</td>
              <td className="num">{signed(money(r.diffCost), r.diffCost)}</td>
              {missingHead && <td className={`num ${r.missingWeeks ? 'missing' : ''}`}>{r.missingWeeks || '—'}</td>}
              {by !== 'weeks' && by !== 'campaigns' && <td className="num">{r.lessWeeks || '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="hint actuals-none">Nothing was planned or logged in these weeks.</p>}
    </div>
  );
}
