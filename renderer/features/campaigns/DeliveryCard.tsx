import { useEffect } from 'react';
import type { CampaignSummary, DeliveryAnswer, DeliverySplit } from '@shared/contract';
import { Button } from '../../components/Button';
import { formatDate, formatDateRange, formatHours, todayIso } from '../../lib/format';
import { useStore } from '../../store';
import { DeliveryBookDialog } from './DeliveryBookDialog';
import { DeliveryProgressLine, PhaseDates } from './DeliveryProgress';

/** "On time, with 3 working days to spare" / "8 working days late (12 calendar days)". */
function verdict(a: DeliveryAnswer): string | null {
  if (a.finish === null) return 'Nothing fits within the year searched.';
  if (a.onTime === null || a.workingDaysLate === null) return null;
  if (a.onTime) return 'On time for the requested date.';
  const w = a.workingDaysLate;
  return `${w} working day${w === 1 ? '' : 's'} late (${a.calendarDaysLate} calendar day${a.calendarDaysLate === 1 ? '' : 's'} after the requested date).`;
}

/** The split way out's two parts: when, how many hours, and who. */
function SplitParts({ split }: { split: DeliverySplit }) {
  return (
    <ul className="delivery-split-parts" aria-label={`${split.phase} in two parts`}>
      {split.parts.map((p) => (
        <li key={p.name}>
          {p.name}: {formatDateRange(p.start, p.end)} · {formatHours(p.hours)} in {p.workingDays} working day{p.workingDays === 1 ? '' : 's'}
          {p.people.length > 0 && <span className="muted"> · {p.people.map((x) => x.name).join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}

function Answer({ a }: { a: DeliveryAnswer }) {
  const late = a.onTime === false || a.finish === null;
  return (
    <div className="delivery-answer" aria-live="polite">
      <div className="delivery-finish">
        <span className="muted">Earliest delivery</span>
        <strong>{a.finish ? formatDate(a.finish) : 'Not within a year'}</strong>
        {verdict(a) && <span className={late ? 'delivery-late' : 'delivery-ok'}>{verdict(a)}</span>}
      </div>
      <DeliveryProgressLine a={a} />
      <p className="delivery-binding">{a.binding.sentence}</p>
      {a.leftOut && <p className="muted" role="note">{a.leftOut}</p>}
      {!a.exact && <p className="muted">Some people could work on two phases at once here, so this date may be a little later than the best possible.</p>}
      {a.waysOut.length > 0 && (
        <>
          <h3 className="delivery-h3">{late ? 'Ways out' : 'Room to move'}</h3>
          <ul className="delivery-ways">
            {a.waysOut.map((w) => (
              <li key={w.kind}>
                <span>{w.sentence}</span>
                {w.split && <SplitParts split={w.split} />}
              </li>
            ))}
          </ul>
        </>
      )}
      <table className="table delivery-phases">
        <thead>
          <tr><th>Phase</th><th>Dates</th><th>People</th></tr>
        </thead>
        <tbody>
          {a.phases.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td><PhaseDates p={p} /></td>
              <td>{p.roles.flatMap((r) => r.people.map((x) => x.name)).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "When can we deliver?": the campaign's earliest finish on real free capacity, why, and the ways out. */
export function DeliveryCard({ campaign }: { campaign: CampaignSummary }) {
  const open = useStore((s) => s.openDelivery);
  const close = useStore((s) => s.closeDelivery);
  const form = useStore((s) => s.deliveryForm);
  const setForm = useStore((s) => s.setDeliveryForm);
  const answer = useStore((s) => s.deliveryAnswer);
  const error = useStore((s) => s.deliveryError);
  const loading = useStore((s) => s.deliveryLoading);
  const plan = useStore((s) => s.deliveryBookPlan);
  const preview = useStore((s) => s.previewDeliveryBooking);
  const closePlan = useStore((s) => s.closeDeliveryBooking);
  // The brief's requested launch, when it has one still ahead; else the campaign's end.
  const launch = useStore((s) => (s.briefFor === campaign.id ? (s.brief?.requestedDate ?? null) : null));
  useEffect(() => {
    const today = todayIso();
    const earliestStart = campaign.start > today ? campaign.start : today;
    open(campaign.id, { earliestStart, requestedDate: launch && launch >= earliestStart ? launch : campaign.end, tentativeIsTaken: true });
    return close;
  }, [campaign.id, campaign.start, campaign.end, launch, open, close]);

  return (
    <section className="card" aria-labelledby="delivery-title">
      <div className="card-header">
        <h2 id="delivery-title">When can we deliver?</h2>
        <span className="sub">The earliest finish on people's real free hours</span>
        <Button size="sm" icon="plus" disabled={!answer || answer.finish === null || answer.progress?.openHours === 0} onClick={() => void preview()} title="Turn the answer into tentative bookings">
          Book it…
        </Button>
      </div>
      <div className="card-body">
        <div className="delivery-form">
          <label className="field">
            <span>Earliest start</span>
            <input className="input" type="date" value={form.earliestStart} onChange={(e) => setForm({ earliestStart: e.target.value })} />
          </label>
          <label className="field">
            <span>Requested date</span>
            <input className="input" type="date" value={form.requestedDate} onChange={(e) => setForm({ requestedDate: e.target.value })} />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={form.tentativeIsTaken} onChange={(e) => setForm({ tentativeIsTaken: e.target.checked })} />
            Tentative bookings count as taken
          </label>
          {loading && <span className="muted">Working it out…</span>}
        </div>
        {error ? <p className="delivery-error" role="alert">{error}</p> : answer && <Answer a={answer} />}
      </div>
      {plan && <DeliveryBookDialog plan={plan} onClose={closePlan} />}
    </section>
  );
}
