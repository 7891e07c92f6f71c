import type { DeliveryProposal } from '@shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate, formatDateRange, formatHours } from '../../lib/format';
import { useStore } from '../../store';

function Diff({ plan }: { plan: DeliveryProposal }) {
  const phaseOf = new Map(plan.phases.flatMap((p) => p.lineIds.map((id) => [id, p] as const)));
  const roleOf = new Map(plan.lines.map((l) => [l.demandLineId, l.roleName]));
  const short = plan.lines.filter((l) => l.unstaffed > 0);
  return (
    <>
      <div className="table-scroll delivery-book-list">
        <table className="table">
          <thead>
            <tr><th>Person</th><th>Phase</th><th>Role</th><th>Days</th><th className="num">A day</th><th className="num">Hours</th></tr>
          </thead>
          <tbody>
            {plan.bookings.map((b) => (
              <tr key={b.key}>
                <td>{b.name}</td><td>{phaseOf.get(b.demandLineId)?.name}</td><td>{roleOf.get(b.demandLineId)}</td>
                <td className="nowrap">{formatDateRange(b.start, b.end)}</td><td className="num">{formatHours(b.hoursPerDay)}</td><td className="num">{formatHours(b.totalHours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {short.length > 0 && (
        <p className="delivery-late" role="note">
          Left unstaffed: {short.map((l) => `${l.roleName} ${formatHours(l.unstaffed)}`).join(', ')}. Split mode may give these hours to more people.
        </p>
      )}
    </>
  );
}

/** "Book it": the staffing optimiser's proposal for the answer's phases, as a diff to accept (one undoable step). */
export function DeliveryBookDialog({ plan, onClose }: { plan: DeliveryProposal; onClose: () => void }) {
  const book = useStore((s) => s.bookDelivery);
  const loading = useStore((s) => s.deliveryBookLoading);
  const propose = useStore((s) => s.previewDeliveryBooking);
  const n = plan.bookings.length;
  const finish = plan.bookings.reduce((m, b) => (b.end > m ? b.end : m), '');
  return (
    <ConfirmDialog
      title="Book this delivery?"
      confirmLabel={`Add ${n} tentative booking${n === 1 ? '' : 's'}`}
      onConfirm={book}
      onClose={onClose}
      size="wide"
      message={
        <>
          <div className="segmented delivery-book-mode" role="group" aria-label="How lines are staffed">
            <button type="button" aria-pressed={plan.mode === 'split'} disabled={loading} onClick={() => void propose('split')} title="A line's hours may go to several people">
              Split lines
            </button>
            <button type="button" aria-pressed={plan.mode === 'whole'} disabled={loading} onClick={() => void propose('whole')} title="Each line goes to one person">
              One person per line
            </button>
          </div>
          {loading && <span className="muted"> Proposing again…</span>}
          <p>
            The staffing optimiser staffs each phase’s demand on the phase’s dates from the answer: {n} tentative booking{n === 1 ? '' : 's'}, {formatHours(plan.staffedHours)}
            {finish && <>, the last ending on {formatDate(finish)}</>}, beside the campaign’s own bookings. You can undo this afterwards.
          </p>
          <Diff plan={plan} />
        </>
      }
    />
  );
}
