import { useState } from 'react';
import { formatDate, formatDateRange, formatNumber, todayIso } from '../../lib/format';
import { MAX_RANGE_DAYS, RANGE_PRESETS, resolveRange, type RangeChoice } from './range';
import { ROVING } from '../../lib/roving';

interface Props {
  value: RangeChoice;
  onChange(choice: RangeChoice): void;
}

/** Next 4 / 12 / 26 / 52 weeks from this Monday, or custom dates. */
export function RangePicker({ value, onChange }: Props) {
  const resolved = resolveRange(value, todayIso());
  const [custom, setCustom] = useState(value.kind === 'custom');
  // A custom end beyond what the view shows is said, not silently moved.
  const clipped = value.kind === 'custom' && (value.start > value.end ? value.start : value.end) > resolved.end;
  return (
    <div className="cp-range">
      <div className="segmented" role="group" aria-label="Range" {...ROVING}>
        {RANGE_PRESETS.map((w) => (
          <button
            key={w}
            type="button"
            aria-pressed={!custom && value.kind === 'weeks' && value.weeks === w}
            title={`The next ${w} weeks, from this Monday`}
            onClick={() => {
              setCustom(false);
              onChange({ kind: 'weeks', weeks: w });
            }}
          >
            {w}w
          </button>
        ))}
        <button type="button" aria-pressed={custom} onClick={() => setCustom(true)}>
          Custom
        </button>
      </div>
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
      ) : (
        <span className="muted cp-range-text">{formatDateRange(resolved.start, resolved.end)}</span>
      )}
    </div>
  );
}
