import { ROW_CHUNK, type GridWindow } from './geometry';
import { ShadeBand } from './ShadeBand';
import { useSchedule } from './state';
import type { GridRow, Zoom } from './types';

interface Props {
  rows: GridRow[];
  win: GridWindow;
  axisStart: number;
  dayW: number;
  zoom: Zoom;
}

/** The rendered rows' shading as inline SVG bands of ROW_CHUNK rows each: scrolling down draws only the new bands. */
export function ShadeLayer({ rows, win, axisStart, dayW, zoom }: Props) {
  const loads = useSchedule((s) => s.loads);
  const holidays = useSchedule((s) => s.holidays);
  const closures = useSchedule((s) => s.closures);
  if (win.dayEnd < win.dayStart) return null;
  const bands = [];
  for (let r = win.rowStart; r < win.rowEnd; r += ROW_CHUNK) {
    const end = Math.min(r + ROW_CHUNK, win.rowEnd);
    bands.push(
      <ShadeBand
        key={r}
        rows={rows}
        rowStart={r}
        rowEnd={end}
        dayStart={win.dayStart}
        dayEnd={win.dayEnd}
        axisStart={axisStart}
        dayW={dayW}
        zoom={zoom}
        loads={loads}
        holidays={holidays}
        closures={closures}
      />,
    );
  }
  return <>{bands}</>;
}
