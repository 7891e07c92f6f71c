export type Adds = 'booking' | 'timeOff';

/** What selecting days on the calendar adds: a booking, or time off. */
export function AddChoice({ adds, onChange }: { adds: Adds; onChange(adds: Adds): void }) {
  return (
    <div className="cp-adds">
      <span className="field-label" id="cp-adds-label">
        Select days to add
      </span>
      <div className="segmented" role="group" aria-labelledby="cp-adds-label">
        <button type="button" aria-pressed={adds === 'booking'} onClick={() => onChange('booking')}>
          Booking
        </button>
        <button type="button" aria-pressed={adds === 'timeOff'} onClick={() => onChange('timeOff')}>
          Time off
        </button>
      </div>
    </div>
  );
}
