import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BookingView } from '@shared/contract';
import { formatNumber } from '../../lib/format';
import { ensureWindow, placeKey } from './data';
import { bucketStart, fmtFull, todayDay } from './days';
import { DragOverlay } from './DragOverlay';
import { draftOfBooking, newDraft } from './draftFor';
import { AXIS_GROW, DAY_W, HEADER_H, NAME_W, ROW_H, sameWindow, windowFor, type GridWindow } from './geometry';
import { indexByTalent, type GridContext } from './gridContext';
import { gridBackground } from './gridBackground';
import { GridHeader } from './GridHeader';
import { registerHitTest } from './gridHit';
import { gridKeyDown } from './gridKeys';
import { gridPointerDown, hitBody } from './gridPointer';
import { GroupRow } from './GroupRow';
import { NameCell } from './NameCell';
import { loadTitle } from './load';
import { PersonRow } from './PersonRow';
import { setSchedule, useSchedule } from './store';
import type { GridRow } from './types';

const EMPTY: GridWindow = { rowStart: 0, rowEnd: 0, dayStart: 0, dayEnd: -1 };

/**
 * The people × time grid. Rows and days are both windowed: only the rows and days in view (plus a
 * chunk either side) are in the DOM, and the window moves in chunks so most scroll frames cost nothing.
 * The time axis grows when the user scrolls near either end.
 */
export function ScheduleGrid({ rows, roleNames }: { rows: GridRow[]; roleNames: Map<number, string> }) {
  const zoom = useSchedule((s) => s.zoom);
  const axisStart = useSchedule((s) => s.axisStart);
  const axisEnd = useSchedule((s) => s.axisEnd);
  const bookings = useSchedule((s) => s.bookings);
  const loads = useSchedule((s) => s.loads);
  const timeOff = useSchedule((s) => s.timeOff);
  const holidays = useSchedule((s) => s.holidays);
  const closures = useSchedule((s) => s.closures);
  const campaigns = useSchedule((s) => s.campaigns);
  const selection = useSchedule((s) => s.selection);
  const focusId = useSchedule((s) => s.focusId);
  const saving = useSchedule((s) => s.saving);
  const jump = useSchedule((s) => s.jump);

  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [win, setWin] = useState<GridWindow>(EMPTY);
  const winRef = useRef(win);
  const shiftRef = useRef(0);
  const leftDay = useRef<number | null>(null);
  const dayW = DAY_W[zoom];
  const axisDays = axisEnd - axisStart + 1;
  const totalW = NAME_W + axisDays * dayW;
  const today = todayDay();

  const prevIndex = useRef<Map<number, BookingView[]> | undefined>(undefined);
  const byTalent = useMemo(() => (prevIndex.current = indexByTalent(bookings, prevIndex.current)), [bookings]);
  const rowOf = useMemo(() => {
    const m = new Map<number, number>();
    rows.forEach((r, i) => {
      if (r.type === 'person') m.set(r.person.id, i);
    });
    return m;
  }, [rows]);
  const ctx = useRef<GridContext>({ scroller: null, body: null, rows, rowOf, byTalent, axisStart, dayW });
  ctx.current = { scroller: scrollRef.current, body: bodyRef.current, rows, rowOf, byTalent, axisStart, dayW };

  const update = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const s = useSchedule.getState();
    const dw = DAY_W[s.zoom];
    const days = s.axisEnd - s.axisStart + 1;
    leftDay.current = s.axisStart + el.scrollLeft / dw;
    const w = windowFor(el.scrollTop, el.scrollLeft, el.clientWidth, el.clientHeight - HEADER_H, ctx.current.rows.length, s.axisStart, days, s.zoom);
    if (!sameWindow(w, winRef.current)) {
      winRef.current = w;
      // Interruptible: the browser keeps painting scroll frames while the new rows render (the
      // chunk of overscan either side covers the gap meanwhile).
      startTransition(() => setWin(w));
    }
    if (shiftRef.current !== 0) return;
    const margin = Math.max(1500, el.clientWidth * 1.5);
    if (el.scrollLeft < margin) {
      const grow = AXIS_GROW[s.zoom];
      shiftRef.current = grow * dw;
      setSchedule({ axisStart: s.axisStart - grow });
    } else if (el.scrollLeft + el.clientWidth > NAME_W + days * dw - margin) {
      setSchedule({ axisEnd: s.axisEnd + AXIS_GROW[s.zoom] });
    }
  }, []);

  // Today / Go to date (declared first: on mount it places the view before the axis effect runs).
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !jump) return;
    const s = useSchedule.getState();
    if (jump.day < s.axisStart + 30 || jump.day > s.axisEnd - 60) {
      leftDay.current = jump.day - 3;
      setSchedule({ axisStart: jump.day - 120, axisEnd: Math.max(jump.day + 240, jump.day + Math.ceil((el.clientWidth * 3) / DAY_W[s.zoom])) });
      return;
    }
    const lead = s.zoom === 'day' ? 3 : s.zoom === 'week' ? 14 : 60;
    el.scrollLeft = Math.max(0, (jump.day - lead - s.axisStart) * DAY_W[s.zoom]);
    leftDay.current = s.axisStart + el.scrollLeft / DAY_W[s.zoom];
    update();
  }, [jump, update]);

  // Keep the same dates on screen when the axis grows to the left or the zoom changes.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    if (shiftRef.current) {
      el.scrollLeft += shiftRef.current;
      shiftRef.current = 0;
    } else if (leftDay.current !== null) {
      el.scrollLeft = (leftDay.current - axisStart) * dayW;
    }
    update();
  }, [axisStart, dayW, update]);

  useLayoutEffect(() => update(), [rows, axisEnd, update]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => update());
    ro.observe(el);
    return () => ro.disconnect();
  }, [update]);

  useEffect(
    () =>
      registerHitTest((x, y) => {
        const c = ctx.current;
        const el = c.scroller;
        if (!el || !c.body) return null;
        const r = el.getBoundingClientRect();
        if (x < r.left + NAME_W || x > r.right || y < r.top + HEADER_H || y > r.bottom) return null;
        const h = hitBody(c, x, y);
        const row = c.rows[h.row];
        return row ? { row: h.row, day: h.day, talentId: row.type === 'person' ? row.person.id : null } : null;
      }),
    [],
  );

  // Fetch the window's data once scrolling settles for a moment.
  useEffect(() => {
    if (win.dayEnd < win.dayStart) return;
    const timer = window.setTimeout(() => {
      const ids: number[] = [];
      // Rows a few chunks beyond the window too, so vertical scrolling fetches less often.
      for (let r = Math.max(0, win.rowStart - 16); r < Math.min(win.rowEnd + 24, rows.length); r++) {
        const row = rows[r];
        if (row.type === 'person') ids.push(row.person.id);
      }
      if (ids.length) ensureWindow(ids, win.dayStart, win.dayEnd, zoom);
    }, 40);
    return () => window.clearTimeout(timer);
  }, [win, rows, zoom]);

  /** The tooltip of the day under the pointer: date, holiday, hours booked of capacity. */
  function onMouseMove(e: React.MouseEvent) {
    const t = e.target as HTMLElement;
    if (!t.classList.contains('sch-cell') && !t.classList.contains('sch-row')) return;
    const h = hitBody(ctx.current, e.clientX, e.clientY);
    const row = rows[h.row];
    if (row?.type !== 'person') return;
    const s = useSchedule.getState();
    const key = bucketStart(h.day, s.zoom);
    const holiday = s.closures.get(key) ?? s.holidays.get(placeKey(row.person))?.get(key);
    const load = loadTitle(s.loads.get(row.person.id)?.get(key)) || 'Nothing booked';
    const title = [s.zoom === 'day' ? fmtFull(key) : `From ${fmtFull(key)}`, holiday, load].filter(Boolean).join('\n');
    if (t.title !== title) t.title = title;
  }

  const visible = rows.slice(win.rowStart, Math.min(win.rowEnd, rows.length));
  const people = rows.reduce((n, r) => n + (r.type === 'person' ? 1 : 0), 0);
  const todayX = NAME_W + (today - axisStart) * dayW;
  return (
    <div
      ref={scrollRef}
      className={`sch-scroll zoom-${zoom}`}
      onScroll={update}
      tabIndex={0}
      role="region"
      aria-label="Schedule: people by day. Arrow keys move between bookings, Enter opens one."
      aria-activedescendant={focusId !== null ? `sch-b-${focusId}` : undefined}
      onKeyDown={(e) => gridKeyDown(e, ctx.current)}
    >
      <div className="sch-canvas" style={{ width: totalW, height: HEADER_H + rows.length * ROW_H }}>
        <GridHeader dayStart={win.dayStart} dayEnd={win.dayEnd} axisStart={axisStart} dayW={dayW} zoom={zoom} today={today} count={`${formatNumber(people, 0)} ${people === 1 ? 'person' : 'people'}`} />
        <div
          ref={bodyRef}
          className="sch-body"
          style={{ height: rows.length * ROW_H, ...gridBackground(axisStart, dayW, zoom) }}
          onPointerDown={(e) => gridPointerDown(e, ctx.current)}
          onMouseMove={onMouseMove}
          onDoubleClick={(e) => {
            const el = (e.target as HTMLElement).closest<HTMLElement>('[data-booking-id]');
            const b = el ? bookings.get(Number(el.dataset.bookingId)) : undefined;
            if (b && b.id > 0) setSchedule({ draft: draftOfBooking(b) });
            else if (!el && !(e.target as HTMLElement).closest('.sch-names')) {
              // Double-click on an empty day: a one-day booking.
              const h = hitBody(ctx.current, e.clientX, e.clientY);
              const row = rows[h.row];
              if (row?.type === 'person') setSchedule({ draft: newDraft(row.person.id, h.day, h.day) });
            }
          }}
        >
          {today >= win.dayStart && today <= win.dayEnd && <div className="sch-today" style={{ left: todayX, width: zoom === 'day' ? dayW : 2 }} />}
          <div className="sch-names" style={{ width: NAME_W, height: rows.length * ROW_H }}>
            {visible.map((row, i) => {
              const index = win.rowStart + i;
              if (row.type === 'group') return <GroupRow key={`g${row.key}`} index={index} label={row.label} count={row.count} />;
              return <NameCell key={row.person.id} person={row.person} roleName={roleNames.get(row.person.primaryRoleId) ?? ''} index={index} />;
            })}
          </div>
          {visible.map((row, i) => {
            const index = win.rowStart + i;
            if (row.type === 'group') return <div key={`g${row.key}`} className="sch-row sch-group" style={{ top: index * ROW_H }} />;
            const p = row.person;
            return (
              <PersonRow
                key={p.id}
                person={p}
                index={index}
                dayStart={win.dayStart}
                dayEnd={win.dayEnd}
                axisStart={axisStart}
                dayW={dayW}
                zoom={zoom}
                bookings={byTalent.get(p.id)}
                loads={loads.get(p.id)}
                timeOff={timeOff.get(p.id)}
                holidays={holidays.get(placeKey(p))}
                closures={closures}
                campaigns={campaigns}
                selection={selection}
                focusId={focusId}
                saving={saving}
              />
            );
          })}
          <DragOverlay axisStart={axisStart} dayW={dayW} />
        </div>
      </div>
    </div>
  );
}
