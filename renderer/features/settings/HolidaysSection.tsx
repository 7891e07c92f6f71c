import { useEffect, useState } from 'react';
import type { AppliedHoliday, HolidayCalendar } from '@shared/contract';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { FormError } from '../../components/Field';
import { useStore } from '../../store';
import { LocalHolidayForm } from './LocalHolidayForm';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const dayOf = (iso: string) => dayFormat.format(new Date(`${iso}T00:00`));

function Status({ h }: { h: AppliedHoliday }) {
  if (h.source === 'local') return <span className="badge badge-confirmed">Local holiday</span>;
  if (h.ignored) return <span className="badge badge-tentative">Studio works</span>;
  return <span className="badge badge-done">Public holiday</span>;
}

function CalendarCard({ calendar, busy, run }: { calendar: HolidayCalendar; busy: boolean; run: (action: () => Promise<void>) => void }) {
  const choose = useStore((s) => s.chooseHoliday);
  const undoChoice = useStore((s) => s.undoHolidayChoice);
  const { country, region, label } = calendar;
  const action = (h: AppliedHoliday) => {
    if (h.source === 'local') return { text: 'Remove', run: () => undoChoice(h.overrideId!, `${h.name} is no longer a local holiday`) };
    if (h.ignored) return { text: 'Take as holiday', run: () => undoChoice(h.overrideId!, `${h.name} is a holiday again in ${label}`) };
    return { text: 'Work this day', run: () => choose({ country, region, date: h.date, kind: 'ignore', name: h.name }) };
  };
  return (
    <section className="card" aria-label={`Public holidays in ${label}`}>
      <div className="card-header">
        <h2>{label}</h2>
        <span className="sub">
          {calendar.people === 1 ? '1 person' : `${calendar.people} people`} · {calendar.holidays.filter((h) => !h.ignored).length} days off
        </span>
      </div>
      <table className="table settings-table holiday-table">
        <thead>
          <tr>
            <th>Day</th>
            <th>Holiday</th>
            <th>Applied as</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {calendar.holidays.map((h) => {
            const a = action(h);
            return (
              <tr key={`${h.source}${h.date}`} className={h.ignored ? 'settings-ignored' : undefined}>
                <td className="nowrap">{dayOf(h.date)}</td>
                <td className="settings-name">{h.name}</td>
                <td>
                  <Status h={h} />
                </td>
                <td className="actions-cell">
                  <Button size="sm" variant="ghost" disabled={busy} aria-label={`${a.text}: ${h.name}, ${label}`} onClick={() => run(a.run)}>
                    {a.text}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <LocalHolidayForm calendar={calendar} />
    </section>
  );
}

/** Per holiday region in use, the public holidays capacity takes off for a year; each can be worked, and local ones added. */
export function HolidaysSection() {
  const year = useStore((s) => s.holidayYear);
  const calendars = useStore((s) => s.holidayCalendars);
  const load = useStore((s) => s.loadHolidayCalendars);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    action()
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  }

  return (
    <div className="settings-stack">
      <div className="settings-intro">
        <div>
          <h2>Public holidays</h2>
          <p className="muted">
            The holidays of each person’s holiday region come from a holiday calendar built into the app. Mark a day the studio works on, or add a local holiday: capacity, staffing and snapshots follow at once.
          </p>
        </div>
        <div className="year-step" role="group" aria-label="Year">
          <Button size="sm" icon="back" iconOnly label="Previous year" onClick={() => void load(year - 1)} />
          <span className="year-step-value" aria-live="polite">
            {year}
          </span>
          <Button size="sm" icon="chevronRight" iconOnly label="Next year" onClick={() => void load(year + 1)} />
        </div>
      </div>
      <FormError message={error} />
      {calendars && calendars.length === 0 && (
        <div className="card">
          <EmptyState icon="calendar" title="No one has a holiday region yet">
            Give people a holiday country and region (People, then edit a person) and their public holidays appear here.
          </EmptyState>
        </div>
      )}
      {calendars?.map((c) => <CalendarCard key={`${c.country}|${c.region ?? ''}`} calendar={c} busy={busy} run={run} />)}
    </div>
  );
}
