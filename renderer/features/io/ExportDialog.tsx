import './io.css';
import { useState } from 'react';
import { call, errorMessage, ApiCallError } from '../../api';
import { Button } from '../../components/Button';
import { RoleSelect } from '../../components/RoleSelect';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { defaultRange, slug } from './exportDefaults';
import { IcsTarget, type IcsWho } from './IcsTarget';
import { baseName } from './labels';
import { ProgressLine } from './ProgressLine';
import { useIoProgress } from './useIoProgress';

type What = 'plan' | 'ics';
type PlanFormat = 'xlsx' | 'csv' | 'pdf';
type Sheet = 'person' | 'campaign' | 'role' | 'bookings';
const SHEETS: [Sheet, string][] = [['person', 'By person'], ['campaign', 'By campaign'], ['role', 'By role and week'], ['bookings', 'Bookings']];

/** Export the staffing plan (XLSX, CSV or PDF) or bookings as a calendar file, to where the user chooses. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const roles = useStore((s) => s.roles);
  const [what, setWhat] = useState<What>('plan');
  const [range, setRange] = useState(defaultRange);
  const [format, setFormat] = useState<PlanFormat>('xlsx');
  const [sheet, setSheet] = useState<Sheet>('person');
  const [roleId, setRoleId] = useState<number | null>(null);
  const [confirmedOnly, setConfirmedOnly] = useState(false);
  const [who, setWho] = useState<IcsWho>({ kind: 'talent', id: null, name: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const progress = useIoProgress('export', busy);

  const rangeError = range.end < range.start ? 'The end is before the start' : undefined;

  async function run() {
    setError(null);
    try {
      const planName = `staffing-plan-${range.start}-to-${range.end}${format === 'csv' ? `-${sheet}` : ''}.${format}`;
      const defaultName = what === 'plan' ? planName : `${slug(who.name)}-bookings.ics`;
      const { path } = await call('io:chooseSavePath', { defaultName, format: what === 'plan' ? format : 'ics', title: 'Export to' });
      if (!path) return;
      setBusy(true);
      const s = useStore.getState();
      if (what === 'plan') {
        const filter = { ...(roleId ? { roleId } : {}), ...(confirmedOnly ? { confirmedOnly } : {}) };
        const written = await call('io:exportPlan', { path, format, range, filter, ...(format === 'csv' ? { sheet } : {}) });
        s.pushToast({ kind: 'success', message: `Exported ${formatNumber(written.rows, 0)} ${written.rows === 1 ? 'row' : 'rows'} to ${baseName(path)}` });
      } else if (who.id) {
        const input = who.kind === 'talent' ? { path, talentId: who.id, range } : { path, campaignId: who.id, range };
        const written = await call('io:exportIcs', input);
        s.pushToast({ kind: 'success', message: `Exported ${formatNumber(written.events, 0)} ${written.events === 1 ? 'booking' : 'bookings'} to ${baseName(path)}` });
      }
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'cancelled') useStore.getState().pushToast({ kind: 'info', message: 'Export cancelled. No file was written.' });
      else setError(errorMessage(e));
      setBusy(false);
    }
  }

  const ready = !rangeError && (what === 'plan' || who.id !== null);
  const footer = (
    <>
      {busy ? <ProgressLine progress={progress} fallback="Preparing the export" /> : <span className="spacer" />}
      {busy ? (
        <Button variant="danger" onClick={() => void call('io:cancel', {})}>
          Cancel export
        </Button>
      ) : (
        <Button onClick={onClose}>Close</Button>
      )}
      <Button variant="primary" onClick={() => void run()} disabled={!ready || busy}>
        Export…
      </Button>
    </>
  );

  return (
    <Dialog title="Export" onClose={onClose} footer={footer} busy={busy}>
      <div className="io-export">
        <div className="io-segment" role="radiogroup" aria-label="What to export">
          {(
            [
              ['plan', 'Staffing plan'],
              ['ics', 'Bookings calendar (.ics)'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className={what === value ? 'on' : ''}>
              <input type="radio" name="what" checked={what === value} onChange={() => setWhat(value)} disabled={busy} /> {label}
            </label>
          ))}
        </div>
        <div className="io-row">
          <Field label="From" error={rangeError}>
            <input className="input" type="date" value={range.start} onChange={(e) => setRange({ ...range, start: e.target.value })} disabled={busy} />
          </Field>
          <Field label="To">
            <input className="input" type="date" value={range.end} onChange={(e) => setRange({ ...range, end: e.target.value })} disabled={busy} />
          </Field>
        </div>
        {what === 'plan' ? (
          <>
            <div className="io-row">
              <Field label="Format">
                <select className="select" value={format} onChange={(e) => setFormat(e.target.value as PlanFormat)} disabled={busy}>
                  <option value="xlsx">Excel workbook (.xlsx): every table</option>
                  <option value="csv">CSV: one table</option>
                  <option value="pdf">PDF: print-ready</option>
                </select>
              </Field>
              {format === 'csv' && (
                <Field label="Table">
                  <select className="select" value={sheet} onChange={(e) => setSheet(e.target.value as Sheet)} disabled={busy}>
                    {SHEETS.map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
            </div>
            <div className="io-row">
              <Field label="Role">
                <RoleSelect roles={roles} value={roleId} onChange={setRoleId} anyLabel="All roles" disabled={busy} />
              </Field>
              <label className="io-check">
                <input type="checkbox" checked={confirmedOnly} onChange={(e) => setConfirmedOnly(e.target.checked)} disabled={busy} /> Confirmed bookings only
              </label>
            </div>
          </>
        ) : (
          <IcsTarget value={who} onChange={setWho} />
        )}
        {error && (
          <div className="io-error" role="alert">
            {error}
          </div>
        )}
      </div>
    </Dialog>
  );
}
