import { Bar, CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { VarianceWeek } from '@shared/contract';
import { formatDate, formatHours, formatNumber, parseIsoDate } from '../../lib/format';

export const ACTUALS_COLOURS = { planned: '#9db7e0', actual: '#2f6fbd' };

const shortDate = (iso: string) => {
  const d = parseIsoDate(iso);
  return d ? new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(d) : iso;
};

/** Planned and actual hours, week by week, side by side. */
export function VarianceChart({ weeks }: { weeks: VarianceWeek[] }) {
  return (
    <div className="actuals-chart" data-weeks={weeks.length} role="img" aria-label="Planned and actual hours by week">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={weeks} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} barCategoryGap="22%" barGap={2}>
          <CartesianGrid stroke="#eef0f3" vertical={false} />
          <XAxis dataKey="start" tickFormatter={shortDate} tick={{ fontSize: 11, fill: '#7a8496' }} tickLine={false} axisLine={{ stroke: '#e3e6eb' }} minTickGap={16} />
          <YAxis tick={{ fontSize: 11, fill: '#7a8496' }} tickLine={false} axisLine={false} width={52} tickFormatter={(v: number) => formatNumber(v, 0)} />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(label) => `Week of ${formatDate(String(label))}`}
            formatter={(value, name) => [formatHours(Number(value)), name]}
            contentStyle={{ borderRadius: 8, borderColor: '#e3e6eb', fontSize: 12 }}
          />
          <Legend iconType="square" iconSize={10} wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="planned" name="Planned" fill={ACTUALS_COLOURS.planned} radius={[2, 2, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="actual" name="Actual" fill={ACTUALS_COLOURS.actual} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
