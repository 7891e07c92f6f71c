import { useEffect, useState } from 'react';
import { DATE_FORMATS, type DateFormat } from '@shared/contract/app';
import type { WeekHours } from '@shared/domain';
import { Button } from '../../components/Button';
import { Field, FormError } from '../../components/Field';
import { formatHours, weekdayNames } from '../../lib/format';
import { useStore } from '../../store';
import { parseNumber } from '../people/talentDraft';
import { useBusyAction } from '../../lib/useBusyAction';

const SAMPLE = new Date(2026, 2, 28);
const DATE_FORMAT_LABEL: Record<DateFormat, string> = {
  system: `As the computer’s language has it (${new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(SAMPLE)})`,
  dmy: 'Day first (28 Mar 2026)',
  mdy: 'Month first (Mar 28, 2026)',
  ymd: 'Year first (2026-03-28)',
};

/** Sunday-first index → a weekday's name ("Monday"). */
const dayName = (d: number) => new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(new Date(2024, 0, 7 + d));

/** The workspace's defaults: the working week a new person starts with, the Calendar's first day of the week, and where money is set. */
export function DefaultsSection() {
  const defaults = useStore((s) => s.defaults);
  const save = useStore((s) => s.saveDefaults);
  const load = useStore((s) => s.loadDefaults);
  const reporting = useStore((s) => s.money?.reportingCurrency);
  const setMoneyOpen = useStore((s) => s.setMoneyOpen);
  const loadMoney = useStore((s) => s.loadMoney);
  const [week, setWeek] = useState<string[] | null>(null);
  const { busy, error, run } = useBusyAction();

  useEffect(() => {
    void load();
    void loadMoney();
  }, [load, loadMoney]);
  useEffect(() => {
    if (defaults) setWeek(defaults.week.map(String));
  }, [defaults]);

  if (!defaults || !week) return null;
  const hours = week.map((h) => parseNumber(h, Number.NaN) as number);
  const valid = hours.every((h) => h >= 0 && h <= 24);
  const changed = valid && hours.some((h, i) => h !== defaults.week[i]);

  return (
    <div className="settings-stack">
      <section className="card" aria-labelledby="week-title">
        <div className="card-header">
          <div>
            <h2 id="week-title">Working week for new people</h2>
            <p className="sub">The hours each day that a person added from now on starts with (in the Add person form, and when an import gives no pattern). People already added keep theirs.</p>
          </div>
        </div>
        <form
          className="card-body"
          aria-label="Working week for new people"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) void run(() => save({ ...defaults, week: hours as WeekHours }, `New people now start with ${formatHours(hours.reduce((a, b) => a + b, 0))} a week`));
          }}
        >
          <FormError message={error} />
          <div className="week-inputs">
            {weekdayNames().map((name, i) => (
              <Field key={name} label={name} error={hours[i] >= 0 && hours[i] <= 24 ? undefined : '0 to 24'}>
                <input className="input num" inputMode="decimal" value={week[i]} onChange={(e) => setWeek(week.map((h, k) => (k === i ? e.target.value : h)))} />
              </Field>
            ))}
          </div>
          <div className="settings-form-foot">
            <span className="muted">{valid ? `${formatHours(hours.reduce((a, b) => a + b, 0))} a week` : 'Each day takes 0 to 24 hours.'}</span>
            <Button type="submit" variant="primary" disabled={busy || !changed}>
              Save working week
            </Button>
          </div>
        </form>
      </section>

      <section className="card" aria-labelledby="calendar-defaults-title">
        <div className="card-header">
          <h2 id="calendar-defaults-title">Calendar, dates and money</h2>
        </div>
        <div className="card-body settings-rows">
          <Field label="First day of the week in the Calendar" hint="Capacity figures are always by ISO week, Monday to Sunday.">
            <select
              className="select settings-select"
              value={defaults.firstDayOfWeek ?? ''}
              disabled={busy}
              onChange={(e) => {
                const firstDayOfWeek = e.target.value === '' ? null : Number(e.target.value);
                const said = firstDayOfWeek === null ? 'as the computer’s region has it' : `on ${dayName(firstDayOfWeek)}`;
                void run(() => save({ ...defaults, firstDayOfWeek }, `The Calendar’s weeks now start ${said}`));
              }}
            >
              <option value="">As the computer’s region has it</option>
              {[1, 0, 6].map((d) => (
                <option key={d} value={d}>
                  {dayName(d)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Dates are shown" hint="In lists, forms and messages across the app.">
            <select
              className="select settings-select"
              value={defaults.dateFormat}
              disabled={busy}
              onChange={(e) => {
                const dateFormat = e.target.value as DateFormat;
                const label = DATE_FORMAT_LABEL[dateFormat];
                void run(() => save({ ...defaults, dateFormat }, `Dates are now shown ${label.charAt(0).toLowerCase()}${label.slice(1)}`));
              }}
            >
              {DATE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {DATE_FORMAT_LABEL[f]}
                </option>
              ))}
            </select>
          </Field>
          <div className="field">
            <span className="field-label">Reporting currency and exchange rates</span>
            <div className="settings-money">
              <span>{reporting ? `Totals are reported in ${reporting}.` : 'Every total is reported in one currency, with rates you enter.'}</span>
              <Button icon="money" onClick={() => setMoneyOpen(true)}>
                Currency and rates…
              </Button>
            </div>
          </div>
        </div>
      </section>
    </div>
  );
}
