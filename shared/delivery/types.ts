// "When can we deliver?": what the engine takes and what it answers (README "When can we deliver?").
// The input is a plain phase list, so campaign phases from templates (or a campaign's demand lines,
// one phase each) feed it the same way.

import type { Id, IsoDate, Priority, SkillRequirement } from '@shared/domain';

export interface DeliveryRoleNeed {
  roleId: Id;
  hours: number;
  /** Every skill at its minimum level or above. */
  skills: SkillRequirement[];
  /** At most this many people of the role on the phase (null: no limit). */
  maxPeople: number | null;
}

export interface DeliveryPhase {
  /** Any text unique in the list; dependencies name it. */
  id: string;
  name: string;
  /** Working days of the studio calendar (Monday to Friday, not a closure). */
  durationDays: number;
  /** Ids of phases that must finish before this one starts (finish-to-start). */
  dependsOn: string[];
  /** It may not start before this day (a demand line's window start), if given. */
  notBefore?: IsoDate | null;
  /** A demand line of no phase: it starts when ready and lasts durationDays or longer, until its hours fit. */
  stretch?: boolean;
  roles: DeliveryRoleNeed[];
}

export interface DeliveryQuery {
  phases: DeliveryPhase[];
  earliestStart: IsoDate;
  requestedDate: IsoDate | null;
  /** Count tentative bookings as taken (true) or as free time (false). */
  tentativeIsTaken: boolean;
  /** The campaign asked about: its own bookings count as free (the answer replaces them), and its priority decides which tentative bookings may move. */
  campaignId: Id | null;
  /** Priority when no campaign is given (1 most important). */
  priority: Priority;
  /**
   * Count the campaign's own bookings as free (the answer replaces them: a phase list's hours are all
   * the work); false: as taken, and for the campaign's own plan as progress, off its lines' hours.
   */
  ownBookingsFree: boolean;
  /** With ownBookingsFree false: the campaign's own tentative bookings count as taken even when others' do not ("Book it" adds beside them). */
  ownTentativeTaken?: boolean;
}

export interface DeliveryBookResult {
  created: Id[];
  label: string;
}

export interface DeliveryPerson {
  id: Id;
  name: string;
  hours: number;
}

/** Hours a person gives a phase: runs of consecutive days at the same hours a day (each one booking). */
export interface DeliveryRun {
  start: IsoDate;
  end: IsoDate;
  hoursPerDay: number;
}

export interface DeliveryPhaseAnswer {
  id: string;
  name: string;
  /** Null when it cannot be placed within the search horizon. */
  start: IsoDate | null;
  end: IsoDate | null;
  /** The first day its dependencies and the earliest start allow. */
  readyOn: IsoDate | null;
  /** Working days it waits for capacity after readyOn. */
  waitDays: number;
  roles: { roleId: Id; roleName: string; hours: number; people: (DeliveryPerson & { runs: DeliveryRun[] })[] }[];
  /** For a campaign under way: how far the phase is (absent when its bookings are not counted as progress). */
  progress?: DeliveryPhaseProgress;
}

/**
 * finished: it ended before the earliest start; booked: all its lines are booked (neither is
 * planned again); underway: it began before the earliest start and its open hours are planned from
 * there; open: planned as usual.
 */
export interface DeliveryPhaseProgress {
  state: 'finished' | 'booked' | 'underway' | 'open';
  /** Its lines' hours, and the hours booked on them (tentative ones as the toggle says). */
  hours: number;
  bookedHours: number;
  /** Its planned start, kept while it is under way. */
  startedOn: IsoDate;
}

/** A campaign under way: hours already booked on its demand lines count as done or planned; only the open hours are planned. */
export interface DeliveryProgress {
  /** Hours of its demand lines with a role. */
  hours: number;
  /** Booked on those lines, at most each line's hours. */
  bookedHours: number;
  /** Booked beyond a line's hours (never negative open hours). */
  overBookedHours: number;
  /** Planned from the earliest start. */
  openHours: number;
  /** Open hours of phases that ended before the earliest start: not planned again. */
  lapsedHours: number;
  lastBookedDay: IsoDate | null;
  /** When the open hours alone can be done (null: none open, or they fit nowhere). */
  openFinish: IsoDate | null;
  fullyBooked: boolean;
  /** "312 h of 480 h already booked; the open 168 h can be done by 14 March 2027.", or null when nothing is booked. */
  sentence: string | null;
}

export interface DeliveryCampaignLoad {
  campaignId: Id;
  name: string;
  /** Eligible people booked on it in the window. */
  people: number;
  hours: number;
}

export interface DeliveryBinding {
  sentence: string;
  phaseId: string;
  roleId: Id | null;
  shortHours: number;
  /** ISO week numbers (and years) the window spans. */
  weeks: { from: string; to: string } | null;
  campaigns: DeliveryCampaignLoad[];
  /** True when no one holds the role (with the skills asked) for a phase's hours: no date is possible until someone does. */
  nobody?: boolean;
}

export type DeliveryWayOutKind = 'freelance' | 'moveTentative' | 'overtime' | 'laterStart' | 'split';

export interface DeliveryWayOut {
  kind: DeliveryWayOutKind;
  sentence: string;
  /** The finish it gives (null: still none within the horizon). */
  finish: IsoDate | null;
  /** Freelance or agency hours per role and ISO week. */
  freelance?: { roleId: Id; roleName: string; week: string; weekStart: IsoDate; hours: number }[];
  /** Tentative bookings that would have to move. */
  bookings?: { id: Id; campaignId: Id; campaign: string; priority: Priority; person: string; start: IsoDate; end: IsoDate; hoursPerDay: number }[];
  /** Overtime share and the people who would work it. */
  overtime?: { percent: number; people: DeliveryPerson[] };
  /** The latest start that keeps the finish. */
  latestStart?: IsoDate;
  /** A phase split in two: its parts, and the whole plan with the split (each part a phase). Absent when no split helps. */
  split?: DeliverySplit;
}

/** One phase done in two parts: the first from the day it is ready, the rest later (README "a phase split"). */
export interface DeliverySplit {
  phaseId: string;
  phase: string;
  parts: { name: string; start: IsoDate; end: IsoDate; workingDays: number; hours: number; people: DeliveryPerson[] }[];
  /** Every phase's dates and runs with the split (the parts are phases here), as the answer's phases. */
  plan: DeliveryPhaseAnswer[];
}

export interface DeliveryAnswer {
  earliestStart: IsoDate;
  /** Last day the search looks at. */
  horizonEnd: IsoDate;
  /** Last day of the last phase; null when some phase fits nowhere before horizonEnd. */
  finish: IsoDate | null;
  requestedDate: IsoDate | null;
  /** Null without a requested date. */
  onTime: boolean | null;
  /** Working days after the requested date (0 when on time). */
  workingDaysLate: number | null;
  calendarDaysLate: number | null;
  /** True when the finish is provably the earliest (README: when it is exact). */
  exact: boolean;
  phases: DeliveryPhaseAnswer[];
  binding: DeliveryBinding;
  waysOut: DeliveryWayOut[];
  /** What the answer leaves out, in words (demand without a role), or null. */
  leftOut?: string | null;
  /** A campaign's own plan with its bookings as progress (absent for a phase list, or when they are replaced). */
  progress?: DeliveryProgress;
}
