import '../actuals/actuals.css';
import { useEffect, useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Campaign } from '@shared/domain';
import { addDaysIso } from '@shared/dates';
import { Button } from '../../components/Button';
import { formatDate, formatHours, formatMoney, formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { LogHoursDialog } from '../actuals/LogHoursDialog';
import { MAX_RANGE_DAYS } from '../capacity/range';
import { ACTUALS_COLOURS } from '../actuals/VarianceChart';

/** The campaign's planned and logged hours week by week, with what they cost so far against its budget. */
export function ActualsCard({ campaign }: { campaign: Campaign }) {
  const held = useStore((s) => s.campaignActuals);
  const [logging, setLogging] = useState(false);
  const { id, start, end } = campaign;
  useEffect(() => {
    const last = addDaysIso(start, MAX_RANGE_DAYS - 1);
    void useStore.getState().loadCampaignActuals(id, { start, end: end < last ? end : last });
  }, [id, start, end]);
  const data = held?.campaignId === id ? held.data : null;
  if (!data) return null;
  let planned = 0;
  let actual = 0;
  const points = data.weeks.map((w) => ({ ...w, plannedCostToDate: (planned += w.plannedCost), actualCostToDate: w.ended ? (actual += w.actualCost) : null }));
  const sameCurrency = campaign.currency === data.currency && campaign.budget > 0;
  const money = (v: number) => formatMoney(v, data.currency, { compact: true });
  const t = data.totals;
  return (
    <section className="card" aria-label="Planned and actual">
      <div className="card-header">
        <h2>Planned and actual</h2>
        <span className="sub">
          {formatHours(t.plannedHours)} planned, {formatHours(t.actualHours)} logged ({money(t.plannedCost)} and {money(t.actualCost)})
          {!sameCurrency && campaign.budget > 0 ? `; the budget is in ${campaign.currency}, the costs in ${data.currency}` : ''}
        </span>
        <Button size="sm" icon="clock" onClick={() => setLogging(true)}>Log hours…</Button>
      </div>
      <div className="card-body campaign-actuals-chart" role="img" aria-label="Planned and actual hours by week, and their cost against the budget">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barGap={2}>
            <CartesianGrid stroke="#eef0f3" vertical={false} />
            <XAxis dataKey="start" tickFormatter={(iso: string) => formatDate(iso)} tick={{ fontSize: 11, fill: '#7a8496' }} tickLine={false} minTickGap={24} />
            <YAxis yAxisId="h" tick={{ fontSize: 11, fill: '#7a8496' }} tickLine={false} axisLine={false} width={44} tickFormatter={(v: number) => formatNumber(v, 0)} />
            <YAxis yAxisId="m" orientation="right" tick={{ fontSize: 11, fill: '#7a8496' }} tickLine={false} axisLine={false} width={64} tickFormatter={(v: number) => money(v)} />
            <Tooltip
              isAnimationActive={false}
              labelFormatter={(label) => `Week of ${formatDate(String(label))}`}
              formatter={(value, name) => [String(name).includes('cost') ? money(Number(value)) : formatHours(Number(value)), name]}
              contentStyle={{ borderRadius: 8, borderColor: '#e3e6eb', fontSize: 12 }}
            />
            <Legend iconSize={10} wrapperStyle={{ fontSize: 12 }} />
            <Bar yAxisId="h" dataKey="planned" name="Planned hours" fill={ACTUALS_COLOURS.planned} isAnimationActive={false} />
            <Bar yAxisId="h" dataKey="actual" name="Actual hours" fill={ACTUALS_COLOURS.actual} isAnimationActive={false} />
            <Line yAxisId="m" dataKey="plannedCostToDate" name="Planned cost to date" stroke="#7a8496" strokeDasharray="4 3" dot={false} isAnimationActive={false} />
            <Line yAxisId="m" dataKey="actualCostToDate" name="Actual cost to date" stroke="#1c2330" dot={false} isAnimationActive={false} />
            {sameCurrency && <ReferenceLine yAxisId="m" y={campaign.budget} stroke="#e03131" strokeDasharray="6 3" label={{ value: `Budget ${money(campaign.budget)}`, position: 'insideTopRight', fontSize: 11, fill: '#e03131' }} />}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {logging && <LogHoursDialog onClose={() => setLogging(false)} campaignId={id} />}
    </section>
  );
}
