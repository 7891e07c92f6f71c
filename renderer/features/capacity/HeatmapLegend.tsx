import { freeLegendSwatches, legendSwatches, OFF_COLOUR } from '@shared/utilisationScale';
import { useStore } from '../../store';
import { HeatmapModes } from './HeatmapModes';

/** How to read the heatmap: the scale, tentative hatching and days without capacity. */
export function HeatmapLegend() {
  const show = useStore((s) => s.heatmapShow);
  const actual = useStore((s) => s.heatmapActual);
  const swatches = show === 'free' ? freeLegendSwatches() : legendSwatches(80);
  return (
    <div className="hm-legend" aria-label="Legend">
      <HeatmapModes />
      <span className="hm-legend-scale">
        {swatches.map((s, i) => (
          <span key={i} className="hm-legend-step">
            <i style={{ background: s.bg }} />
            {s.label && <span>{s.label}</span>}
          </span>
        ))}
      </span>
      {show !== 'free' && (
        <span className="hm-legend-item">
          <i className="hm-legend-tent" /> Tentative share
        </span>
      )}
      <span className="hm-legend-item">
        <i style={{ background: OFF_COLOUR }} /> No capacity
      </span>
      <span className="hm-legend-item">
        <i className="hm-legend-outside" /> Outside contract
      </span>
      <span className="hm-legend-item">
        <i className="hm-legend-today" /> Today
      </span>
      <span className="muted hm-legend-note">
        {show === 'free' ? 'Numbers are free hours (capacity less bookings, tentative included).' : 'Numbers are booked hours as a % of capacity.'}
        {actual && ' Columns that ended before today (headed in grey, up to the line) show hours logged instead: worked, not planned.'} Click a cell for the bookings behind it.
      </span>
    </div>
  );
}
