// Bookings as FullCalendar events: one all-day event per booking in the campaign's colour, or,
// when a range holds too many to draw, one count per day.

import type { EventInput } from '@fullcalendar/core';
import type { BookingView } from '@shared/contract';
import { addDaysIso, daysOf, exclusiveEnd } from './dates';
import { textOn } from '@shared/contrast';
import { shade, tint } from './colours';
import { formatDateRange, formatHours } from '../../lib/format';
import type { Lookups } from './lookups';

/** Above this many bookings in view, each day shows a count instead of the bookings. */
export const MAX_DRAWN_BOOKINGS = 400;

export interface BookingEventProps {
  kind: 'booking';
  booking: BookingView;
  tooltip: string;
}

const FALLBACK_COLOUR = '#64748b';

export function hoursLabel(hours: number): string {
  return `${Number(hours.toFixed(2))} h/d`;
}

export function bookingTitle(b: BookingView, lookups: Lookups, withPerson = true): string {
  const person = lookups.talentById.get(b.talentId)?.name ?? `Person #${b.talentId}`;
  const campaign = lookups.campaignById.get(b.campaignId)?.name ?? `Campaign #${b.campaignId}`;
  return `${withPerson ? `${person} · ` : ''}${campaign} · ${hoursLabel(b.hoursPerDay)}`;
}

/** How a booking is drawn for the one person chosen: without their name (the filter shows it), maybe in pieces. */
export interface OnePersonView {
  /** One run of the days that carry its hours; the pieces share a group, so they move and stretch together. */
  piece?: { start: string; end: string };
}

/** A booking as one event (or, for one person, one piece of it). */
export function bookingEvent(b: BookingView, lookups: Lookups, onePerson?: OnePersonView): EventInput {
  const colour = lookups.campaignById.get(b.campaignId)?.colour ?? FALLBACK_COLOUR;
  const title = bookingTitle(b, lookups);
  const shown = onePerson ? bookingTitle(b, lookups, false) : title;
  const piece = onePerson?.piece;
  const tentative = b.status === 'tentative';
  const status = tentative ? 'Tentative' : 'Confirmed';
  const tooltip = [title, `${status} · ${formatDateRange(b.start, b.end)} · ${formatHours(b.totalHours)} in total`, b.note].filter(Boolean).join('\n');
  const props: BookingEventProps = { kind: 'booking', booking: b, tooltip };
  return {
    // A booking drawn differently is a new event to FullCalendar, so its element (dates, tooltip) is mounted afresh.
    id: `b${b.id}:${b.start}:${b.end}:${hashOf(tooltip)}${piece ? `:${piece.start}` : ''}`,
    groupId: piece ? `b${b.id}` : undefined,
    title: tentative ? `${shown} · Tentative` : shown,
    start: piece?.start ?? b.start,
    end: exclusiveEnd(piece?.end ?? b.end),
    allDay: true,
    backgroundColor: tentative ? tint(colour, 0.82) : colour,
    borderColor: colour,
    textColor: tentative ? shade(colour, 0.45) : textOn(colour),
    classNames: ['cp-booking', tentative ? 'cp-tentative' : 'cp-confirmed'],
    extendedProps: props,
  };
}

/** A short fingerprint of a text (FNV-1a). */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * One event per day in [from, to] saying how many of `bookings` touch that day; `compact` gives
 * just the number (for the year view's small cells).
 */
export function dailyCountEvents(bookings: BookingView[], from: string, to: string, compact = false): EventInput[] {
  const days = daysOf(from, to);
  const index = new Map(days.map((d, i) => [d, i]));
  const diff = new Int32Array(days.length + 1);
  for (const b of bookings) {
    const s = b.start < from ? 0 : index.get(b.start);
    const e = b.end > to ? days.length - 1 : index.get(b.end);
    if (s === undefined || e === undefined) continue;
    diff[s] += 1;
    diff[e + 1] -= 1;
  }
  const out: EventInput[] = [];
  let running = 0;
  days.forEach((day, i) => {
    running += diff[i];
    if (running === 0) return;
    out.push({
      id: `count-${day}`,
      title: compact ? running.toLocaleString() : `${running.toLocaleString()} booking${running === 1 ? '' : 's'}`,
      start: day,
      end: addDaysIso(day, 1),
      allDay: true,
      editable: false,
      classNames: ['cp-day-count', compact ? 'cp-day-count-compact' : ''],
      extendedProps: { kind: 'count', date: day, tooltip: `${running.toLocaleString()} booking${running === 1 ? '' : 's'} on ${day}. ${compact ? 'Click to open the month.' : 'Choose a person, role or campaign to see them.'}` },
    });
  });
  return out;
}
