import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Snapshot } from '@shared/contract';
import { formatNumber } from '../../lib/format';
import { formatHours, sum, weekLabel } from './format';
import type { Drill } from './drill';

const COLOURS = { supply: '#aab4c3', booked: '#0c8599', demand: '#3b5bdb' };
const axis = { tick: { fontSize: 11, fill: '#636c7e' }, tickLine: false } as const;
const tooltip = { isAnimationActive: false, contentStyle: { borderRadius: 8, borderColor: '#e3e6eb', fontSize: 12 } } as const;

/** Demand against supply: per role over the range, and week by week for all roles. */
export function RoleCharts({ snapshot, onDrill }: { snapshot: Snapshot; onDrill: (d: Drill) => void }) {
  const { roles, weeks } = snapshot.figures;
  const perRole = roles.map((r) => ({ roleId: r.roleId, name: r.roleName, work: sum(r.booked) + sum(r.demand), booked: sum(r.booked), demand: sum(r.demand), supply: sum(r.supply) }));
  const weekly = weeks.map((w, i) => ({
    week: w, supply: sum(roles.map((r) => r.supply[i])), booked: sum(roles.map((r) => r.booked[i])), demand: sum(roles.map((r) => r.demand[i])),
  }));
  const fmt = (v: unknown, n: unknown) => [formatHours(Number(v)), String(n)] as [string, string];
  return (
    <div className="snap-charts">
      <section className="snap-panel">
        <h3>Demand against supply per role</h3>
        <p className="snap-hint">Hours booked plus hours still to book, against the team’s hours, over the range (pitches at their chance of being won). Click a role for its weeks.</p>
        <div style={{ height: Math.max(180, perRole.length * 38 + 60) }} data-testid="role-chart">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={perRole} layout="vertical" margin={{ top: 4, right: 24, bottom: 0, left: 8 }} barGap={2}>
              <CartesianGrid stroke="#eef0f3" horizontal={false} />
              <XAxis type="number" {...axis} tickFormatter={(v: number) => formatNumber(v, 0)} axisLine={{ stroke: '#e3e6eb' }} />
              <YAxis type="category" dataKey="name" width={130} {...axis} axisLine={false} />
              <Tooltip {...tooltip} formatter={fmt} />
              <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="booked" stackId="work" name="Booked" fill={COLOURS.booked} isAnimationActive={false} cursor="pointer" onClick={(d) => onDrill({ kind: 'role', roleId: (d.payload as { roleId: number }).roleId })} />
              <Bar dataKey="demand" stackId="work" name="Open demand" fill={COLOURS.demand} isAnimationActive={false} cursor="pointer" onClick={(d) => onDrill({ kind: 'role', roleId: (d.payload as { roleId: number }).roleId })} />
              <Bar dataKey="supply" name="Supply" fill={COLOURS.supply} isAnimationActive={false} cursor="pointer" onClick={(d) => onDrill({ kind: 'role', roleId: (d.payload as { roleId: number }).roleId })} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </section>
      <section className="snap-panel">
        <h3>Week by week, all roles</h3>
        <p className="snap-hint">The team’s hours and the hours booked as bars; hours still to book as the line.</p>
        <div style={{ height: 260 }}>
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={weekly} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} barGap={1}>
              <CartesianGrid stroke="#eef0f3" vertical={false} />
              <XAxis dataKey="week" tickFormatter={weekLabel} {...axis} axisLine={{ stroke: '#e3e6eb' }} minTickGap={16} />
              <YAxis {...axis} axisLine={false} width={52} tickFormatter={(v: number) => formatNumber(v, 0)} />
              <Tooltip {...tooltip} formatter={fmt} labelFormatter={(l) => `Week of ${weekLabel(String(l))}`} />
              <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="supply" name="Supply" fill={COLOURS.supply} isAnimationActive={false} />
              <Bar dataKey="booked" name="Booked" fill={COLOURS.booked} isAnimationActive={false} />
              <Line dataKey="demand" name="Open demand" stroke={COLOURS.demand} strokeWidth={2} dot={false} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </section>
    </div>
  );
}
