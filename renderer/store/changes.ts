import type { ChangeArea, WorkspaceChange } from '@shared/contract';
import type { StoreState } from './types';

/**
 * One reaction per slice to a change announced by the main process: each slice refetches only
 * what it holds and what the change names. Add one line per slice; nothing else refreshes data.
 */
type Reaction = (state: StoreState, change: WorkspaceChange) => unknown;

const REACTIONS: Reaction[] = [
  // app: the counts show only in the About box (which refetches when opened); a new workspace may be past its first run.
  (s, c) => s.info && (c.areas.includes('workspace') || (s.aboutOpen && touches(c, 'people', 'campaigns', 'bookings'))) && s.refreshInfo(),
  // lookups: roles, skills, places; the client list comes from campaigns.
  (s, c) => s.lookupsLoaded && touches(c, 'lookups') && s.loadLookups(),
  (s, c) => s.lookupsLoaded && !touches(c, 'lookups') && touches(c, 'campaigns') && s.refreshClients(),
  // people: the list, and the open person's patterns and time off.
  (s, c) => s.peopleLoaded && touches(c, 'people') && s.loadPeople(),
  (s, c) => s.personId !== null && touches(c, 'patterns') && names(c.people, [s.personId]) && s.loadPersonPatterns(),
  (s, c) => s.personId !== null && touches(c, 'timeOff') && names(c.people, [s.personId]) && s.loadPersonTimeOff(),
  (s, c) => s.personId !== null && s.personActuals !== null && (touches(c, 'money', 'lookups', 'campaigns') || (touches(c, 'actuals', 'bookings', 'patterns', 'timeOff', 'people') && names(c.people, [s.personId]))) && s.loadPersonActuals(),
  // campaigns: booked hours and cost change with bookings, rates and people's rates.
  (s, c) => s.campaignsLoaded && (touches(c, 'campaigns', 'money', 'people') || (touches(c, 'bookings') && names(c.campaigns, s.campaigns.map((x) => x.id)))) && s.loadCampaigns(),
  (s, c) => s.openCampaignId !== null && campaignDetailChanged(s, c) && s.loadCampaignDetail({ keepPeople: !touches(c, 'people') }),
  // money: the Currency and rates dialog (currencies in use follow people; missing rates follow bookings).
  (s, c) => s.moneyOpen && touches(c, 'money', 'people', 'bookings') && s.loadMoney(),
  // history: every change moves the Undo and Redo labels (and may disable a toast's Undo).
  (s) => s.refreshHistory(),
  (s, c) => touches(c, 'people') && s.allPeopleLoaded && s.loadAllPeople(),
  (s, c) => touches(c, 'campaigns') && s.allCampaignsLoaded && s.loadAllCampaigns(),
  // The Schedule: the rows, then only the rows and days the change names among those it holds.
  (s, c) => touches(c, 'people') && s.schedule.rowsLoaded && s.schedule.rowIds && s.loadScheduleRows(),
  (s, c) => touches(c, 'bookings') && s.scheduleBookingsChanged(c),
  (s, c) => touches(c, 'timeOff') && s.scheduleTimeOffChanged(c),
  (s, c) => touches(c, 'bookings', 'timeOff', 'patterns', 'lookups', 'people') && s.scheduleShadeChanged(c),
  (s, c) => touches(c, 'lookups') && s.scheduleHolidaysChanged(),
  (s, c) => touches(c, 'campaigns') && !touches(c, 'bookings') && s.reloadScheduleOpenLines(),
  // The Calendar: the bookings, or what surrounds them, when the change meets the range in view.
  (s, c) => touches(c, 'bookings') && s.calendarBookingsChanged(c),
  (s, c) => touches(c, 'timeOff', 'patterns', 'lookups', 'people') && s.calendarContextChanged(c),
  // Capacity, Snapshots and Staffing: what each view holds, when the change reaches it.
  (s, c) => (touches(c, 'bookings', 'people', 'patterns', 'timeOff', 'lookups', 'campaigns') || (s.heatmapActual && touches(c, 'actuals'))) && s.refreshCapacity(c),
  (s, c) => touches(c, 'snapshots', 'settings') && s.refreshSnapshots(c),
  (s, c) => touches(c, 'bookings', 'people', 'patterns', 'timeOff', 'lookups', 'campaigns') && s.staffingChanged(c),
  (s, c) => touches(c, 'bookings', 'timeOff', 'patterns', 'people', 'lookups') && s.freeOpen && s.searchFree(),
  // "When can we deliver?" on the campaign page: free hours, people, lines or the campaign changed.
  (s, c) => s.deliveryCampaignId !== null && touches(c, 'bookings', 'timeOff', 'patterns', 'people', 'lookups', 'campaigns') && s.askDelivery(),
  // The intake list's earliest deliveries: free hours changed (a change to campaigns reloads the list, which asks again).
  (s, c) => s.deliveryPitches.length > 0 && touches(c, 'bookings', 'timeOff', 'patterns', 'people', 'lookups') && s.refreshDeliveryEstimates(),
  // Settings: closures, defaults, what uses each role and skill, the holiday calendars in use.
  (s, c) => touches(c, 'lookups') && s.closuresLoaded && s.loadClosures(),
  (s, c) => touches(c, 'settings') && s.defaults !== null && s.loadDefaults(),
  (s, c) => touches(c, 'lookups', 'people', 'campaigns') && s.listUsage !== null && s.loadListUsage(),
  (s, c) => touches(c, 'lookups', 'people') && s.holidayCalendars !== null && s.loadHolidayCalendars(),
  // Templates, and the open campaign's phases (their handoff receivers are roles and people).
  (s, c) => touches(c, 'templates') && s.templatesLoaded && s.loadTemplates(),
  (s, c) => s.phasesCampaignId !== null && (touches(c, 'lookups', 'people') || (touches(c, 'campaigns') && names(c.campaigns, [s.phasesCampaignId]))) && s.loadPhases(s.phasesCampaignId),
  // Briefs: the open campaign's brief, the intake list (channel names, demand hours), the channels and how many briefs name each.
  (s, c) => s.briefFor !== null && s.briefFor === s.openCampaignId && touches(c, 'campaigns') && names(c.campaigns, [s.briefFor]) && s.loadBrief(s.briefFor),
  (s, c) => s.intakeLoaded && touches(c, 'campaigns', 'lookups') && s.loadIntake(),
  (s, c) => s.marketingChannelsLoaded && touches(c, 'campaigns', 'lookups') && s.loadMarketingChannels(),
  // Actuals: planned against actual, when logged hours or what the plan and its cost come from change.
  (s, c) => touches(c, 'actuals', 'bookings', 'people', 'patterns', 'timeOff', 'lookups', 'campaigns', 'money') && s.actualsChanged(c),
  // Retrospectives: their notes and actions, and the open report's figures.
  (s, c) => touches(c, 'retros', 'actuals', 'bookings', 'people', 'patterns', 'timeOff', 'lookups', 'campaigns', 'money') && s.retrosChanged(),
  // Forecast accuracy: snapshots scored against what was logged, by each person's role.
  (s, c) => s.accuracy !== null && touches(c, 'actuals', 'snapshots', 'people', 'lookups') && s.loadAccuracy(),
  // Name mappings (Settings): an import or a forget changes them; a renamed or deleted target changes their words.
  (s, c) => s.nameMappings !== null && touches(c, 'actuals', 'people', 'campaigns') && s.loadNameMappings(),
];

/** Routes one announced change to every slice's reaction. */
export function applyChange(state: StoreState, change: WorkspaceChange): void {
  for (const react of REACTIONS) void react(state, change);
}

/** True when the change touches any of `areas` (a 'workspace' change touches everything). */
export function touches(change: WorkspaceChange, ...areas: ChangeArea[]): boolean {
  return change.areas.includes('workspace') || change.areas.some((a) => areas.includes(a));
}

/** True when a change's list of ids (absent: "any") names any of `held`. */
export function names(changed: readonly number[] | undefined, held: readonly number[]): boolean {
  return changed === undefined || changed.some((id) => held.includes(id));
}

function campaignDetailChanged(s: StoreState, c: WorkspaceChange): boolean {
  const id = s.openCampaignId;
  if (id === null) return false;
  if (touches(c, 'money')) return true;
  if (touches(c, 'campaigns', 'bookings') && names(c.campaigns, [id])) return true;
  // The people booked on it: their names, and their rates in its booked cost.
  const booked = s.campaignDetail ? Object.keys(s.campaignDetail.people).map(Number) : [];
  return touches(c, 'people') && names(c.people, booked);
}

/** True when the change names no days, or some of its days fall within `range` (inclusive ISO dates). */
export function reaches(change: WorkspaceChange, range: { start: string; end: string }): boolean {
  return !change.range || (change.range.start <= range.end && range.start <= change.range.end);
}
