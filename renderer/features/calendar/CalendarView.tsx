import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { DateSelectArg, EventClickArg, EventMountArg } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import multiMonthPlugin from '@fullcalendar/multimonth';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { notifyRefused, notifySaved } from './appBridge';
import { BookingDialog } from './BookingDialog';
import type { BookingEventProps } from './bookingEvents';
import { draftOf, newDraft, type BookingDraft, type StaffLine } from './bookingDraft';
import { inclusiveEnd, isoOfDate } from './dates';
import { DrawNotice } from './DrawNotice';
import { FilterBar } from './FilterBar';
import { isNarrowed, noFilters, type CalendarFilters } from './filters';
import { Legend } from './Legend';
import { firstDayOf, systemLocale } from './locale';
import { useStore } from '../../store';
import { useLookups } from './lookups';
import type { OverallocationSource } from './overallocation';
import { eventSources, type DrawMode } from './sources';
import { useBookingMoves } from './useBookingMoves';
import { useRefetchTriggers } from './useRefetchTriggers';
import { useResizeRelayout } from './useResizeRelayout';
import { announceWorkspaceChange } from './workspaceEvents';
import './calendar.css';

export interface CalendarViewProps {
  /** The demand line being staffed: preselects its campaign and line when booking. */
  staffLine?: StaffLine;
  /** Over-allocated days for the visible range, from the capacity core (wired by the app). */
  overallocation?: OverallocationSource;
  initialFilters?: Partial<CalendarFilters>;
}

const HEADER = { left: 'prev,next today', center: 'title', right: 'dayGridMonth,dayGridWeek,listMonth,multiMonthYear' };
const BUTTONS = { today: 'Today', month: 'Month', week: 'Week', list: 'List', year: 'Year' };
const VIEWS = {
  dayGridWeek: { dayMaxEvents: false, dayHeaderFormat: { weekday: 'short', day: 'numeric' } as const },
  listMonth: { buttonText: 'List' },
  multiMonthYear: { buttonText: 'Year', multiMonthMaxColumns: 3, dayMaxEvents: false },
};
const PLUGINS = [dayGridPlugin, interactionPlugin, listPlugin, multiMonthPlugin];

/** The calendar of bookings, time off, holidays and closures: filtered, and editable by dragging. */
export function CalendarView({ staffLine, overallocation, initialFilters }: CalendarViewProps = {}) {
  const calendar = useRef<FullCalendar>(null);
  const [filters, setFilters] = useState<CalendarFilters>({ ...noFilters, ...initialFilters });
  const [dialog, setDialog] = useState<BookingDraft | null>(null);
  const [drawn, setDrawn] = useState<DrawMode | null>(null);
  const [loading, setLoading] = useState(false);
  const refetch = useCallback(() => calendar.current?.getApi().refetchEvents(), []);
  const { lookups, ready, reload } = useLookups(notifyRefused, refetch);

  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const overRef = useRef(overallocation);
  overRef.current = overallocation;

  // Once the first range is drawn, the campaign names for the filter and the dialog follow.
  const onDrawn = useCallback(
    (mode: DrawMode) => {
      setDrawn(mode);
      void ready.current.full();
    },
    [ready],
  );
  const onFailure = useCallback((error: unknown) => notifyRefused(`The calendar could not be loaded: ${errorMessage(error)}`), []);
  const sources = useMemo(
    () => eventSources({ filters: () => filtersRef.current, lookups: () => ready.current, overallocation: () => overRef.current, onDrawn }),
    [ready, onDrawn],
  );
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) refetch();
    mounted.current = true;
  }, [filters, overallocation, refetch]);
  useRefetchTriggers(refetch, reload);
  const body = useRef<HTMLDivElement>(null);
  useResizeRelayout(body, calendar);

  const changed = useCallback((text: string) => {
    notifySaved(text);
    announceWorkspaceChange();
  }, []);
  const [over, setOver] = useState<{ warning: string; answer: (save: boolean) => void } | null>(null);
  const confirmOver = useCallback((warning: string) => new Promise<boolean>((answer) => setOver({ warning, answer })), []);
  const onMove = useBookingMoves(changed, notifyRefused, confirmOver);
  const answerOver = (save: boolean) => {
    over?.answer(save);
    setOver(null);
  };

  const onSelect = useCallback(
    (info: DateSelectArg) => setDialog(newDraft(isoOfDate(info.start), inclusiveEnd(info.start, info.end), filtersRef.current, staffLine)),
    [staffLine],
  );
  const onClick = useCallback((info: EventClickArg) => {
    const props = info.event.extendedProps as BookingEventProps | { kind: 'count'; date: string };
    if (props.kind === 'booking') setDialog(draftOf(props.booking));
    else if (props.kind === 'count' && info.view.type === 'multiMonthYear') info.view.calendar.changeView('dayGridMonth', props.date);
  }, []);
  const onMount = useCallback((info: EventMountArg) => {
    const props = info.event.extendedProps as Partial<BookingEventProps>;
    if (props.tooltip) info.el.title = props.tooltip;
    if (props.booking) info.el.dataset.range = `${props.booking.start}..${props.booking.end}`;
  }, []);
  const close = useCallback(() => {
    setDialog(null);
    calendar.current?.getApi().unselect();
  }, []);
  const done = useCallback((text: string) => (close(), changed(text)), [close, changed]);

  const locale = useMemo(systemLocale, []);
  const firstDay = useStore((s) => s.defaults?.firstDayOfWeek ?? null);
  return (
    <section className="cp-calendar" aria-label="Calendar">
      <FilterBar filters={filters} lookups={lookups} onChange={setFilters} />
      <DrawNotice drawn={drawn} staffLine={staffLine} lookups={lookups} narrowed={isNarrowed(filters)} />
      <div className="cp-calendar-body" ref={body}>
        {loading ? <span className="cp-loading" role="status" aria-label="Loading" /> : null}
        <FullCalendar
          ref={calendar}
          plugins={PLUGINS}
          initialView="dayGridMonth"
          headerToolbar={HEADER}
          buttonText={BUTTONS}
          views={VIEWS}
          locale={locale}
          firstDay={firstDay ?? firstDayOf(locale)}
          height="100%"
          eventSources={sources}
          selectable
          editable
          eventResizableFromStart
          dayMaxEvents
          eventDisplay="block"
          eventOrder="start,-duration,title"
          select={onSelect}
          eventClick={onClick}
          eventDrop={onMove}
          eventResize={onMove}
          eventDidMount={onMount}
          loading={setLoading}
          eventSourceFailure={onFailure}
        />
      </div>
      <Legend showOverallocation={!!overallocation} />
      {dialog ? <BookingDialog initial={dialog} lookups={lookups} onClose={close} onDone={done} /> : null}
      {over ? (
        <Dialog
          title="This would over-allocate"
          onClose={() => answerOver(false)}
          onSubmit={() => answerOver(true)}
          footer={
            <>
              <Button onClick={() => answerOver(false)}>Put it back</Button>
              <Button type="submit" variant="primary">
                Save anyway
              </Button>
            </>
          }
        >
          <p className="cp-warning">{over.warning}</p>
        </Dialog>
      ) : null}
    </section>
  );
}

export default CalendarView;
