import { useStore } from '../../store';
import type { HeatmapOrder, HeatmapShow } from '../../store/capacitySlice';
import { ROVING } from '../../lib/roving';

const SHOW: [HeatmapShow, string][] = [
  ['utilisation', 'Utilisation'],
  ['free', 'Free hours'],
];

/** What the heatmap's cells show (utilisation or free hours), and the order of its rows. */
export function HeatmapModes() {
  const show = useStore((s) => s.heatmapShow);
  const setShow = useStore((s) => s.setHeatmapShow);
  const order = useStore((s) => s.heatmapOrder);
  const setOrder = useStore((s) => s.setHeatmapOrder);
  const actual = useStore((s) => s.heatmapActual);
  const setActual = useStore((s) => s.setHeatmapActual);
  return (
    <div className="hm-modes">
      <div className="segmented" role="group" aria-label="Show" {...ROVING}>
        {SHOW.map(([value, label]) => (
          <button key={value} type="button" aria-pressed={show === value} onClick={() => setShow(value)}>
            {label}
          </button>
        ))}
      </div>
      <select className="select" aria-label="Sort people" value={order} onChange={(e) => setOrder(e.target.value as HeatmapOrder)}>
        <option value="name">By name</option>
        <option value="free">Most free first</option>
      </select>
      <label className="hm-actual-toggle">
        <input type="checkbox" checked={actual} onChange={(e) => setActual(e.target.checked)} /> Actual for past weeks
      </label>
    </div>
  );
}
