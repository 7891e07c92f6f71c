// The one booking "Book" makes for a candidate: a booking puts the same hours on each of the
// person's working days from its start to its end, so we pick the run of working days (weekends
// and holidays don't break a run; a fully booked day or a day off does) that lets them give the
// most hours without going over on any day (the largest rectangle under their free hours), then
// put the line's open hours on its first days in whole quarter hours a day, never above what every
// day of the run has free: the hours it shows are exactly the hours it books.
import type { CapacityState } from '@shared/capacity';
import type { SuggestedBooking } from '@shared/contract';
import { isoOfOffset, type OffsetWindow } from './window';
import { freeQuarters } from './instance';

/** Of the run's first k days (k = 1..n), the k and quarter hours a day that book the most, up to `open`. */
function bestSpan(n: number, maxQ: number, openQ: number): { days: number; quarters: number } {
  let best = { days: 0, quarters: 0 };
  for (let k = 1; k <= n; k++) {
    const q = Math.min(maxQ, Math.floor(openQ / k));
    if (q > 0 && q * k >= best.quarters * best.days) best = { days: k, quarters: q };
  }
  return best;
}

export function suggestBooking(
  state: CapacityState,
  p: number,
  w: OffsetWindow,
  openHours: number,
  includeTentative: boolean,
): SuggestedBooking | null {
  if (!(openHours > 0) || w.from > w.to) return null;
  const base = p * state.timeline.days;
  // The person's working days in the window, with their free units.
  const days: number[] = [];
  const free: number[] = [];
  for (let i = w.from; i <= w.to; i++) {
    if (state.working[base + i] !== 1) continue;
    days.push(i);
    free.push(freeQuarters(state, p, i, includeTentative));
  }
  // Largest rectangle in the histogram of free units (stack of increasing heights).
  let best = { area: 0, a: 0, b: -1, h: 0 };
  const stack: number[] = [];
  for (let j = 0; j <= free.length; j++) {
    const h = j < free.length ? free[j] : -1;
    while (stack.length > 0 && free[stack[stack.length - 1]] >= h) {
      const top = stack.pop()!;
      const height = free[top];
      const a = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
      const width = j - a;
      // Prefer more hours; on a tie (both cover the line) the longer, gentler run.
      const area = Math.min(height * width, openHours * 4);
      if (height > 0 && (area > best.area || (area === best.area && width > best.b - best.a + 1))) best = { area, a, b: j - 1, h: height };
    }
    stack.push(j);
  }
  if (best.b < best.a || best.area <= 0) return null;
  const span = bestSpan(best.b - best.a + 1, best.h, Math.round(openHours * 4));
  if (span.quarters <= 0) return null;
  return {
    start: isoOfOffset(state, days[best.a]),
    end: isoOfOffset(state, days[best.a + span.days - 1]),
    hoursPerDay: span.quarters / 4,
    totalHours: (span.quarters * span.days) / 4,
    days: span.days,
  };
}
