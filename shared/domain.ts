// The entities of a workspace, as the renderer, the handlers and the capacity core see them.
// Dates are ISO calendar days 'YYYY-MM-DD' (no time zone); ids are SQLite integer keys.

export type Id = number;
export type IsoDate = string;

/** What every screen calls demand whose line has no role (role id −1 in the capacity core). */
export const NO_ROLE_YET = 'No role yet';
/** What every screen and file calls a booking on no demand line. */
export const NOT_ON_A_LINE = 'Outside the plan (no demand line)';

export const TALENT_KINDS = ['staff', 'freelancer', 'agency'] as const;
export type TalentKind = (typeof TALENT_KINDS)[number];
export const TALENT_KIND_WORDS: Record<TalentKind, string> = { staff: 'Staff', freelancer: 'Freelancer', agency: 'Agency' };

export const CAMPAIGN_STATUSES = ['pipeline', 'confirmed', 'in_progress', 'on_hold', 'done', 'lost', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Each status as people say it. */
export const CAMPAIGN_STATUS_WORDS: Record<CampaignStatus, string> = {
  pipeline: 'Pipeline', confirmed: 'Confirmed', in_progress: 'In progress', on_hold: 'On hold', done: 'Done', lost: 'Lost', cancelled: 'Cancelled',
};

/** Only pitches and live work need people: on-hold, lost, done and cancelled campaigns add no demand. */
export const campaignNeedsPeople = (status: CampaignStatus): boolean =>
  status === 'pipeline' || status === 'confirmed' || status === 'in_progress';

export const BOOKING_STATUSES = ['tentative', 'confirmed'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_WORDS: Record<BookingStatus, string> = { tentative: 'Tentative', confirmed: 'Confirmed' };

export const TIME_OFF_TYPES = ['vacation', 'sick', 'other'] as const;
export type TimeOffType = (typeof TIME_OFF_TYPES)[number];
/** As files write them (the importer reads each back). */
export const TIME_OFF_TYPE_WORDS: Record<TimeOffType, string> = { vacation: 'Vacation', sick: 'Sick leave', other: 'Other' };
/** The same inside a sentence ("vacation (time off)", "Ada — sick leave"). */
export const TIME_OFF_TYPE_PHRASES: Record<TimeOffType, string> = { vacation: 'vacation', sick: 'sick leave', other: 'time off' };

/** 1 is the most important, 5 the least. */
export type Priority = 1 | 2 | 3 | 4 | 5;

/** Hours for Monday..Sunday (index 0 = Monday). */
export type WeekHours = [number, number, number, number, number, number, number];

export interface Role {
  id: Id;
  name: string;
  /** Default utilisation target in percent for people whose primary role this is. */
  utilisationTarget: number;
  colour: string;
}

export interface Skill {
  id: Id;
  name: string;
}

export interface SkillLevel {
  skillId: Id;
  /** 1..5 */
  level: number;
}

export interface Talent {
  id: Id;
  externalId: string | null;
  kind: TalentKind;
  name: string;
  email: string | null;
  team: string | null;
  primaryRoleId: Id;
  /** Other roles the person can fill, excluding the primary one. */
  otherRoleIds: Id[];
  skills: SkillLevel[];
  tags: string[];
  costRate: number;
  billRate: number;
  /** What the rates are per: an hour, or a day (made hourly through the working pattern). Absent means per hour. */
  costRateUnit?: RateUnit;
  billRateUnit?: RateUnit;
  currency: string;
  /** Percent; null means the primary role's target applies. */
  utilisationTarget: number | null;
  /** ISO 3166-1 alpha-2, e.g. 'GB'; null means no public holidays. */
  holidayCountry: string | null;
  /** Subdivision code as date-holidays knows it, e.g. 'ENG' or 'BY'. */
  holidayRegion: string | null;
  activeFrom: IsoDate | null;
  activeTo: IsoDate | null;
  /** Pooled capacity of an agency: 3 means three people's hours. 1 for a person. */
  headcount: number;
  notes: string;
}

/** A working pattern in force from `effectiveFrom` until the next period starts. */
export interface WorkPattern {
  id: Id;
  talentId: Id;
  effectiveFrom: IsoDate;
  hours: WeekHours;
}

export interface TimeOff {
  id: Id;
  talentId: Id;
  start: IsoDate;
  end: IsoDate;
  /** null = whole days; otherwise the hours taken off on each working day of the range. */
  hoursPerDay: number | null;
  type: TimeOffType;
  note: string;
}

export interface Closure {
  id: Id;
  /** The first day closed. */
  date: IsoDate;
  /** The last day closed (the same as `date` for one day). */
  endDate: IsoDate;
  name: string;
  /** Closed on the same days every year (24–26 December). */
  repeatsYearly: boolean;
}

/** A public holiday the studio works on ('ignore'), or a local one it adds ('add'), for a region. */
export interface HolidayOverride {
  id: Id;
  country: string;
  /** null: the whole country's calendar (people with no region). */
  region: string | null;
  date: IsoDate;
  kind: 'ignore' | 'add';
  name: string;
}

export interface Campaign {
  id: Id;
  externalId: string | null;
  name: string;
  client: string;
  status: CampaignStatus;
  /** 0..100 */
  probability: number;
  priority: Priority;
  budget: number;
  currency: string;
  start: IsoDate;
  end: IsoDate;
  owner: string;
  colour: string;
  notes: string;
}

export interface SkillRequirement {
  skillId: Id;
  /** 1..5 */
  minLevel: number;
}

/** Skill levels run 1 (learning) to 5 (expert). */
export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;

/** A minimum skill level in words, as the filters and requirements show it: "Any level", "Level 3+". */
export const minLevelWords = (level: number): string => (level <= 1 ? 'Any level' : `Level ${level}+`);

export interface DemandLine {
  id: Id;
  campaignId: Id;
  roleId: Id | null;
  skills: SkillRequirement[];
  hours: number;
  start: IsoDate;
  end: IsoDate;
  priority: Priority;
  note: string;
  /** The campaign phase the line came from (a campaign made from a template), else null/absent. */
  phaseId?: Id | null;
  /** At most this many people of the role at once (from the template), else null/absent. */
  maxPeople?: number | null;
}

export interface Booking {
  id: Id;
  talentId: Id;
  campaignId: Id;
  demandLineId: Id | null;
  start: IsoDate;
  end: IsoDate;
  hoursPerDay: number;
  status: BookingStatus;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export const RATE_UNITS = ['hour', 'day'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

/** One unit of `fromCurrency` is worth `rate` units of `toCurrency`, from `effectiveFrom` on. */
export interface ExchangeRate {
  id: Id;
  fromCurrency: string;
  toCurrency: string;
  rate: number;
  effectiveFrom: IsoDate;
}

/** A handoff at the end of a campaign phase, in words (shared/phases/handoffs.ts). */
export const HANDOFF_STATE_LABELS = {
  pending: 'Planned',
  on_time: 'Done on time',
  late: 'Done late, within the SLA',
  sla_missed: 'Done after the SLA',
  overdue: 'Overdue',
  overdue_sla: 'Overdue, SLA missed',
} as const;
