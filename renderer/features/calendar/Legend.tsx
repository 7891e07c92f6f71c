/** What the marks on the calendar mean. */
export function Legend({ showOverallocation }: { showOverallocation: boolean }) {
  return (
    <ul className="cp-legend" aria-label="Legend">
      <li>
        <span className="cp-swatch cp-swatch-confirmed" /> Confirmed
      </li>
      <li>
        <span className="cp-swatch cp-swatch-tentative" /> Tentative
      </li>
      <li>
        <span className="cp-swatch cp-swatch-time-off" /> Time off
      </li>
      <li>
        <span className="cp-swatch cp-swatch-holiday" /> Public holiday
      </li>
      <li>
        <span className="cp-swatch cp-swatch-closure" /> Studio closed
      </li>
      {showOverallocation ? (
        <li>
          <span className="cp-swatch cp-swatch-over" /> Over-allocated
        </li>
      ) : null}
    </ul>
  );
}
