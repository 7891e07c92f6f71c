import { useState } from 'react';
import type { ExchangeRate } from '@shared/domain';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { CurrencySelect } from '../../components/CurrencySelect';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { formatDate, formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { RateForm } from './RateForm';
import { useBusyAction } from '../../lib/useBusyAction';

/** Currency and rates: the reporting currency every total is in, and the exchange rates by date. */
export function MoneyDialog() {
  const money = useStore((s) => s.money);
  const setMoneyOpen = useStore((s) => s.setMoneyOpen);
  const setReportingCurrency = useStore((s) => s.setReportingCurrency);
  const deleteRate = useStore((s) => s.deleteRate);
  const importRates = useStore((s) => s.importRates);
  const [editing, setEditing] = useState<ExchangeRate | null>(null);
  const { busy, error, run } = useBusyAction();
  const [rateDirty, setRateDirty] = useState(false);
  const close = () => setMoneyOpen(false);

  async function chooseAndImport() {
    const { path } = await call('io:chooseFile', { title: 'Choose a CSV of exchange rates' });
    if (path) await importRates(path);
  }

  return (
    <Dialog title="Currency and rates" size="wide" onClose={close} busy={busy} dirty={rateDirty} changesTo="the exchange rate" footer={<Button onClick={close}>Close</Button>}>
      <FormError message={error} />
      {money && (
        <div className="money">
          <section className="form-section">
            <Field
              label="Reporting currency"
              hint="Every total, chart, export and snapshot is in this currency: each booked day is converted at the rate in force on that day. A campaign's own figures stay in its own currency too."
            >
              <CurrencySelect value={money.reportingCurrency} disabled={busy} onChange={(c) => void run(() => setReportingCurrency(c))} />
            </Field>
          </section>
          {money.missing.length > 0 && (
            <div className="money-warnings" role="alert">
              {money.missing.map((m) => (
                <p key={`${m.fromCurrency}>${m.toCurrency}`}>{m.message}</p>
              ))}
            </div>
          )}
          <section className="form-section">
            <h3>Exchange rates</h3>
            <p className="muted">
              Rates you enter yourself: the app never looks them up. A rate holds from its date until the next rate for the same currencies; a pair
              with no rate of its own is converted through another currency, {money.reportingCurrency} first. People are paid in{' '}
              {money.currencies.filter((c) => c.people > 0).map((c) => `${c.currency} (${c.people})`).join(', ') || 'no currency yet'}.
            </p>
            <table className="table money-rates">
              <thead>
                <tr>
                  <th>Rate</th>
                  <th>From</th>
                  <th aria-label="Actions" />
                </tr>
              </thead>
              <tbody>
                {money.rates.length === 0 && (
                  <tr>
                    <td colSpan={3} className="muted">
                      No exchange rates yet.
                    </td>
                  </tr>
                )}
                {money.rates.map((r) => (
                  <tr key={r.id} aria-current={editing?.id === r.id ? 'true' : undefined}>
                    <td>
                      1 {r.fromCurrency} = {formatNumber(r.rate, 6)} {r.toCurrency}
                    </td>
                    <td>{formatDate(r.effectiveFrom)}</td>
                    <td className="n">
                      <Button size="sm" icon="edit" iconOnly label={`Edit ${r.fromCurrency} to ${r.toCurrency} from ${r.effectiveFrom}`} onClick={() => setEditing(r)} />
                      <Button size="sm" icon="trash" iconOnly label={`Delete ${r.fromCurrency} to ${r.toCurrency} from ${r.effectiveFrom}`} onClick={() => void run(() => deleteRate(r.id))} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <RateForm key={editing?.id ?? 'new'} editing={editing} reporting={money.reportingCurrency} onDone={() => setEditing(null)} onDirty={setRateDirty} />
            <div className="money-import">
              <Button icon="file" disabled={busy} onClick={() => void run(chooseAndImport)}>
                Import rates from CSV…
              </Button>
              <span className="hint muted">Columns From, To, Rate, Effective from (YYYY-MM-DD). A bad row refuses the whole file and says which.</span>
            </div>
          </section>
        </div>
      )}
    </Dialog>
  );
}
