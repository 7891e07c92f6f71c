/** A thin bar: `value` of `max`. Over 100% turns amber and stays full. */
export function ProgressBar({ value, max, large, label }: { value: number; max: number; large?: boolean; label: string }) {
  const ratio = max > 0 ? value / max : value > 0 ? 1 : 0;
  const over = ratio > 1.0001;
  return (
    <div
      className={`progress${large ? ' progress-lg' : ''}${over ? ' over' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(Math.min(ratio, 1) * 100)}
    >
      <span style={{ width: `${Math.min(ratio, 1) * 100}%` }} />
    </div>
  );
}
