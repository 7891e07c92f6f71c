import { weekdayNames } from '../../lib/format';

/** Seven small hour boxes, Monday first, kept as text while typing. */
export function WeekHoursInput({ value, onChange, invalidDay }: { value: string[]; onChange: (v: string[]) => void; invalidDay?: number }) {
  const days = weekdayNames('short');
  return (
    <div className="week-hours" role="group" aria-label="Hours per weekday">
      {days.map((day, i) => (
        <label key={day} className="week-day">
          <span>{day}</span>
          <input
            className="input num"
            inputMode="decimal"
            value={value[i]}
            aria-invalid={invalidDay === i ? true : undefined}
            onChange={(e) => onChange(value.map((v, j) => (j === i ? e.target.value : v)))}
            onFocus={(e) => e.target.select()}
          />
        </label>
      ))}
    </div>
  );
}
