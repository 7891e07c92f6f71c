import { useState } from 'react';
import { formatDate, formatDateRange, formatNumber, todayIso } from '../../lib/format';
import { MAX_RANGE_DAYS, RANGE_PRESETS, resolveRange, type RangeChoice } from './range';
import { ROVING } from '../../lib/roving';

interface Props {
  value: RangeChoice;
  onChange(choice: RangeChoice): void;
  /** A narrow bar: the presets as one list, the dates they cover in its tooltip. */
  compact?: boolean;
}

/** Next 4 / 12 / 26 / 52 weeks from this Monday, or custom dates. */
export function RangePicker({ value, onChange, compact = false }: Props) {
  const resolved = resolveRange(value, todayIso());
  const [custom, setCustom] = useState(value.kind === 'custom');
  // A custom end beyond what the view shows is said, not silently moved.
  const clipped = value.kind === 'custom' && (value.start > value.end ? value.start : value.end) > resolved.end;
  const pick = (w: (typeof RANGE_PRESETS)[number]) => {
    setCustom(false);
    onChange({ kind: 'weeks', weeks: w });
  };
  const presets = compact ? (
    <select
      className="select"
      aria-label="Range"
      title={formatDateRange(resolved.start, resolved.end)}
      value={!custom && value.kind === 'weeks' ? String(value.weeks) : 'custom'}
      onChange={(e) => {
        const w = RANGE_PRESETS.find((p) => String(p) === e.target.value);
        if (w) pick(w);
        else setCustom(true);
      }}
    >
      {RANGE_PRESETS.map((w) => (
        <option key={w} value={w}>
          Next {w} weeks
        </option>
      ))}
      <option value="custom">Custom dates</option>
    </select>
  ) : null;
  return (
    <div className="cp-range">
      {presets ?? <div className="segmented" role="group" aria-label="Range" {...ROVING}>
        {RANGE_PRESETS.map((w) => (
          <button
            key={w}
            type="button"
            aria-pressed={!custom && value.kind === 'weeks' && value.weeks === w}
            title={`The next ${w} weeks, from this Monday`}
            onClick={() => pick(w)}
          >
            {w}w
          </button>
        ))}
        <button type="button" aria-pressed={custom} onClick={() => setCustom(true)}>
          Custom
        </button>
      </div>}
      {custom ? (
        <span className="date-range">
          <input
            className="input"
            type="date"
            aria-label="From"
            value={resolved.start}
            onChange={(e) => e.target.value && onChange({ kind: 'custom', start: e.target.value, end: resolved.end < e.target.value ? e.target.value : resolved.end })}
          />
          <span className="muted">to</span>
          <input
            className="input"
            type="date"
            aria-label="To"
            value={resolved.end}
            min={resolved.start}
            onChange={(e) => e.target.value && onChange({ kind: 'custom', start: resolved.start, end: e.target.value })}
          />
          {clipped && (
            <span className="cp-range-note" role="note">
              The view shows at most {formatNumber(MAX_RANGE_DAYS, 0)} days, to {formatDate(resolved.end)}
            </span>
          )}
        </span>
      ) : compact ? null : (
        <span className="muted cp-range-text">{formatDateRange(resolved.start, resolved.end)}</span>
      )}
    </div>
  );
}
