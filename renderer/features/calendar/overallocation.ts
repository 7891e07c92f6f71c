// The hook for over-allocated days. The capacity core (shared/capacity) finds them; the lead
// wires a source into <CalendarView overallocation={...} />. Until then nothing is drawn: the
// calendar never guesses.

import type { Id, IsoDate } from '@shared/domain';

/** One run of over-allocated days for one person. */
export interface OverallocationMark {
  talentId: Id;
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
  /** Shown as the tooltip, e.g. "10.5 h booked of 7.5 h on 3, 4 and 5 March". */
  message: string;
}

export interface OverallocationQuery {
  from: IsoDate;
  to: IsoDate;
  /** The people shown, or null when no person/role filter limits them (everyone). */
  talentIds: Id[] | null;
}

/** Called for the visible range after each fetch; may be async. */
export type OverallocationSource = (query: OverallocationQuery) => OverallocationMark[] | Promise<OverallocationMark[]>;
