import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { DatesSetArg, DateSelectArg, EventClickArg, EventDropArg, EventMountArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import multiMonthPlugin from '@fullcalendar/multimonth';
import type { OverAllocationRefusal } from '@shared/errors';
import { BookingEditor } from '../bookings/BookingEditor';
import { ConfirmOverAllocation } from '../bookings/ConfirmOverAllocation';
import type { BookingDraft } from '../bookings/draft';
import { TimeOffDialog, type TimeOffOpen } from '../timeoff/TimeOffDialog';
import { newTimeOffOpen, timeOffOpenOf } from '../timeoff/timeOffDraft';
import { AddChoice, type Adds } from './AddChoice';
import { notifyRefused, notifySaved } from './appBridge';
import type { TimeOffEventProps } from './contextEvents';
import { timeOffMounted } from './timeOffEvents';
import { useTimeOffMoves } from './useTimeOffMoves';
import type { BookingEventProps } from './bookingEvents';
import { draftOf, newDraft, type StaffLine } from './bookingDraft';
import { inclusiveEnd, isoOfDate, rangeOf } from './dates';
import { dayCellContent } from './DayNumber';
import { DrawNotice } from './DrawNotice';
import { dayCellMounted, hideToolbarGlyphs, moreLinkMounted, roveViewButtons } from './a11y';
import { FilterBar } from './FilterBar';
import { isNarrowed, noFilters, type CalendarFilters } from './filters';
import { Legend } from './Legend';
import { firstDayOf, systemLocale } from './locale';
import { useLookups } from './useLookups';
import { morePopover } from './popover';
import type { OverallocationSource } from './overallocation';
import { useCalendarEvents } from './useCalendarEvents';
import { useBookingMoves } from './useBookingMoves';
import { useResizeRelayout } from './useResizeRelayout';
import { useStore } from '../../store';
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
  // The year's small cells have room for "+2", not "+2 more".
  multiMonthYear: { buttonText: 'Year', multiMonthMaxColumns: 3, dayMaxEvents: false, moreLinkText: (n: number) => `+${n}` },
};
// Bookings before time off on a busy day, then by start, length and title. Time off carries
// `order: 1`, bookings none; FullCalendar sorts a missing value after any, hence the descending '-order'.
const EVENT_ORDER = '-order,start,-duration,title';
const PLUGINS = [dayGridPlugin, interactionPlugin, listPlugin, multiMonthPlugin];

/** The calendar of bookings, time off, holidays and closures: filtered, and editable by dragging. */
export function CalendarView({ staffLine, overallocation, initialFilters }: CalendarViewProps = {}) {
  const calendar = useRef<FullCalendar>(null);
  const filters = useStore((s) => s.calendar.filters);
  const drawn = useStore((s) => s.calendar.drawn);
  const loading = useStore((s) => s.calendar.loading > 0);
  const [dialog, setDialog] = useState<BookingDraft | null>(null);
  const [timeOff, setTimeOff] = useState<TimeOffOpen | null>(null);
  const [adds, setAdds] = useState<Adds>('booking');
  const addsRef = useRef(adds);
  addsRef.current = adds;
  const lookups = useLookups();
  const { events, overByDay } = useCalendarEvents(lookups);
  const dayTop = useMemo(() => dayCellContent(overByDay), [overByDay]);
  const setFilters = useStore((s) => s.setCalendarFilters);

  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  // The filters a caller opens with, once; the range follows from FullCalendar's first draw.
  const opening = useRef({ initialFilters, overallocation });
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const { initialFilters: start, overallocation: source } = opening.current;
    useStore.getState().openCalendar({ ...noFilters, ...start }, source ?? null);
    setOpened(true);
    return () => useStore.getState().closeCalendar();
  }, []);
  // Once the first range is drawn, the campaign names for the filter and the dialog follow.
  useEffect(() => {
    const s = useStore.getState();
    if (drawn && !s.allCampaignsLoaded) void s.loadAllCampaigns();
  }, [drawn]);
  const onDates = useCallback((arg: DatesSetArg) => {
    const { from, to } = rangeOf(arg.start, arg.end);
    useStore.getState().setCalendarRange(from, to);
    hideToolbarGlyphs(body.current);
    roveViewButtons(body.current);
  }, []);
  const body = useRef<HTMLDivElement>(null);
  useResizeRelayout(body, calendar);

  const changed = useCallback((text: string) => notifySaved(text), []);
  const [over, setOver] = useState<{ refusal: OverAllocationRefusal; answer: (save: boolean) => void } | null>(null);
  const confirmOver = useCallback((refusal: OverAllocationRefusal) => new Promise<boolean>((answer) => setOver({ refusal, answer })), []);
  const onBookingMove = useBookingMoves(changed, notifyRefused, confirmOver);
  const onTimeOffMove = useTimeOffMoves(notifyRefused);
  const onMove = useCallback(
    (info: EventDropArg | EventResizeDoneArg) => ((info.event.extendedProps as { kind?: string }).kind === 'timeOff' ? onTimeOffMove(info) : onBookingMove(info)),
    [onTimeOffMove, onBookingMove],
  );
  const answerOver = (save: boolean) => {
    over?.answer(save);
    setOver(null);
  };

  const onSelect = useCallback(
    (info: DateSelectArg) => {
      const [start, end] = [isoOfDate(info.start), inclusiveEnd(info.start, info.end)];
      if (addsRef.current === 'timeOff') setTimeOff(newTimeOffOpen(filtersRef.current.talentId, start, end));
      else setDialog(newDraft(start, end, filtersRef.current, staffLine));
    },
    [staffLine],
  );
  const onClick = useCallback((info: EventClickArg) => {
    const props = info.event.extendedProps as BookingEventProps | TimeOffEventProps | { kind: 'count'; date: string };
    if (props.kind === 'booking') setDialog(draftOf(props.booking));
    else if (props.kind === 'timeOff') setTimeOff(timeOffOpenOf(props.timeOff));
    else if (props.kind === 'count' && info.view.type === 'multiMonthYear') info.view.calendar.changeView('dayGridMonth', props.date);
  }, []);
  const onMount = useCallback((info: EventMountArg) => {
    const props = info.event.extendedProps as Partial<BookingEventProps> | Partial<TimeOffEventProps>;
    if (props.tooltip) info.el.title = props.tooltip;
    if (props.kind === 'booking' && props.booking) info.el.dataset.range = `${props.booking.start}..${props.booking.end}`;
    if (props.kind === 'timeOff' && props.timeOff) timeOffMounted(info.el, props.timeOff, props.tooltip ?? '', info.view.type.startsWith('list'));
  }, []);
  const close = useCallback(() => {
    setDialog(null);
    setTimeOff(null);
    calendar.current?.getApi().unselect();
  }, []);
  const done = useCallback((_saved: unknown, text: string) => (close(), changed(text)), [close, changed]);

  const locale = useMemo(systemLocale, []);
  const firstDay = useStore((s) => s.defaults?.firstDayOfWeek ?? null);
  return (
    <section className="cp-calendar" aria-label="Calendar">
      <div className="cp-bar">
        <FilterBar filters={filters} lookups={lookups} onChange={setFilters} />
        {staffLine ? null : <AddChoice adds={adds} onChange={setAdds} />}
      </div>
      <DrawNotice drawn={drawn} staffLine={staffLine} lookups={lookups} narrowed={isNarrowed(filters)} />
      <div className="cp-calendar-body" ref={body}>
        {loading ? <span className="cp-loading" role="status" aria-label="Loading" /> : null}
        {opened ? (
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
            events={events}
            datesSet={onDates}
            selectable
            editable
            eventResizableFromStart
            dayMaxEvents
            moreLinkClick={morePopover}
            moreLinkDidMount={moreLinkMounted}
            dayCellContent={dayTop}
            dayCellDidMount={dayCellMounted}
            eventDisplay="block"
            eventOrder={EVENT_ORDER}
            select={onSelect}
            eventClick={onClick}
            eventDrop={onMove}
            eventResize={onMove}
            eventDidMount={onMount}
          />
        ) : null}
      </div>
      <Legend showOverallocation={!!overallocation} onePerson={filters.talentId !== null} />
      {dialog ? <BookingEditor initial={dialog} onClose={close} onDone={done} /> : null}
      {timeOff ? <TimeOffDialog initial={timeOff} onClose={close} /> : null}
      {over ? <ConfirmOverAllocation refusal={over.refusal} onAnswer={answerOver} /> : null}
    </section>
  );
}

export default CalendarView;
