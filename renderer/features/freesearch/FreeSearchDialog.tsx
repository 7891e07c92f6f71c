import { useMemo, type KeyboardEvent } from 'react';
import type { FreeSearchResult } from '@shared/contract';
import { Dialog } from '../../components/Dialog';
import { formatDateRange } from '../../lib/format';
import { useStore } from '../../store';
import { FreeFilters } from './FreeFilters';
import { FreeResultRow } from './FreeResultRow';
import { daysOf, TimelineHeader, TimelineLegend } from './MiniTimeline';
import './freesearch.css';

/** "4 of 5 people who match are free 3 – 9 May 2027, most free first."; "The 1 person who matches is free …". */
export function freeSummary(r: FreeSearchResult): string {
  const when = formatDateRange(r.range.start, r.range.end);
  if (r.matched === 0) return `No one matches these filters. Try another role or skill, or fewer tags.`;
  const one = r.matched === 1;
  if (r.total === 0) return `${one ? 'The 1 person who matches is' : `All ${r.matched} people who match are`} fully booked or away ${when}.`;
  if (one) return `The 1 person who matches is free ${when}.`;
  const shown = r.people.length < r.total ? ` The ${r.people.length} most free are listed.` : '';
  return `${r.total} of ${r.matched} people who match ${r.total === 1 ? 'is' : 'are'} free ${when}, most free first.${shown}`;
}

/** Up and down arrows move between the results' Book buttons (Tab still goes through everything). */
function moveBetweenRows(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.ft-book button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  buttons[Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
}

/** "Who's free?": filters above, people with free hours below, each with their days and a Book button. */
export function FreeSearchDialog() {
  const close = useStore((s) => s.closeFreeSearch);
  const result = useStore((s) => s.freeResult);
  const loading = useStore((s) => s.freeLoading);
  const error = useStore((s) => s.freeError);
  const unknown = useStore((s) => s.freeUnknownTerm);
  const roles = useStore((s) => s.roles);
  const book = useStore((s) => s.bookFree);

  const dates = useMemo(() => (result ? daysOf(result.range.start, result.people[0]?.days.free.length ?? 0) : []), [result]);
  return (
    <Dialog title="Who's free?" onClose={close} size="side">
      <div className="free-search" data-loading={loading || undefined}>
        <FreeFilters />
        {unknown && (
          <p className="ft-notice" role="status">
            No role or skill is called “{unknown}”: choose one below.
          </p>
        )}
        <div className="ft-summary">
          <p role="status" aria-live="polite">
            {error ?? (result ? freeSummary(result) : 'Looking…')}
          </p>
          {loading && <span className="spinner spinner-sm" aria-hidden="true" />}
        </div>
        {result && result.people.length > 0 && !error && (
          <>
            <TimelineLegend />
            <div className="ft-list-head" aria-hidden="true">
              <span>Person</span>
              <TimelineHeader dates={dates} />
              <span className="ft-right">Free hours</span>
              <span />
            </div>
            <ul className="ft-list" aria-label="Free people, most free first" onKeyDown={moveBetweenRows}>
              {result.people.map((p) => (
                <FreeResultRow key={p.id} person={p} roles={roles} dates={dates} numbers={dates.length <= 14} onBook={book} />
              ))}
            </ul>
          </>
        )}
      </div>
    </Dialog>
  );
}
