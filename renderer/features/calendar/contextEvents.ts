// What surrounds the bookings: people's time off, public holidays for their regions, studio
// closures, and (when the app wires a source) over-allocated days: one shade and one marker per day.

import type { EventInput } from '@fullcalendar/core';
import type { Holiday } from '@shared/contract';
import type { Closure, Id, IsoDate, TimeOff } from '@shared/domain';
import { formatDate, formatDateRange } from '../../lib/format';
import { daysOf, exclusiveEnd } from './dates';
import type { Lookups } from './lookups';
import type { OverallocationMark } from './overallocation';
import { TIME_OFF_TYPE_PHRASES } from '@shared/domain';


/** What a time-off event carries: the period, for dragging, opening and deleting it. */
export interface TimeOffEventProps {
  kind: 'timeOff';
  timeOff: TimeOff;
  tooltip: string;
}

/** A period of time off: its own kind of bar (hatched grey, the type in words), moved and stretched by dragging. */
export function timeOffEvent(t: TimeOff, lookups: Lookups): EventInput {
  const person = lookups.talentById.get(t.talentId)?.name ?? `Person #${t.talentId}`;
  const part = t.hoursPerDay === null ? '' : ` (${t.hoursPerDay} h/d)`;
  const title = `${person} — ${TIME_OFF_TYPE_PHRASES[t.type]}${part}`;
  const props: TimeOffEventProps = { kind: 'timeOff', timeOff: t, tooltip: [title, formatDateRange(t.start, t.end), t.note].filter(Boolean).join('\n') };
  return {
    // New days make a new event, so its element (dates, tooltip) is mounted afresh.
    id: `off${t.id}:${t.start}:${t.end}`,
    title,
    start: t.start,
    end: exclusiveEnd(t.end),
    allDay: true,
    editable: true,
    classNames: ['cp-time-off', `cp-time-off-${t.type}`],
    extendedProps: { ...props, order: 1 },
  };
}

export function closureEvent(c: Closure): EventInput {
  return {
    id: `closure${c.id}-${c.date}`,
    title: `Studio closed · ${c.name}`,
    start: c.date,
    end: exclusiveEnd(c.endDate),
    allDay: true,
    display: 'background',
    classNames: ['cp-closure'],
    extendedProps: { kind: 'closure', tooltip: `Studio closed: ${c.name}` },
  };
}

/** One labelled background event per holiday day, naming the countries it applies to. */
export function holidayEvents(holidays: Holiday[]): EventInput[] {
  const byDay = new Map<string, { names: Set<string>; places: Set<string> }>();
  for (const h of holidays) {
    const entry = byDay.get(h.date) ?? { names: new Set(), places: new Set() };
    entry.names.add(h.name);
    entry.places.add(h.region ? `${h.country}-${h.region}` : h.country);
    byDay.set(h.date, entry);
  }
  return [...byDay].map(([date, { names, places }]) => {
    const label = `${[...names].join(' / ')} (${[...places].join(', ')})`;
    return {
      id: `holiday${date}`,
      title: label,
      start: date,
      end: exclusiveEnd(date),
      allDay: true,
      display: 'background',
      classNames: ['cp-holiday'],
      extendedProps: { kind: 'holiday', tooltip: `Public holiday: ${label}` },
    };
  });
}

/** The distinct holiday places of the given people. */
export function placesOf(talentIds: Id[], lookups: Lookups): { country: string; region: string | null }[] {
  const places = new Map<string, { country: string; region: string | null }>();
  for (const id of talentIds) {
    const t = lookups.talentById.get(id);
    if (!t?.holidayCountry) continue;
    places.set(`${t.holidayCountry}|${t.holidayRegion ?? ''}`, { country: t.holidayCountry, region: t.holidayRegion });
  }
  return [...places.values()].slice(0, 300);
}

/** Who is over-allocated on each day in [from, to], by name, from the runs the capacity core found. */
export function overallocatedByDay(marks: OverallocationMark[], lookups: Lookups, from: IsoDate, to: IsoDate): Map<IsoDate, string[]> {
  const byDay = new Map<IsoDate, Set<string>>();
  for (const m of marks) {
    const person = lookups.talentById.get(m.talentId)?.name ?? `Person #${m.talentId}`;
    for (const day of daysOf(m.start < from ? from : m.start, m.end > to ? to : m.end)) {
      const names = byDay.get(day) ?? new Set<string>();
      names.add(person);
      byDay.set(day, names);
    }
  }
  return new Map([...byDay].map(([day, names]) => [day, [...names].sort((a, b) => a.localeCompare(b))]));
}

/** Who is over-allocated on a day, for its marker's tooltip. */
export function overallocationLabel(day: IsoDate, names: string[]): { tooltip: string } {
  const count = names.length === 1 ? '1 person' : `${names.length} people`;
  return { tooltip: `${count} over-allocated on ${formatDate(day)}: ${names.join(', ')}` };
}

/** One unlabelled background shade per over-allocated day; the day's marker carries the words. */
export function overallocationShades(byDay: Map<IsoDate, string[]>): EventInput[] {
  return [...byDay].map(([day, names]) => ({
    id: `over${day}`,
    start: day,
    end: exclusiveEnd(day),
    allDay: true,
    display: 'background',
    classNames: ['cp-over'],
    extendedProps: { kind: 'over', tooltip: overallocationLabel(day, names).tooltip },
  }));
}
