import { memo } from 'react';
import { placeKey } from '../../store/scheduleWindow';
import { bucketsIn } from './days';
import { NAME_W, ROW_H } from './geometry';
import { shadeCells } from './shadeCells';
import { paintGridLines, paintRow, ShadePen, type BandFrame } from './shadePaint';
import type { GridRow, Load, Zoom } from './types';

export interface BandProps {
  rows: GridRow[];
  rowStart: number;
  rowEnd: number;
  dayStart: number;
  dayEnd: number;
  axisStart: number;
  dayW: number;
  zoom: Zoom;
  loads: Map<number, Map<number, Load>>;
  holidays: Map<string, Map<number, string>>;
  closures: Map<number, string>;
}

let draws = 0;

/**
 * The shading of a band of rows over the rendered days, drawn as one inline SVG of a few paths: grid
 * lines, weekends, holidays, days off and the load strip. Booking bars stay elements above it. A
 * band is drawn again only when its days move or the data of one of its people changes.
 */
export const ShadeBand = memo(function ShadeBand(p: BandProps) {
  const width = (p.dayEnd - p.dayStart + 1) * p.dayW;
  const height = (p.rowEnd - p.rowStart) * ROW_H;
  const pen = drawBand(p, height); // memo: only when sameBand says it changed
  return (
    <svg
      className="sch-shade"
      aria-hidden="true"
      width={width}
      height={height}
      shapeRendering="crispEdges"
      data-row-start={p.rowStart}
      data-row-end={p.rowEnd}
      // For the tests and the bench: changes on every draw, and how many load strips were drawn.
      data-drawn={++draws}
      data-strips={pen.stripCount}
      style={{ left: NAME_W + (p.dayStart - p.axisStart) * p.dayW, top: p.rowStart * ROW_H }}
    >
      {pen.paths().map((path) => (
        <path key={`${path.strip}${path.fill}`} fill={path.fill} d={path.d} shapeRendering={path.strip ? 'auto' : undefined} />
      ))}
    </svg>
  );
}, sameBand);

function drawBand(p: BandProps, height: number): ShadePen {
  const pen = new ShadePen();
  const frame: BandFrame = { dayStart: p.dayStart, dayEnd: p.dayEnd, dayW: p.dayW, zoom: p.zoom };
  paintGridLines(pen, frame, height, p.zoom === 'month' ? bucketsIn(p.dayStart, p.dayEnd, 'month').map((b) => b.start) : []);
  for (let r = p.rowStart; r < p.rowEnd; r++) {
    const row = p.rows[r];
    if (row?.type !== 'person') continue;
    const input = { loads: p.loads.get(row.person.id), holidays: p.holidays.get(placeKey(row.person)), closures: p.closures };
    paintRow(pen, frame, (r - p.rowStart) * ROW_H, shadeCells(input, p.dayStart, p.dayEnd, p.zoom));
  }
  return pen;
}

/** Equal when the band covers the same rows and days and none of its people's data changed. */
function sameBand(a: BandProps, b: BandProps): boolean {
  if (a.rows !== b.rows || a.rowStart !== b.rowStart || a.rowEnd !== b.rowEnd || a.dayStart !== b.dayStart || a.dayEnd !== b.dayEnd) return false;
  if (a.axisStart !== b.axisStart || a.dayW !== b.dayW || a.zoom !== b.zoom || a.closures !== b.closures) return false;
  for (let r = a.rowStart; r < a.rowEnd; r++) {
    const row = a.rows[r];
    if (row?.type !== 'person') continue;
    const id = row.person.id;
    if (a.loads.get(id) !== b.loads.get(id)) return false;
    const place = placeKey(row.person);
    if (a.holidays.get(place) !== b.holidays.get(place)) return false;
  }
  return true;
}
