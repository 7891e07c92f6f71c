import type { Booking, Campaign, Closure, DemandLine, ExchangeRate, IsoDate, Role, Skill, Talent, TimeOff, WorkPattern } from '@shared/domain';

/** How big a generated studio is. */
export interface StudioSize {
  people: number;
  campaigns: number;
  /** Total demand lines; null = 2–6 per campaign. */
  demandLines: number | null;
  bookings: number;
  /** Bookings, time off and pipeline span this many months from today. */
  months: number;
}

export type DemoBooking = Omit<Booking, 'createdAt' | 'updatedAt'>;

/**
 * A whole workspace as plain domain objects. Ids are local: 1-based positions in each list, and
 * references (talentId, roleId, skillId, campaignId, demandLineId) use them. write.ts maps them
 * to the ids the database assigns.
 */
export interface StudioData {
  roles: Role[];
  skills: Skill[];
  talent: Talent[];
  patterns: WorkPattern[];
  timeOff: TimeOff[];
  closures: Closure[];
  campaigns: Campaign[];
  demandLines: DemandLine[];
  bookings: DemoBooking[];
  /** Marketing channels by name, and briefs on campaigns (local ids); absent in large benchmark studios. */
  channels?: string[];
  briefs?: import('./briefs').DemoBrief[];
  /** The currency totals are reported in, and exchange rates covering every booked day. */
  reportingCurrency?: string;
  rates?: Omit<ExchangeRate, 'id'>[];
}

/** The days the generator plans over: today to the end of the horizon. */
export interface Horizon {
  today: IsoDate;
  todayDay: number;
  /** Last day (inclusive) of the horizon. */
  endDay: number;
  /** Monday–Friday day numbers from today to endDay. */
  weekdays: number[];
}

/** What the booking generator knows about a person beyond the Talent row. */
export interface PersonTraits {
  /** A full working day in hours, times the headcount for an agency. */
  dayHours: number;
  /** Indexes into Horizon.weekdays of the first and last day the person can work (empty when first > last). */
  first: number;
  last: number;
  underUsed: boolean;
  overAllocated: boolean;
}
