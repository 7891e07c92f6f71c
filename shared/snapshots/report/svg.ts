import { utilisationColours } from '@shared/utilisationScale';
import { esc, shortDay } from './format';

// Charts as inline SVG, drawn here so the report needs no script, font or image. Text uses the
// page's font; sizes are in user units and scale with the viewBox.

export interface Series {
  name: string;
  colour: string;
  values: number[];
  dashed?: boolean;
}

/** A round step (1, 2, 2.5 or 5 × 10ⁿ) near `raw`. */
const niceStep = (raw: number) => {
  if (raw <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const n = raw / p;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * p;
};
const niceMax = (max: number) => (max <= 0 ? 1 : Math.ceil(max / niceStep(max / 4)) * niceStep(max / 4));
const tickLabel = (v: number): string => (v < 0 ? `−${tickLabel(-v)}` : v >= 10_000 ? `${Math.round(v / 1000)}k` : v >= 1000 ? `${(v / 1000).toFixed(1).replace(/\.0$/, '')}k` : `${Math.round(v)}`);

function legend(series: { name: string; colour: string; dashed?: boolean; line?: boolean }[], x: number, y: number): string {
  let cx = x;
  return series
    .map((s) => {
      const item = `<g transform="translate(${cx},${y})"><line x1="0" y1="0" x2="18" y2="0" stroke="${s.colour}" stroke-width="${s.line ? 2.5 : 8}"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/><text x="24" y="4" class="lg">${esc(s.name)}</text></g>`;
      cx += 34 + s.name.length * 6.6;
      return item;
    })
    .join('');
}

/** Weekly series: the first `bars` series as grouped bars, the rest as lines. */
export function weeklyChart(weeks: string[], series: Series[], options: { bars: number; title: string; height?: number }): string {
  const W = 900;
  const H = options.height ?? 260;
  const left = 48;
  const right = 12;
  const top = 30;
  const bottom = 34;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const all = series.flatMap((s) => s.values);
  const dataMax = Math.max(0, ...all);
  const dataMin = Math.min(0, ...all);
  const step = niceStep((dataMax - dataMin) / 4 || 1);
  const max = Math.max(step, Math.ceil(dataMax / step) * step);
  const min = Math.floor(dataMin / step) * step;
  const y = (v: number) => top + plotH - ((v - min) / (max - min)) * plotH;
  const n = Math.max(1, weeks.length);
  const slot = plotW / n;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(t);
  const grid = ticks
    .map((t) => `<line x1="${left}" x2="${W - right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" class="${t === 0 ? 'axis' : 'grid'}"/><text x="${left - 6}" y="${(y(t) + 3.5).toFixed(1)}" class="tick" text-anchor="end">${tickLabel(t)}</text>`)
    .join('');
  const every = Math.ceil(n / 13);
  const labels = weeks
    .map((w, i) => (i % every === 0 ? `<text x="${(left + slot * (i + 0.5)).toFixed(1)}" y="${H - bottom + 16}" class="tick" text-anchor="middle">${shortDay(w)}</text>` : ''))
    .join('');
  const barSeries = series.slice(0, options.bars);
  const barW = Math.max(1.5, (slot * 0.78) / Math.max(1, barSeries.length));
  const bars = barSeries
    .map((s, k) =>
      s.values
        .map((v, i) => {
          const x = left + slot * i + slot * 0.11 + barW * k;
          const y0 = y(Math.max(0, v));
          const h = Math.abs(y(v) - y(0));
          return `<rect x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${(barW - 0.6).toFixed(1)}" height="${h.toFixed(1)}" fill="${s.colour}"/>`;
        })
        .join(''),
    )
    .join('');
  const lines = series
    .slice(options.bars)
    .map((s) => {
      const points = s.values.map((v, i) => `${(left + slot * (i + 0.5)).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      return `<polyline points="${points}" fill="none" stroke="${s.colour}" stroke-width="2.2" stroke-linejoin="round"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`;
    })
    .join('');
  const keys = series.map((s, i) => ({ ...s, line: i >= options.bars }));
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(options.title)}">${legend(keys, left, 12)}${grid}${bars}${lines}${labels}</svg>`;
}

/** Horizontal paired bars per row (e.g. demand against supply per role). */
export function pairedBars(rows: { label: string; a: number; b: number }[], names: [string, string], colours: [string, string], title: string): string {
  const W = 900;
  const rowH = 30;
  const left = 170;
  const top = 30;
  const H = top + rows.length * rowH + 10;
  const max = niceMax(Math.max(1, ...rows.flatMap((r) => [r.a, r.b])));
  const x = (v: number) => left + (v / max) * (W - left - 80);
  const body = rows
    .map((r, i) => {
      const y0 = top + i * rowH;
      return `<text x="${left - 10}" y="${y0 + 17}" class="lbl" text-anchor="end">${esc(r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label)}</text>
<rect x="${left}" y="${y0 + 4}" width="${(x(r.a) - left).toFixed(1)}" height="10" fill="${colours[0]}"/><text x="${(x(r.a) + 5).toFixed(1)}" y="${y0 + 13}" class="tick">${tickLabel(r.a)} h</text>
<rect x="${left}" y="${y0 + 15}" width="${(x(r.b) - left).toFixed(1)}" height="10" fill="${colours[1]}"/><text x="${(x(r.b) + 5).toFixed(1)}" y="${y0 + 24}" class="tick">${tickLabel(r.b)} h</text>`;
    })
    .join('');
  return `<svg class="chart tall" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">${legend(
    [{ name: names[0], colour: colours[0] }, { name: names[1], colour: colours[1] }], left, 12,
  )}<line x1="${left}" x2="${left}" y1="${top}" y2="${H - 10}" class="axis"/>${body}</svg>`;
}

/** Rows × weeks of utilisation, as coloured cells (the app's scale, against each row's target) with the percentage written in each. */
export function heatmap(weeks: string[], rows: { label: string; target: number | null; values: (number | null)[] }[], title: string): string {
  const left = 150;
  const top = 22;
  const cellH = 24;
  const W = 900;
  const cellW = (W - left - 4) / Math.max(1, weeks.length);
  const H = top + rows.length * cellH + 4;
  const every = Math.ceil(weeks.length / 13);
  const head = weeks
    .map((w, i) => (i % every === 0 ? `<text x="${(left + cellW * (i + 0.5)).toFixed(1)}" y="14" class="tick" text-anchor="middle">${shortDay(w)}</text>` : ''))
    .join('');
  const cells = rows
    .map((r, j) => {
      const y0 = top + j * cellH;
      const label = `<text x="${left - 8}" y="${y0 + 16}" class="lbl" text-anchor="end">${esc(r.label.length > 22 ? `${r.label.slice(0, 21)}…` : r.label)}</text>`;
      return (
        label +
        r.values
          .map((u, i) => {
            const x = left + cellW * i;
            const { bg, fg } = utilisationColours(u, r.target);
            const text = cellW >= 26 && u !== null ? `<text x="${(x + cellW / 2).toFixed(1)}" y="${y0 + 16}" class="cell" fill="${fg}" text-anchor="middle">${Math.round(u * 100)}</text>` : '';
            return `<rect x="${x.toFixed(1)}" y="${y0 + 1}" width="${(cellW - 1.5).toFixed(1)}" height="${cellH - 2}" rx="2" fill="${bg}"/>${text}`;
          })
          .join('')
      );
    })
    .join('');
  return `<svg class="chart tall" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">${head}${cells}</svg>`;
}
