import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UnstaffedCell } from '@shared/contract';
import { formatDate, formatHours, formatNumber, parseIsoDate } from '../../lib/format';

const COLOURS = ['#e03131', '#f08c00', '#7048e8', '#1c7ed6', '#0ca678', '#d6336c', '#495057'];
const shortDate = (iso: string) => {
  const d = parseIsoDate(iso);
  return d ? new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(d) : iso;
};

/** Hours left unstaffed per week, stacked by role. */
export function UnstaffedChart({ cells }: { cells: UnstaffedCell[] }) {
  const roles = [...new Set(cells.map((c) => c.roleName))];
  const weeks = [...new Set(cells.map((c) => c.weekStart))].sort();
  const data = weeks.map((w) => {
    const row: Record<string, number | string> = { weekStart: w };
    for (const c of cells) if (c.weekStart === w) row[c.roleName] = c.hours;
    return row;
  });
  return (
    <div className="sf-chart" data-weeks={weeks.length}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#eef0f3" vertical={false} />
          <XAxis dataKey="weekStart" tickFormatter={shortDate} tick={{ fontSize: 11, fill: '#636c7e' }} tickLine={false} axisLine={{ stroke: '#e3e6eb' }} minTickGap={12} />
          <YAxis tick={{ fontSize: 11, fill: '#636c7e' }} tickLine={false} axisLine={false} width={44} tickFormatter={(v: number) => formatNumber(v, 0)} />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(label) => `Week of ${formatDate(String(label))}`}
            formatter={(value, name) => [formatHours(Number(value)), name]}
            contentStyle={{ borderRadius: 8, borderColor: '#e3e6eb', fontSize: 12 }}
          />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          {roles.map((r, i) => (
            <Bar key={r} dataKey={r} stackId="u" fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
