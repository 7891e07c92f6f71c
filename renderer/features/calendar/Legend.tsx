/** What the marks on the calendar mean. */
export function Legend({ showOverallocation, onePerson }: { showOverallocation: boolean; onePerson: boolean }) {
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
      {onePerson ? (
        <>
          <li>
            <span className="cp-swatch cp-swatch-non-working" /> Not a working day
          </li>
          <li>
            <span className="cp-swatch cp-swatch-outside" /> Outside the contract
          </li>
        </>
      ) : null}
      {showOverallocation ? (
        <li>
          <span className="cp-swatch cp-swatch-over" /> Over-allocated
        </li>
      ) : null}
    </ul>
  );
}
