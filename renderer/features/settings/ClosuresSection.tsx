import { useEffect, useState } from 'react';
import type { Closure } from '@shared/domain';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { FormError } from '../../components/Field';
import { formatDate, formatDateRange, todayIso } from '../../lib/format';
import { useStore } from '../../store';
import { ClosureForm } from './ClosureForm';
import { spanDays } from '@shared/dates';
import { useBusyAction } from '../../lib/useBusyAction';

const daysOf = (c: Closure) => spanDays(c.date, c.endDate);

function when(c: Closure): string {
  if (!c.repeatsYearly) return c.date === c.endDate ? formatDate(c.date) : formatDateRange(c.date, c.endDate);
  const f = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long' });
  const [a, b] = [new Date(`${c.date}T00:00`), new Date(`${c.endDate}T00:00`)];
  return c.date === c.endDate ? f.format(a) : f.formatRange(a, b);
}

/** The studio's closures: listed by first day, added and edited in place, imported from a CSV. */
export function ClosuresSection() {
  const closures = useStore((s) => s.closures);
  const loaded = useStore((s) => s.closuresLoaded);
  const loadClosures = useStore((s) => s.loadClosures);
  const deleteClosure = useStore((s) => s.deleteClosure);
  const importClosures = useStore((s) => s.importClosures);
  const [editing, setEditing] = useState<Closure | 'new' | null>(null);
  const { busy, error, run } = useBusyAction();

  useEffect(() => {
    void loadClosures();
  }, [loadClosures]);

  async function chooseAndImport() {
    const { path } = await call('io:chooseFile', { title: 'Choose a CSV of studio closures' });
    if (path) await importClosures(path);
  }

  // Closures still to come (and those that come round every year) first; past ones after, latest first.
  const today = todayIso();
  const current = closures.filter((c) => c.repeatsYearly || c.endDate >= today);
  const past = closures.filter((c) => !c.repeatsYearly && c.endDate < today).reverse();
  const form = editing && <ClosureForm key={editing === 'new' ? 'new' : editing.id} editing={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />;
  const row = (c: Closure) =>
    editing !== 'new' && editing?.id === c.id ? (
      <tr key={c.id}>
        <td colSpan={5} className="settings-editing">
          {form}
        </td>
      </tr>
    ) : (
      <tr key={c.id}>
        <td className="settings-name">{c.name}</td>
        <td className="nowrap">{when(c)}</td>
        <td className="num nowrap">{daysOf(c) === 1 ? '1 day' : `${daysOf(c)} days`}</td>
        <td className="nowrap">{c.repeatsYearly ? <span className="badge badge-confirmed">Every year from {c.date.slice(0, 4)}</span> : <span className="muted">Once</span>}</td>
        <td className="actions-cell">
          <span className="row-actions">
            <Button size="sm" icon="edit" iconOnly label={`Edit ${c.name}`} onClick={() => setEditing(c)} />
            <Button size="sm" icon="trash" iconOnly label={`Delete ${c.name}`} disabled={busy} onClick={() => void run(() => deleteClosure(c))} />
          </span>
        </td>
      </tr>
    );
  return (
    <section className="card" aria-labelledby="closures-title">
      <div className="card-header">
        <div>
          <h2 id="closures-title">Studio closures</h2>
          <p className="sub">Nobody has capacity on these days, whatever their region. Bookings and open demand fall on the other days of their range.</p>
        </div>
        <span className="card-actions">
          <Button icon="file" disabled={busy} onClick={() => void run(chooseAndImport)}>
            Import from CSV…
          </Button>
          <Button icon="plus" variant="primary" disabled={editing === 'new'} onClick={() => setEditing('new')}>
            Add closure
          </Button>
        </span>
      </div>
      <FormError message={error} />
      {editing === 'new' && form}
      {loaded && closures.length === 0 && editing !== 'new' ? (
        <EmptyState icon="calendar" title="No closures yet">
          Add the days the studio is shut, such as 24 to 26 December every year, or import them from a CSV with Date (or Start and End) and Name columns.
        </EmptyState>
      ) : (
        <table className="table settings-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Days</th>
              <th className="num">Length</th>
              <th>Repeats</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {current.map(row)}
            {past.length > 0 && (
              <tr className="settings-group">
                <th colSpan={5} scope="rowgroup">
                  Past
                </th>
              </tr>
            )}
            {past.map(row)}
          </tbody>
        </table>
      )}
      {closures.length > 0 && (
        <p className="card-foot muted">
          A CSV needs a header row with Date (or Start and End) and Name, and may have Repeats yearly (yes or no). A bad row refuses the whole file and says which row and column.
        </p>
      )}
    </section>
  );
}
