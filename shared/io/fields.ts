// The columns each import understands: the header a template writes, the synonyms a guess
// accepts, and an example value for the template's one example row.

import type { ImportEntity } from './types';

export interface FieldDef {
  field: string;
  /** The header a template and an export write. */
  label: string;
  synonyms: string[];
  /** Headers taken for this field only when no other column claims it (Runn files have both "Job Title" and "Default Role Name"). */
  weakSynonyms?: string[];
  required?: boolean;
  /** A required field that these fields can stand in for (a name from first and last name). */
  orFrom?: string[];
  /** What the cells hold, for reading them: numbers (in the file's number style), percentages, or text and others (default). */
  type?: 'number' | 'percent';
  /** Read from files but never written by a template or an export. */
  importOnly?: boolean;
  example: string | number;
}

const DAY_FIELDS: FieldDef[] = [
  ['mon', 'Monday'], ['tue', 'Tuesday'], ['wed', 'Wednesday'], ['thu', 'Thursday'], ['fri', 'Friday'], ['sat', 'Saturday'], ['sun', 'Sunday'],
].map(([key, day], i) => ({
  field: key,
  label: `${day.slice(0, 3)} hours`,
  synonyms: [key, day, `${key} hours`, `${day} hours`, `hours ${key}`],
  type: 'number' as const,
  example: i < 5 ? 7.5 : 0,
}));

const TALENT: FieldDef[] = [
  { field: 'externalId', label: 'External ID', synonyms: ['id', 'external id', 'ext id', 'employee id', 'staff id', 'person id', 'hr id', 'payroll id'], example: 'EMP-001' },
  { field: 'name', label: 'Name', synonyms: ['full name', 'person', 'talent', 'talent name', 'person name', 'employee', 'employee name', 'resource', 'resource name'], required: true, orFrom: ['firstName', 'lastName'], example: 'Ada Lovelace' },
  { field: 'firstName', label: 'First name', synonyms: ['first', 'given name', 'forename', 'first names'], importOnly: true, example: 'Ada' },
  { field: 'lastName', label: 'Last name', synonyms: ['last', 'surname', 'family name'], importOnly: true, example: 'Lovelace' },
  { field: 'email', label: 'Email', synonyms: ['e-mail', 'email address', 'e-mail address', 'mail', 'work email'], example: 'ada@example.com' },
  { field: 'kind', label: 'Kind', synonyms: ['type', 'talent type', 'employment type', 'contract type', 'resource type', 'employment'], example: 'Staff' },
  { field: 'team', label: 'Team', synonyms: ['department', 'dept', 'group', 'studio'], example: 'Brand' },
  { field: 'primaryRole', label: 'Primary role', synonyms: ['role', 'main role', 'discipline', 'default role', 'default role name', 'role name'], weakSynonyms: ['job title', 'title', 'position'], required: true, example: 'Designer' },
  { field: 'otherRoles', label: 'Other roles', synonyms: ['secondary roles', 'additional roles', 'also', 'roles'], example: 'Art director; Copywriter' },
  { field: 'skills', label: 'Skills', synonyms: ['skill', 'skills and levels', 'competencies'], example: 'Figma:4; Typography:3' },
  { field: 'tags', label: 'Tags', synonyms: ['tag', 'labels', 'keywords'], example: 'senior; remote' },
  { field: 'costRate', label: 'Cost rate', synonyms: ['cost rate (per hour)', 'cost rate', 'hourly cost', 'cost per hour', 'cost', 'cost rate per hour', 'internal rate', 'cost to business', 'cost to business per hour', 'hourly cost rate'], type: 'number', example: 45 },
  { field: 'billRate', label: 'Bill rate', synonyms: ['bill rate (per hour)', 'bill rate', 'hourly rate', 'rate', 'charge rate', 'sell rate', 'billing rate', 'bill rate per hour', 'rate per hour', 'charge out rate', 'charge-out rate', 'chargeout rate', 'charge out rate per hour', 'hourly charge out rate', 'default rate'], type: 'number', example: 90 },
  { field: 'costRateUnit', label: 'Cost rate per', synonyms: ['cost rate unit', 'cost unit', 'cost per', 'cost rate per'], example: 'hour' },
  { field: 'billRateUnit', label: 'Bill rate per', synonyms: ['bill rate unit', 'bill unit', 'bill per', 'rate unit', 'rate per'], example: 'hour' },
  { field: 'currency', label: 'Currency', synonyms: ['ccy', 'currency code'], example: 'GBP' },
  { field: 'utilisationTarget', label: 'Utilisation target %', synonyms: ['utilisation target', 'utilization target', 'target', 'target utilisation', 'target %', 'utilisation %', 'utilization %'], type: 'percent', example: 80 },
  { field: 'holidayCountry', label: 'Holiday country', synonyms: ['country', 'country code', 'holidays country'], example: 'GB' },
  { field: 'holidayRegion', label: 'Holiday region', synonyms: ['region', 'state', 'subdivision', 'holidays region', 'county'], example: 'ENG' },
  { field: 'activeFrom', label: 'Contract start', synonyms: ['active from', 'start date', 'start', 'joined', 'join date', 'contract from'], example: '2026-01-05' },
  { field: 'activeTo', label: 'Contract end', synonyms: ['active to', 'end date', 'end', 'leaving date', 'leaves', 'contract to', 'contract until'], example: '' },
  { field: 'headcount', label: 'Headcount', synonyms: ['head count', 'people', 'seats', 'fte count'], type: 'number', example: 1 },
  { field: 'pattern', label: 'Working pattern', synonyms: ['pattern', 'work pattern', 'working week', 'working hours', 'hours per week pattern', 'schedule'], example: 'Mon–Fri 7.5' },
  ...DAY_FIELDS,
  { field: 'notes', label: 'Notes', synonyms: ['note', 'comments', 'comment'], example: '' },
];

const CAMPAIGNS: FieldDef[] = [
  { field: 'externalId', label: 'External ID', synonyms: ['id', 'external id', 'job number', 'job no', 'project code', 'code', 'campaign id', 'project id'], example: 'JOB-1001' },
  { field: 'name', label: 'Name', synonyms: ['campaign', 'campaign name', 'project', 'project name', 'job', 'job name', 'title'], required: true, example: 'Spring Launch' },
  { field: 'client', label: 'Client', synonyms: ['customer', 'account', 'brand', 'client name'], example: 'Northwind' },
  { field: 'status', label: 'Status', synonyms: ['state', 'stage'], example: 'Confirmed' },
  { field: 'probability', label: 'Probability %', synonyms: ['probability', 'likelihood', 'chance', 'win probability', 'confidence'], type: 'percent', example: 100 },
  { field: 'priority', label: 'Priority', synonyms: ['prio'], type: 'number', example: 3 },
  { field: 'budget', label: 'Budget', synonyms: ['budget amount', 'fee', 'value'], type: 'number', example: 20000 },
  { field: 'currency', label: 'Currency', synonyms: ['ccy', 'currency code'], example: 'GBP' },
  { field: 'start', label: 'Start', synonyms: ['start date', 'from', 'begins', 'kick off', 'kickoff'], required: true, example: '2027-03-01' },
  { field: 'end', label: 'End', synonyms: ['end date', 'to', 'until', 'ends', 'deadline', 'due', 'due date'], required: true, example: '2027-04-30' },
  { field: 'owner', label: 'Owner', synonyms: ['account manager', 'producer', 'project manager', 'pm', 'lead'], example: 'Grace' },
  { field: 'colour', label: 'Colour', synonyms: ['color', 'colour hex', 'color hex'], example: '#2563eb' },
  { field: 'notes', label: 'Notes', synonyms: ['note', 'comments', 'comment', 'description'], example: '' },
  // The brief (read from files; the brief itself is exported in the staffing plan's Briefs sheet).
  { field: 'requester', label: 'Requested by', synonyms: ['requester', 'requested by', 'brief owner', 'marketing contact'], importOnly: true, example: 'Priya Shah' },
  { field: 'requestedDate', label: 'Requested launch', synonyms: ['requested launch', 'requested date', 'launch date', 'requested launch date', 'go live', 'go-live date'], importOnly: true, example: '2027-04-23' },
  { field: 'objective', label: 'Objective', synonyms: ['objectives', 'goal', 'campaign objective'], importOnly: true, example: '' },
  { field: 'audience', label: 'Audience', synonyms: ['target audience', 'audiences'], importOnly: true, example: '' },
  { field: 'channels', label: 'Channels', synonyms: ['channel', 'marketing channels', 'media'], importOnly: true, example: 'Paid social; CRM email' },
  { field: 'links', label: 'Links', synonyms: ['link', 'urls', 'url', 'brief links'], importOnly: true, example: '' },
  { field: 'history', label: 'Past results', synonyms: ['historical results', 'past results', 'previous results', 'results of past campaigns'], importOnly: true, example: '' },
];

const CAMPAIGN_REF = (required: boolean): FieldDef[] => [
  { field: 'campaignExternalId', label: 'Campaign external ID', synonyms: ['campaign id', 'campaign code', 'job number', 'job no', 'project code', 'project id'], example: 'JOB-1001' },
  { field: 'campaignName', label: 'Campaign', synonyms: ['campaign name', 'project', 'project name', 'job', 'job name'], required, example: 'Spring Launch' },
];

const DEMAND_LINES: FieldDef[] = [
  ...CAMPAIGN_REF(false),
  { field: 'role', label: 'Role', synonyms: ['role name', 'discipline', 'position'], example: 'Designer' },
  { field: 'skills', label: 'Skills (minimum level)', synonyms: ['skills', 'required skills', 'skill', 'skills minimum level', 'min skills'], example: 'Figma:3' },
  { field: 'hours', label: 'Hours', synonyms: ['total hours', 'hours needed', 'demand', 'demand hours', 'effort', 'estimate', 'estimated hours'], required: true, type: 'number', example: 120 },
  { field: 'start', label: 'Start', synonyms: ['start date', 'from', 'begins'], required: true, example: '2027-03-01' },
  { field: 'end', label: 'End', synonyms: ['end date', 'to', 'until', 'ends'], required: true, example: '2027-03-31' },
  { field: 'priority', label: 'Priority', synonyms: ['prio'], type: 'number', example: 3 },
  { field: 'note', label: 'Note', synonyms: ['notes', 'comment', 'comments', 'description'], example: '' },
];

const TALENT_REF: FieldDef[] = [
  { field: 'talentEmail', label: 'Email', synonyms: ['e-mail', 'email address', 'person email', 'talent email', 'mail'], example: 'ada@example.com' },
  { field: 'talentExternalId', label: 'Person external ID', synonyms: ['talent external id', 'employee id', 'staff id', 'person id', 'talent id'], example: 'EMP-001' },
];

const BOOKINGS: FieldDef[] = [
  ...TALENT_REF,
  ...CAMPAIGN_REF(false),
  { field: 'demandLineId', label: 'Demand line ID', synonyms: ['demand line', 'line id', 'demand id', 'demand line id'], example: '' },
  { field: 'start', label: 'Start', synonyms: ['start date', 'from', 'begins'], required: true, example: '2027-03-01' },
  { field: 'end', label: 'End', synonyms: ['end date', 'to', 'until', 'ends'], required: true, example: '2027-03-05' },
  { field: 'hoursPerDay', label: 'Hours per day', synonyms: ['hours/day', 'hours a day', 'hrs per day', 'hours', 'daily hours', 'h/day'], required: true, type: 'number', example: 6 },
  { field: 'status', label: 'Status', synonyms: ['booking status', 'state'], example: 'Tentative' },
  { field: 'note', label: 'Note', synonyms: ['notes', 'comment', 'comments'], example: '' },
];

const TIME_OFF: FieldDef[] = [
  ...TALENT_REF,
  { field: 'start', label: 'Start', synonyms: ['start date', 'from', 'first day'], required: true, example: '2027-08-02' },
  { field: 'end', label: 'End', synonyms: ['end date', 'to', 'until', 'last day'], required: true, example: '2027-08-13' },
  { field: 'hoursPerDay', label: 'Hours per day', synonyms: ['hours/day', 'hours', 'hours off', 'hours off per day'], type: 'number', example: '' },
  { field: 'type', label: 'Type', synonyms: ['kind', 'reason', 'absence type', 'leave type'], example: 'Vacation' },
  { field: 'note', label: 'Note', synonyms: ['notes', 'comment', 'comments'], example: '' },
];

/** Time tracking exports (Harvest, Toggl Track, Clockify) and any sheet of person, day, campaign and hours. */
const ACTUALS: FieldDef[] = [
  { field: 'date', label: 'Date', synonyms: ['day', 'spent date', 'work date', 'start date', 'entry date'], required: true, example: '2027-03-01' },
  { field: 'hours', label: 'Hours', synonyms: ['duration (decimal)', 'hours worked', 'decimal hours', 'time (decimal)', 'spent hours', 'duration decimal'], required: true, orFrom: ['duration'], type: 'number', example: 7.5 },
  { field: 'duration', label: 'Duration', synonyms: ['duration (h)', 'time', 'duration hh:mm:ss', 'time (h)'], importOnly: true, example: '07:30:00' },
  { field: 'personName', label: 'Person', synonyms: ['user', 'name', 'full name', 'employee name', 'team member', 'member', 'talent'], example: 'Ada Lovelace' },
  { field: 'firstName', label: 'First name', synonyms: ['first', 'given name', 'forename'], importOnly: true, example: 'Ada' },
  { field: 'lastName', label: 'Last name', synonyms: ['last', 'surname', 'family name'], importOnly: true, example: 'Lovelace' },
  { field: 'email', label: 'Email', synonyms: ['e-mail', 'email address', 'user email', 'person email', 'mail'], example: 'ada@example.com' },
  { field: 'personExternalId', label: 'Person external ID', synonyms: ['employee id', 'person id', 'staff id', 'user id', 'talent external id'], example: 'EMP-001' },
  { field: 'campaignName', label: 'Campaign', synonyms: ['project', 'campaign name', 'project name', 'job', 'job name'], example: 'Spring Launch' },
  { field: 'campaignCode', label: 'Campaign code', synonyms: ['project code', 'campaign external id', 'campaign code', 'job number', 'job no', 'project id', 'campaign id'], example: 'JOB-1001' },
  { field: 'client', label: 'Client', synonyms: ['customer', 'client name'], importOnly: true, example: 'Northwind' },
  { field: 'task', label: 'Task', synonyms: ['activity', 'task name'], importOnly: true, example: 'Design' },
  { field: 'note', label: 'Note', synonyms: ['notes', 'description', 'comment', 'comments'], example: '' },
  { field: 'startTime', label: 'Start time', synonyms: ['from time', 'time started'], importOnly: true, example: '09:00:00' },
  { field: 'cost', label: 'Cost', synonyms: ['cost amount', 'amount cost', 'internal cost'], type: 'number', example: '' },
  { field: 'currency', label: 'Currency', synonyms: ['ccy', 'currency code'], example: '' },
];

export const FIELDS: Record<ImportEntity, FieldDef[]> = {
  talent: TALENT,
  campaigns: CAMPAIGNS,
  demandLines: DEMAND_LINES,
  bookings: BOOKINGS,
  timeOff: TIME_OFF,
  actuals: ACTUALS,
};

/** What the entity is called in labels: "Import 120 people". */
export const ENTITY_NOUNS: Record<ImportEntity, [one: string, many: string]> = {
  talent: ['person', 'people'],
  campaigns: ['campaign', 'campaigns'],
  demandLines: ['demand line', 'demand lines'],
  bookings: ['booking', 'bookings'],
  timeOff: ['time off entry', 'time off entries'],
  actuals: ['actual', 'actuals'],
};

/** Headers that look like a field but mean something we can't take: the reason says what to do. */
export const REFUSED_HEADERS: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^(day|daily|per ?day)(bill|cost|charge|sell)?rate|^(bill|cost|charge|sell)?rate(per)?day$|^dayrate|^dailyrate/,
    reason: 'a day rate is imported as a rate with its unit: name this column "Cost rate" or "Bill rate" and add a column "Cost rate per" or "Bill rate per" that says day, or map this column to nothing to leave it out',
  },
];
