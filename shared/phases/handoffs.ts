// Handoffs at the end of phases: planned on the phase's last day; the receiver has an SLA in
// working days from then. Done after the planned day is late; after the SLA's last day, an SLA miss.
// A handoff not yet done counts the same once today is past those days.

import { dayFromIso, isoFromDay } from '@shared/dates';
import type { StudioCalendar } from './calendar';

import type { HANDOFF_STATE_LABELS } from '@shared/domain';

export type HandoffState = keyof typeof HANDOFF_STATE_LABELS;

export interface HandoffFacts {
  planned: string | null;
  slaDays: number | null;
  done: string | null;
}

/** The last day of the SLA: `slaDays` working days after the planned day (the planned day itself without an SLA). */
export function slaDue(cal: StudioCalendar, planned: string, slaDays: number | null): string {
  return isoFromDay(cal.add(cal.onOrAfter(dayFromIso(planned)), slaDays ?? 0));
}

export function handoffState(cal: StudioCalendar, h: HandoffFacts, today: string): HandoffState {
  if (h.planned === null) return h.done ? 'on_time' : 'pending';
  const due = slaDue(cal, h.planned, h.slaDays);
  if (h.done !== null) return h.done > due ? 'sla_missed' : h.done > h.planned ? 'late' : 'on_time';
  return today > due ? 'overdue_sla' : today > h.planned ? 'overdue' : 'pending';
}

export interface HandoffCounts {
  total: number;
  done: number;
  /** Done after the planned day, or not done with today past it. */
  late: number;
  /** Done after the SLA's last day, or not done with today past it. */
  slaMissed: number;
}

export function countHandoffs(states: readonly HandoffState[]): HandoffCounts {
  const c = { total: states.length, done: 0, late: 0, slaMissed: 0 };
  for (const s of states) {
    if (s === 'on_time' || s === 'late' || s === 'sla_missed') c.done++;
    if (s !== 'pending' && s !== 'on_time') c.late++;
    if (s === 'sla_missed' || s === 'overdue_sla') c.slaMissed++;
  }
  return c;
}
