import { Area, Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatHours, formatNumber, parseIsoDate } from '../../lib/format';
import type { RoleSeries } from './roleSeries';

export const SERIES_COLOURS = { supply: '#adb5bd', booked: '#3d8fd1', demand: '#1c2330', shortfall: '#e03131', actual: '#2b8a3e' };

const shortDate = (iso: string) => {
  const d = parseIsoDate(iso);
  return d ? new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(d) : iso;
};

interface Props {
  series: RoleSeries;
  height: number;
  compact?: boolean;
}

/** Demand against supply for one role, week by week; red bars where demand exceeds free capacity. */
export function DemandChart({ series, height, compact }: Props) {
  return (
    <div className="cp-chart" data-role-id={series.roleId} data-weeks={series.points.length} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={series.points} margin={{ top: 8, right: 12, bottom: 0, left: compact ? -12 : 0 }} barCategoryGap="20%">
          <CartesianGrid stroke="#eef0f3" vertical={false} />
          <XAxis dataKey="weekStart" tickFormatter={shortDate} tick={{ fontSize: 11, fill: '#636c7e' }} tickLine={false} axisLine={{ stroke: '#e3e6eb' }} minTickGap={compact ? 24 : 16} />
          <YAxis tick={{ fontSize: 11, fill: '#636c7e' }} tickLine={false} axisLine={false} width={compact ? 44 : 52} tickFormatter={(v: number) => formatNumber(v, 0)} />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(label) => `Week of ${formatDate(String(label))}`}
            formatter={(value, name) => [formatHours(Number(value)), name]}
            contentStyle={{ borderRadius: 8, borderColor: '#e3e6eb', fontSize: 12 }}
          />
          <Area type="linear" dataKey="supply" name="Capacity" stroke={SERIES_COLOURS.supply} fill="#e9ecef" fillOpacity={0.8} isAnimationActive={false} />
          <Area type="linear" dataKey="booked" name="Booked" stroke={SERIES_COLOURS.booked} fill={SERIES_COLOURS.booked} fillOpacity={0.35} isAnimationActive={false} />
          <Bar dataKey="shortfall" name="Shortfall" fill={SERIES_COLOURS.shortfall} fillOpacity={0.85} radius={[2, 2, 0, 0]} isAnimationActive={false} />
          <Line type="linear" dataKey="demand" name="Demand" stroke={SERIES_COLOURS.demand} strokeWidth={2} dot={false} isAnimationActive={false} />
          {series.points.some((p) => p.actual !== undefined) && (
            <Line type="linear" dataKey="actual" name="Worked (logged)" stroke={SERIES_COLOURS.actual} strokeWidth={2} strokeDasharray="4 3" dot={{ r: 2 }} isAnimationActive={false} />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
