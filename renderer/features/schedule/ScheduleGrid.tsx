import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { BookingView } from '@shared/contract';
import { formatNumber } from '../../lib/format';
import { dayTitle } from './dayTitle';
import { todayDay } from './days';
import { DragOverlay } from './DragOverlay';
import { draftOfBooking, newDraft } from './draftFor';
import { DAY_CHUNK, DAY_W, HEADER_H, NAME_W, ROW_H } from './geometry';
import { indexByTalent, type GridContext } from './gridContext';
import { GridHeader } from './GridHeader';
import { registerHitTest } from './gridHit';
import { gridKeyDown, KEY_HELP } from './gridKeys';
import { gridPointerDown, hitBody } from './gridPointer';
import { GroupRow } from './GroupRow';
import { NameCell } from './NameCell';
import { PersonRow } from './PersonRow';
import { pinLabels } from './pinLabels';
import { gridContextMenu, timeOffOf } from './timeOffPointer';
import { ShadeLayer } from './ShadeLayer';
import { useStore } from '../../store';
import { SCHEDULE_GRID_ID } from '../shell/SkipLink';
import { setSchedule, useSchedule } from './state';
import type { GridRow } from './types';
import { useGridWindow } from './useGridWindow';
import { useWindowFetch } from './useWindowFetch';
import { timeOffOpenOf } from '../timeoff/timeOffDraft';

/**
 * The people × time grid. Rows and days are both windowed: only the rows and days in view (plus a
 * chunk either side) are rendered, and the window moves in chunks so most scroll frames cost nothing.
 * The day shading is drawn on canvases (ShadeLayer); names, time off and booking bars are elements.
 */
export function ScheduleGrid({ rows, roleNames }: { rows: GridRow[]; roleNames: Map<number, string> }) {
  const zoom = useSchedule((s) => s.zoom);
  const axisStart = useSchedule((s) => s.axisStart);
  const axisEnd = useSchedule((s) => s.axisEnd);
  const bookings = useSchedule((s) => s.bookings);
  const timeOff = useSchedule((s) => s.timeOff);
  const campaigns = useStore((s) => s.campaignById);
  const selection = useSchedule((s) => s.selection);
  const focusId = useSchedule((s) => s.focusId);
  const saving = useSchedule((s) => s.saving);
  const timeOffFocus = useSchedule((s) => s.timeOffFocus);

  const { scrollRef, win, update, scrollLeft } = useGridWindow(rows.length);
  const bodyRef = useRef<HTMLDivElement>(null);
  const dayW = DAY_W[zoom];
  const today = todayDay();

  const prevIndex = useRef<Map<number, BookingView[]> | undefined>(undefined);
  const byTalent = useMemo(() => (prevIndex.current = indexByTalent(bookings, prevIndex.current)), [bookings]);
  const rowOf = useMemo(() => rowIndex(rows), [rows]);
  const ctx = useRef<GridContext>({ scroller: null, body: null, rows, rowOf, byTalent, axisStart, dayW });
  ctx.current = { scroller: scrollRef.current, body: bodyRef.current, rows, rowOf, byTalent, axisStart, dayW };

  useEffect(() => registerHitTest((x, y) => hitTest(ctx.current, x, y)), []);
  // Labels of bars that start left of the view are brought into view after every render, and when
  // scrolling pauses (moving them on every scroll frame would repaint their rows every frame).
  const pinTimer = useRef(0);
  useLayoutEffect(() => {
    if (scrollRef.current) pinLabels(scrollRef.current, scrollLeft.current);
  });
  const onScroll = useCallback(() => {
    update();
    window.clearTimeout(pinTimer.current);
    pinTimer.current = window.setTimeout(() => scrollRef.current && pinLabels(scrollRef.current, scrollLeft.current), 90);
  }, [update, scrollRef, scrollLeft]);
  useEffect(() => () => window.clearTimeout(pinTimer.current), []);
  useWindowFetch(win, rows, zoom);

  function onMouseMove(e: React.MouseEvent) {
    const t = e.target as HTMLElement;
    if (!t.classList.contains('sch-row')) return;
    const h = hitBody(ctx.current, e.clientX, e.clientY);
    const row = rows[h.row];
    if (row?.type !== 'person') return;
    const title = dayTitle(row.person, h.day);
    if (t.title !== title) t.title = title;
  }

  function onDoubleClick(e: React.MouseEvent) {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-booking-id]');
    const b = el ? bookings.get(Number(el.dataset.bookingId)) : undefined;
    const off = el ? undefined : timeOffOf(e.target as HTMLElement);
    if (off) setSchedule({ timeOffOpen: timeOffOpenOf(off) });
    else if (b && b.id > 0) setSchedule({ draft: draftOfBooking(b) });
    else if (!el && !(e.target as HTMLElement).closest('.sch-names')) {
      // Double-click on an empty day: a one-day booking.
      const h = hitBody(ctx.current, e.clientX, e.clientY);
      const row = rows[h.row];
      if (row?.type === 'person') setSchedule({ draft: newDraft(row.person.id, h.day, h.day) });
    }
  }

  const visible = rows.slice(win.rowStart, Math.min(win.rowEnd, rows.length));
  const people = rows.reduce((n, r) => n + (r.type === 'person' ? 1 : 0), 0);
  const totalW = NAME_W + (axisEnd - axisStart + 1) * dayW;
  // While the window holds, the view's left edge stays left of this day: only bars starting before it get a pinned label.
  const pinBefore = win.dayStart + 2 * DAY_CHUNK[zoom];
  return (
    <div
      ref={scrollRef}
      id={SCHEDULE_GRID_ID}
      className={`sch-scroll zoom-${zoom}`}
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      aria-label={`Schedule: people by day. ${KEY_HELP}`}
      aria-activedescendant={focusId !== null ? `sch-b-${focusId}` : timeOffFocus !== null ? `sch-o-${timeOffFocus}` : undefined}
      onKeyDown={(e) => gridKeyDown(e, ctx.current)}
    >
      <div className="sch-canvas" style={{ width: totalW, height: HEADER_H + rows.length * ROW_H }}>
        <GridHeader dayStart={win.dayStart} dayEnd={win.dayEnd} axisStart={axisStart} dayW={dayW} zoom={zoom} today={today} count={`${formatNumber(people, 0)} ${people === 1 ? 'person' : 'people'}`} />
        <div ref={bodyRef} className="sch-body" style={{ height: rows.length * ROW_H }} onPointerDown={(e) => gridPointerDown(e, ctx.current)} onMouseMove={onMouseMove} onDoubleClick={onDoubleClick} onContextMenu={(e) => gridContextMenu(e, ctx.current, hitBody(ctx.current, e.clientX, e.clientY))}>
          <ShadeLayer rows={rows} win={win} axisStart={axisStart} dayW={dayW} zoom={zoom} />
          {today >= win.dayStart && today <= win.dayEnd && <div className="sch-today" style={{ left: NAME_W + (today - axisStart) * dayW, width: zoom === 'day' ? dayW : 2 }} />}
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
                pinBefore={pinBefore}
                bookings={byTalent.get(p.id)}
                timeOff={timeOff.get(p.id)}
                campaigns={campaigns}
                selection={selection}
                focusId={focusId}
                saving={saving}
                timeOffFocus={timeOffFocus !== null && timeOff.get(p.id)?.some((o) => o.id === timeOffFocus) ? timeOffFocus : null}
              />
            );
          })}
          <DragOverlay axisStart={axisStart} dayW={dayW} />
        </div>
      </div>
    </div>
  );
}

function rowIndex(rows: GridRow[]): Map<number, number> {
  const m = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.type === 'person') m.set(r.person.id, i);
  });
  return m;
}

function hitTest(c: GridContext, x: number, y: number) {
  const el = c.scroller;
  if (!el || !c.body) return null;
  const r = el.getBoundingClientRect();
  if (x < r.left + NAME_W || x > r.right || y < r.top + HEADER_H || y > r.bottom) return null;
  const h = hitBody(c, x, y);
  const row = c.rows[h.row];
  return row ? { row: h.row, day: h.day, talentId: row.type === 'person' ? row.person.id : null } : null;
}

