import { textOn } from '@shared/contrast';
import { FALLBACK_COLOUR } from './colours';
import { fmtRange } from './days';
import { LOAD_H, NAME_W, ROW_H } from './geometry';
import { useSchedule } from './state';

/** What is being dragged, drawn over the grid. Only this layer re-renders while the pointer moves. */
export function DragOverlay({ axisStart, dayW }: { axisStart: number; dayW: number }) {
  const drag = useSchedule((s) => s.drag);
  if (!drag) return null;
  const x = (d: number) => NAME_W + (d - axisStart) * dayW;
  if (drag.kind === 'create') {
    const n = drag.to - drag.from + 1;
    const days = n === 1 ? '1 day' : `${n} days`;
    return (
      <div className={`sch-ghost create${drag.timeOff ? ' off' : ''}`} style={{ left: x(drag.from), width: n * dayW, top: drag.row * ROW_H + 3, height: ROW_H - LOAD_H - 7 }}>
        <span>{drag.timeOff ? `Time off · ${days}` : days}</span>
      </div>
    );
  }
  if (drag.kind === 'timeOff') {
    return (
      <>
        <style>{`[data-time-off-id="${drag.id}"]{opacity:.35}`}</style>
        <div className="sch-ghost off" style={{ left: x(drag.start), width: (drag.end - drag.start + 1) * dayW, top: drag.row * ROW_H, height: ROW_H - 1 }}>
          <span>
            {drag.label} · {fmtRange(drag.start, drag.end)}
          </span>
        </div>
      </>
    );
  }
  if (drag.kind === 'band') {
    return (
      <div
        className="sch-band"
        style={{ left: Math.min(drag.x0, drag.x1), top: Math.min(drag.y0, drag.y1), width: Math.abs(drag.x1 - drag.x0), height: Math.abs(drag.y1 - drag.y0) }}
      />
    );
  }
  if (drag.kind === 'demand') {
    if (drag.row === null || drag.day === null) return null;
    return <div className="sch-drop-row" style={{ top: drag.row * ROW_H }} />;
  }
  return (
    <>
      {!drag.copy && <style>{drag.items.map((i) => `[data-booking-id="${i.id}"]`).join(',') + '{opacity:.3}'}</style>}
      {drag.items.map((i) => (
        <div
          key={i.id}
          className={`sch-ghost bar${i.tentative ? ' tentative' : ''}`}
          style={{
            left: x(i.start) + 1,
            width: (i.end - i.start + 1) * dayW - 2,
            top: i.row * ROW_H + 3,
            height: ROW_H - LOAD_H - 7,
            ['--c' as string]: i.colour || FALLBACK_COLOUR,
            color: i.tentative ? undefined : textOn(i.colour || FALLBACK_COLOUR),
          }}
        >
          <span>
            {drag.copy ? '+ ' : ''}
            {i.label} · {fmtRange(i.start, i.end)}
          </span>
        </div>
      ))}
    </>
  );
}
