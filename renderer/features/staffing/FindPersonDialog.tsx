import { useEffect, useState } from 'react';
import type { StaffingCandidate } from '@shared/contract';
import { NO_ROLE_YET, type BookingStatus } from '@shared/domain';
import { FormError } from '../../components/Field';
import { Dialog } from '../../components/Dialog';
import { formatDateRange, formatHours, formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { BookingEditor } from '../bookings/BookingEditor';
import { newBookingDraft, type BookingDraft } from '../bookings/draft';
import { CandidateRow } from './CandidateRow';
import { KindsSelect } from './KindsSelect';
import type { KindsChoice } from './kinds';
import './staffing.css';

interface Props {
  demandLineId: number;
  onClose(): void;
}

/**
 * "Find a person" for one demand line: candidates ranked with their reasons; "Book" makes one
 * booking over the days they are free, after an over-allocation warning where one applies.
 */
export function FindPersonDialog({ demandLineId, onClose }: Props) {
  const roles = useStore((s) => s.roles);
  const [kinds, setKinds] = useState<KindsChoice>('staff+freelancer');
  const [includeTentative, setIncludeTentative] = useState(true);
  const [status, setStatus] = useState<BookingStatus>('tentative');
  const rank = useStore((s) => s.rankStaffing);
  const result = useStore((s) => s.staffingRank?.result ?? null);
  const error = useStore((s) => s.staffingRank?.error ?? null);
  const [booking, setBooking] = useState<BookingDraft | null>(null);

  // The ranking lives in the store while the dialog is open, so a change elsewhere re-ranks it.
  useEffect(() => {
    void rank({ demandLineId, kinds, includeTentative });
  }, [rank, demandLineId, kinds, includeTentative]);
  useEffect(() => () => void rank(null), [rank]);

  /** "Book…" opens the one booking editor with what "Covers" counts; it warns and saves. */
  function book(c: StaffingCandidate) {
    if (!result || !c.booking) return;
    const { start, end, hoursPerDay } = c.booking;
    setBooking(newBookingDraft({ talentId: c.talentId, campaignId: result.line.campaignId, demandLineId, start, end, amount: String(hoursPerDay), status }));
  }

  const line = result?.line;
  const near = result ? result.candidates.filter((c) => c.missing).length : 0;
  const full = result ? result.candidates.length - near : 0;
  const roleName = line ? (line.roleId === null ? NO_ROLE_YET : (roles.find((r) => r.id === line.roleId)?.name ?? 'Role')) : '';
  return (
    <>
    <Dialog title="Find a person" onClose={onClose} size="side">
      <div className="sf-find" data-ready={result ? 'true' : 'false'} data-line-id={demandLineId}>
        {line && (
          <div className="sf-line-head">
            <div className="cell-strong">
              {roleName} · {line.campaignName}
            </div>
            <div className="muted">
              {formatDateRange(line.start, line.end)} · P{line.priority} · <b className="sf-open">{formatHours(line.openHours)} open</b> of {formatHours(line.hours)}
            </div>
          </div>
        )}
        <div className="sf-find-options">
          <KindsSelect value={kinds} onChange={setKinds} />
          <label className="checkbox" title="Tentative bookings count as taken">
            <input type="checkbox" checked={includeTentative} onChange={(e) => setIncludeTentative(e.target.checked)} />
            Tentative counts as taken
          </label>
          <label className="sf-inline">
            Book as
            <select className="select" value={status} onChange={(e) => setStatus(e.target.value as BookingStatus)} aria-label="Book as">
              <option value="tentative">Tentative</option>
              <option value="confirmed">Confirmed</option>
            </select>
          </label>
        </div>
        <p className="sf-hint">
          “Book…” opens a booking over the longest stretch of the window in which the person is free every working day, in whole quarter hours a
          day, so it over-allocates no one. “Covers” is exactly what it books. Figures count from today.
        </p>
        <FormError message={error} />
        {!result && !error && <span className="spinner" role="status" aria-label="Ranking" />}
        {result && result.line.openHours <= 0 && <p className="sf-filled">This line is fully staffed: every hour of it is booked.</p>}
        {result && result.line.openHours > 0 && result.candidates.length === 0 && <p className="muted">Nobody has this role or these skills{kinds !== 'all' ? ' among the kinds shown' : ''}.</p>}
        {result && result.candidates.length > 0 && (
          <>
            <div className="sf-count muted">
              {formatNumber(result.eligible, 0)} eligible {result.eligible === 1 ? 'person' : 'people'}, best {full} shown
              {near > 0 && ` · ${formatNumber(near, 0)} near ${near === 1 ? 'match' : 'matches'} below them, missing the role or a skill`}
            </div>
            <ol className="sf-cands">
              {result.candidates.map((c, i) => (
                <CandidateRow
                  key={c.talentId}
                  c={c}
                  rank={i + 1}
                  busy={booking !== null}
                  onBook={() => book(c)}
                />
              ))}
            </ol>
          </>
        )}
      </div>
    </Dialog>
      {booking && (
        <BookingEditor
          initial={booking}
          onClose={() => setBooking(null)}
          onDone={(_saved, message) => {
            setBooking(null);
            void useStore.getState().announceChange(message);
          }}
        />
      )}
    </>
  );
}
