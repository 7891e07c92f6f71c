import type { DemandLineSummary } from '@shared/contract';
import { isoFromDay, todayDay } from './days';

/** Open lines whose window hasn't ended (an ended line can't be booked any more), soonest first. */
export function currentLines(lines: DemandLineSummary[]): DemandLineSummary[] {
  const today = isoFromDay(todayDay());
  return lines.filter((l) => l.end >= today).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : b.openHours - a.openHours));
}
