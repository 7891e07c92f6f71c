import { TIME_OFF_TYPE_WORDS, type TimeOffType } from '@shared/domain';

/** A time-off bar's label: 10 px capitals, about this wide a letter, plus the label's padding. */
const CHAR_W = 7.5;
const PAD = 8;
// Short words only where they are part of the bar's name (a label must be in its name: WCAG 2.5.3).
const SHORT: Partial<Record<TimeOffType, string>> = { sick: 'Sick' };

/**
 * Where a time-off bar's label goes: the longest run of its days (from..to, shown) that no booking
 * covers, so a booking drawn over part of it doesn't hide the label; the whole bar when every day is
 * covered. Days are numbers (dayFromIso).
 */
export function labelRun(from: number, to: number, booked: [number, number][]): { start: number; days: number } {
  let best = { start: from, days: 0 };
  let runStart: number | null = null;
  for (let d = from; d <= to + 1; d++) {
    const free = d <= to && !booked.some(([s, e]) => d >= s && d <= e);
    if (free && runStart === null) runStart = d;
    if (!free && runStart !== null) {
      if (d - runStart > best.days) best = { start: runStart, days: d - runStart };
      runStart = null;
    }
  }
  return best.days > 0 ? best : { start: from, days: to - from + 1 };
}

/** The longest of the type word with its hours, the type word, or a short word that fits `width` px; null when none does. */
export function labelText(type: TimeOffType, hours: string, width: number): { word: string; hours: string } | null {
  const word = TIME_OFF_TYPE_WORDS[type];
  const fits = (text: string) => text.length * CHAR_W + PAD <= width;
  if (hours && fits(word + hours)) return { word, hours };
  if (fits(word)) return { word, hours: '' };
  const short = SHORT[type];
  if (short && fits(short)) return { word: short, hours: '' };
  return null;
}
