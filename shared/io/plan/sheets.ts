// The staffing plan as rows: one table per sheet, the same for CSV and XLSX.

import { isoFromDay, utcDateOfIso } from '@shared/dates';
import { formatHours, formatLongDate, spanCost, type BookingSlot, type CapacityState } from '@shared/capacity';
import { BOOKING_STATUS_WORDS, CAMPAIGN_STATUS_WORDS, NO_ROLE_YET, NOT_ON_A_LINE } from '@shared/domain';
import type { OutCell } from '@shared/io/types';
import { campaignRows, roleRows, type PlanData } from './data';

export const PLAN_SHEETS = ['person', 'campaign', 'role', 'bookings'] as const;
export type PlanSheet = (typeof PLAN_SHEETS)[number];

/** `dayHours`: hours a day, shown with two decimals (7.25 stays 7.25). */
export type Kind = 'text' | 'hours' | 'dayHours' | 'money' | 'percent' | 'date';
export interface Table {
  title: string;
  columns: { header: OutCell; kind: Kind; width: number }[];
  /** Columns frozen on the left. */
  fixed: number;
  /** How many rows `rows` yields (for progress). */
  count: number;
  rows: Iterable<OutCell[]>;
}

/** A utilisation cell for hours booked when there is no capacity at all. */
export const OVER_NO_CAPACITY = 'over: no capacity';
const day = utcDateOfIso;
const round = (x: number) => Math.round(x * 100) / 100;

export function personTable(data: PlanData): Table {
  const weeks = data.weeks.map((w) => ({ header: day(w.start) as OutCell, kind: 'hours' as Kind, width: 11 }));
  function* rows(): Iterable<OutCell[]> {
    for (const p of data.people) {
      const head = [p.talent.name, p.talent.email, p.roleName, p.talent.team];
      const sum = (a: Float64Array) => round(a.reduce((s, x) => s + x, 0));
      yield [...head, 'Capacity', ...Array.from(p.capacity, round), sum(p.capacity)];
      for (const c of p.campaigns) yield [...head, c.campaign.name, ...Array.from(c.hours, round), sum(c.hours)];
      yield [...head, 'Booked', ...Array.from(p.booked, round), sum(p.booked)];
      // Booked in a week with no capacity is over-allocated, as the heatmap shows it: never a blank.
      const util = (b: number, c: number) => (c > 0 ? round((b / c) * 10000) / 10000 : b >= 0.005 ? OVER_NO_CAPACITY : null);
      yield [...head, 'Utilisation', ...Array.from(p.booked, (b, i) => util(b, p.capacity[i])), util(sum(p.booked), sum(p.capacity))];
    }
  }
  return {
    title: 'By person',
    columns: [
      { header: 'Person', kind: 'text', width: 24 }, { header: 'Email', kind: 'text', width: 26 }, { header: 'Role', kind: 'text', width: 16 },
      { header: 'Team', kind: 'text', width: 12 }, { header: 'Row', kind: 'text', width: 24 }, ...weeks, { header: 'Total', kind: 'hours', width: 11 },
    ],
    fixed: 5,
    count: data.people.rows,
    rows: rows(),
  };
}

export function campaignTable(data: PlanData): Table {
  const reporting = data.state.money.reporting;
  return {
    title: 'By campaign',
    columns: [
      ['External ID', 'text', 12], ['Campaign', 'text', 28], ['Client', 'text', 18], ['Status', 'text', 12], ['Start', 'date', 12], ['End', 'date', 12],
      ['Currency', 'text', 9], ['Budget', 'money', 12], ['Demand hours', 'hours', 13], ['Booked hours', 'hours', 13], ['Open hours', 'hours', 12],
      ['Planned cost', 'money', 13], ['Budget remaining', 'money', 15], ['Over budget', 'text', 11],
      [`Planned cost in ${reporting}`, 'money', 16], ['Cost note', 'text', 30],
    ].map(([header, kind, width]) => ({ header: header as string, kind: kind as Kind, width: width as number })),
    fixed: 2,
    count: data.campaigns.length,
    rows: campaignRows(data).map((r) => [
      r.campaign.externalId, r.campaign.name, r.campaign.client, CAMPAIGN_STATUS_WORDS[r.campaign.status], day(r.campaign.start), day(r.campaign.end), r.campaign.currency,
      r.campaign.budget, round(r.demand), round(r.booked), round(r.open), round(r.cost), round(r.remaining), r.overBudget ? 'yes' : 'no',
      round(r.costReporting), r.costNote,
    ]),
  };
}

export function roleTable(data: PlanData): Table {
  const rows = roleRows(data);
  return {
    title: 'By role and week',
    columns: [
      { header: 'Role', kind: 'text', width: 20 }, { header: 'Week starting', kind: 'date', width: 13 }, { header: 'Demand hours', kind: 'hours', width: 13 },
      { header: 'Supply hours', kind: 'hours', width: 13 }, { header: 'Free hours', kind: 'hours', width: 12 }, { header: 'Shortfall hours', kind: 'hours', width: 14 },
    ],
    fixed: 2,
    count: rows.length,
    rows: rows.map((r) => [r.roleName, day(r.weekStart), round(r.demand), round(r.supply), round(r.free), round(r.shortfall)]),
  };
}

/** A demand line in words: "Designer (hero film), 120 h, 1 March 2027 to 30 April 2027". */
function lineWords(state: CapacityState, l: number): string {
  const line = state.lines[l];
  const role = line.roleId === null ? NO_ROLE_YET : state.roleNames[state.lineRole[l]];
  return `${role}${line.note ? ` (${line.note})` : ''}, ${formatHours(line.hours)}, ${formatLongDate(line.start)} to ${formatLongDate(line.end)}`;
}

/** What a booking costs, as the campaign figures count it (spanCost): in the person's currency, and in the reporting one (blank without a rate). */
function slotCosts(state: CapacityState, slot: BookingSlot): [number, number | null] {
  const own = spanCost(state, slot, state.people[slot.person].currency).amount;
  const reporting = spanCost(state, slot, state.money.reporting);
  return [round(own), reporting.missingHours > 0 ? null : round(reporting.amount)];
}

export function bookingTable(data: PlanData): Table {
  const { state } = data;
  function* rows(): Iterable<OutCell[]> {
    for (const slot of data.slots) {
      const t = state.people[slot.person];
      const c = state.campaigns[slot.campaign];
      const lineRole = slot.line >= 0 && state.lines[slot.line].roleId !== null ? state.lineRole[slot.line] : -1;
      const role = state.roleNames[lineRole >= 0 ? lineRole : state.personPrimaryRole[slot.person]] ?? null;
      const line = slot.line >= 0 ? lineWords(state, slot.line) : NOT_ON_A_LINE;
      const status = BOOKING_STATUS_WORDS[slot.tentative ? 'tentative' : 'confirmed'];
      yield [
        t.name, t.email, role, c?.name ?? '', line, day(isoFromDay(slot.start)), day(isoFromDay(slot.end)), round(slot.hoursPerDay), status,
        round(slot.totalHours), t.currency, ...slotCosts(state, slot), slot.id,
      ];
    }
  }
  return {
    title: 'Bookings',
    columns: [
      ['Person', 'text', 24], ['Email', 'text', 26], ['Role', 'text', 18], ['Campaign', 'text', 28],
      // Not "Demand line": an import of this sheet would read that column as the line's id.
      ['Demand line (role, hours, dates)', 'text', 44], ['Start', 'date', 12], ['End', 'date', 12],
      ['Hours per day', 'dayHours', 13], ['Status', 'text', 11], ['Total hours', 'hours', 12], ['Currency', 'text', 9], ['Cost', 'money', 12],
      [`Cost in ${state.money.reporting}`, 'money', 14], ['Booking ID', 'text', 11],
    ].map(([header, kind, width]) => ({ header: header as string, kind: kind as Kind, width: width as number })),
    fixed: 1,
    count: data.slots.length,
    rows: rows(),
  };
}

export const TABLES: Record<PlanSheet, (d: PlanData) => Table> = { person: personTable, campaign: campaignTable, role: roleTable, bookings: bookingTable };
