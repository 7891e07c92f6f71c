import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { accuracySentence, type AccuracyBucket, type ForecastAccuracy } from '@shared/actuals/accuracy';
import { formatNumber } from '../../lib/format';

const COLOURS = { mape: '#2f6fbd', bias: '#b54708' };
const pctText = (v: number | null) => (v === null ? 'not enough actuals' : `${v > 0 ? '+' : ''}${formatNumber(v * 100, 0)} %`);
const leadText = (b: AccuracyBucket) => (b.fromWeeks === b.toWeeks ? `${b.toWeeks} weeks ahead` : `${b.fromWeeks}–${b.toWeeks} weeks ahead`);

/** Error (MAPE, bars) and bias (line) of the snapshots' plans by how far ahead they were made. */
export function AccuracyChart({ accuracy }: { accuracy: ForecastAccuracy }) {
  const data = accuracy.buckets.map((b) => ({
    label: `${b.weeksAhead} wk`, lead: leadText(b), mape: b.mape === null ? null : b.mape * 100, bias: b.bias === null ? null : b.bias * 100, bucket: b,
  }));
  return (
    <div className="accuracy-chart" role="img" aria-label="Forecast error and bias by how far ahead the plan was made">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} barCategoryGap="30%">
          <CartesianGrid stroke="#eef0f3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#7a8496' }} tickLine={false} axisLine={{ stroke: '#e3e6eb' }} />
          <YAxis tick={{ fontSize: 11, fill: '#7a8496' }} tickLine={false} axisLine={false} width={52} tickFormatter={(v: number) => `${formatNumber(v, 0)} %`} />
          <ReferenceLine y={0} stroke="#c4c9d2" />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(_, payload) => {
              const b = (payload?.[0]?.payload as { bucket?: AccuracyBucket } | undefined)?.bucket;
              return b ? `${leadText(b)}: ${b.roleWeeks} role-weeks, ${b.missing} with nothing logged` : '';
            }}
            formatter={(value, name) => [pctText(value === null || value === undefined ? null : Number(value) / 100), name]}
            contentStyle={{ borderRadius: 8, borderColor: '#e3e6eb', fontSize: 12 }}
          />
          <Legend iconSize={10} wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="mape" name="Average error (MAPE)" fill={COLOURS.mape} radius={[2, 2, 0, 0]} isAnimationActive={false} />
          <Line dataKey="bias" name="Bias (planned over actual)" stroke={COLOURS.bias} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The Actuals view's card: the executive line, the chart, and the figures per lead time in words. */
export function AccuracyCard({ accuracy }: { accuracy: ForecastAccuracy }) {
  const scored = accuracy.buckets.some((b) => b.roleWeeks > 0);
  return (
    <section className="card accuracy-card" data-testid="accuracy-card">
      <div className="card-header">
        <h2>How close the plans were</h2>
        <span className="sub">{accuracy.snapshots === 1 ? 'One snapshot' : `${accuracy.snapshots} snapshots`} against the hours logged per role and week, for weeks that have ended</span>
      </div>
      <div className="card-body">
        <p className="accuracy-line">{accuracySentence(accuracy.headline)}</p>
        {scored ? <AccuracyChart accuracy={accuracy} /> : <p className="hint">Take snapshots and import what was worked: weeks are scored once they have ended.</p>}
        <AccuracyTable buckets={accuracy.buckets} />
        <QuarterLine accuracy={accuracy} />
        {accuracy.leftOut > 0 && (
          <p className="hint">
            {accuracy.leftOut === 1 ? 'One snapshot narrowed to kinds of people or a tag is left out: it planned' : `${accuracy.leftOut} snapshots narrowed to kinds of people or a tag are left out: they planned`} only part of each role.
          </p>
        )}
      </div>
    </section>
  );
}

/** Plans made 4 weeks ahead, quarter by quarter (a week's quarter is its Thursday's). */
function QuarterLine({ accuracy }: { accuracy: ForecastAccuracy }) {
  const quarters = accuracy.quarters
    .map((q) => ({ label: q.label, b: q.buckets.find((b) => b.weeksAhead === 4)! }))
    .filter((q) => q.b.mape !== null);
  if (!quarters.length) return null;
  return (
    <p className="hint" data-testid="accuracy-quarters">
      4 weeks ahead, by quarter: {quarters.map((q) => `${q.label} ±${formatNumber(q.b.mape! * 100, 0)} % (bias ${pctText(q.b.bias)})`).join('; ')}.
    </p>
  );
}

/** The figures per lead time in words (also on a retrospective, for the weeks of its range). */
export function AccuracyTable({ buckets }: { buckets: AccuracyBucket[] }) {
  return (
    <table className="table accuracy-table">
      <thead><tr><th>Plan made</th><th>Average error</th><th>Bias</th><th>Role-weeks</th><th>Nothing logged</th></tr></thead>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.weeksAhead}>
            <td>{leadText(b)}</td>
            <td>{b.mape === null ? '–' : `±${formatNumber(b.mape * 100, 0)} %`}</td>
            <td>{b.bias === null ? '–' : pctText(b.bias)}</td>
            <td>{formatNumber(b.roleWeeks, 0)}</td>
            <td>{formatNumber(b.missing, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
