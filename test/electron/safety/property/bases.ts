// A valid input per channel, so that a mutated copy fails on one field's validation, not just on
// the top-level type check. Channels missing here fall back to {} and are named in the summary.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveAlias } from '../../../../electron/db/repos/actuals';
import type { smallStudio, TestWorkspace } from '../../helpers/workspace';

type Studio = Awaited<ReturnType<typeof smallStudio>>;

/** Channels that change the workspace (or write a file) when they succeed. */
export const WRITES = /:(create|update|delete|moveMany|restore|importCommit|take|rename|annotate|setSchedule|autoCheck|loadDemo|startEmpty|undo|redo|template|export\w*|accept|book|save\w*|setReportingCurrency|import|merge|setDefaults|createCampaign|move|handoffDone|addAction|updateAction|completeAction|set|setAlias|forgetAlias)$/;

export interface Fixtures {
  studio: Studio;
  bookingId: number;
  timeOffId: number;
  patternId: number;
  closureId: number;
  rateId: number;
  channelId: number;
  snapshotId: number | null;
  backupFile: string;
  templateId: number;
  phaseId: number;
  campaignId: number;
  retroId: number;
  retroActionId: number;
  csv: string;
  out: (name: string) => string;
}

export async function makeFixtures(ws: TestWorkspace, studio: Studio): Promise<Fixtures> {
  const booking = await ws.call('bookings:create', { talentId: studio.ada.id, campaignId: studio.spring.id, demandLineId: studio.line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6, note: 'base' });
  const timeOff = await ws.call('timeOff:create', { talentId: studio.ada.id, start: '2027-08-02', end: '2027-08-06', type: 'vacation' });
  const pattern = await ws.call('patterns:create', { talentId: studio.ada.id, effectiveFrom: '2027-06-01', hours: [8, 8, 8, 8, 4, 0, 0] });
  const closure = await ws.call('closures:create', { date: '2027-12-24', name: 'Studio closed' });
  const rate = await ws.call('rates:create', { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.86, effectiveFrom: '2027-01-01' });
  const channel = await ws.call('marketingChannels:create', { name: 'Paid social' });
  await ws.call('briefs:save', { campaignId: studio.spring.id, requester: 'Priya', channels: [channel.id], kpis: [{ name: 'Reach', target: 1000, unit: 'people' }] });
  const snapshot = await ws.send('snapshots:take', { name: 'Base', range: { start: '2027-03-01', end: '2027-05-30' } });
  const backups = await ws.call('backups:create', {});
  const template = await ws.call('templates:create', {
    name: 'Social launch',
    phases: [
      { name: 'Brief', durationDays: 2, roles: [{ roleId: studio.designer.id, hours: 6 }], handoffRoleId: studio.designer.id, handoffSlaDays: 1 },
      { name: 'Design', durationDays: 3, dependsOn: [0], roles: [{ roleId: studio.designer.id, hours: 20, maxPeople: 2 }] },
    ],
  });
  const made = await ws.call('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2027-03-01', campaign: { name: 'Aurora' } });
  const retro = await ws.call('retros:create', { title: 'Spring, looking back', campaignId: studio.spring.id });
  const action = await ws.call('retros:addAction', { retroId: retro.id, text: 'Book earlier', ownerId: studio.ada.id, due: '2027-04-01' });
  // A name an earlier import remembered (what Settings → Name mappings lists).
  saveAlias(ws.db, { kind: 'person', sourceName: 'a. lovelace', targetId: studio.ada.id });
  mkdirSync(join(ws.dir, 'out'), { recursive: true });
  // The first calendar export gives the workspace its id (kept in meta): do it now, not mid-test.
  await ws.call('io:exportIcs', { path: join(ws.dir, 'out', 'first.ics'), talentId: studio.ada.id });
  const csv = join(ws.dir, 'bookings.csv');
  writeFileSync(csv, 'Email,Campaign,Start,End,Hours per day\nada@example.com,Spring Launch,2027-04-05,2027-04-06,4\n');
  return {
    studio,
    bookingId: booking.id,
    timeOffId: timeOff.id,
    patternId: pattern.id,
    closureId: closure.id,
    rateId: rate.id,
    channelId: channel.id,
    snapshotId: snapshot.ok ? (snapshot.value as { id: number }).id : null,
    backupFile: backups.backups[0].file,
    templateId: template.id,
    phaseId: made.phases[0].id,
    campaignId: made.campaign.id,
    retroId: retro.id,
    retroActionId: action.id,
    csv,
    out: (name) => join(ws.dir, 'out', name),
  };
}

export function baseInputs(f: Fixtures): Record<string, unknown> {
  const { designer, figma, ada, spring, line } = f.studio;
  const range = { start: '2027-03-01', end: '2027-05-30' };
  const talent = {
    externalId: 'EMP-9', kind: 'freelancer', name: 'Grace', email: 'grace@example.com', team: 'Design', primaryRoleId: designer.id,
    otherRoleIds: [], skills: [{ skillId: figma.id, level: 3 }], tags: ['new'], costRate: 40, billRate: 80, costRateUnit: 'day', billRateUnit: 'hour', currency: 'GBP',
    utilisationTarget: 75, holidayCountry: 'GB', holidayRegion: 'ENG', activeFrom: '2027-01-01', activeTo: '2027-12-31', headcount: 1, notes: '',
  };
  const campaign = {
    externalId: 'J-9', name: 'Summer', client: 'Acme', status: 'pipeline', probability: 50, priority: 2, budget: 1000, currency: 'EUR',
    start: '2027-06-01', end: '2027-07-31', owner: 'Kim', colour: '#112233', notes: '',
  };
  const demandLine = { campaignId: spring.id, roleId: designer.id, skills: [{ skillId: figma.id, minLevel: 2 }], hours: 40, start: '2027-03-01', end: '2027-03-31', priority: 3, note: '' };
  const booking = { talentId: ada.id, campaignId: spring.id, demandLineId: line.id, start: '2027-03-08', end: '2027-03-09', hoursPerDay: 4, status: 'tentative', note: '' };
  const timeOff = { talentId: ada.id, start: '2027-09-01', end: '2027-09-03', hoursPerDay: null, type: 'sick', note: '' };
  const pattern = { talentId: ada.id, effectiveFrom: '2027-09-01', hours: [7, 7, 7, 7, 7, 0, 0] };
  const snap = f.snapshotId ?? 1;
  const importInput = { source: { path: f.csv }, entity: 'bookings', options: { createMissing: false, skipErrorRows: false } };
  return {
    'app:info': {},
    'workspace:loadDemo': { today: '2027-01-04' },
    'workspace:startEmpty': {},
    'history:state': {},
    'history:undo': {},
    'history:redo': {},
    'holidays:regions': {},
    'holidays:list': { from: '2027-01-01', to: '2027-12-31', places: [{ country: 'GB', region: 'ENG' }] },
    'capacity:grid': { range, bucket: 'week', filter: { roleId: designer.id, kinds: ['staff'], text: 'a' }, offset: 0, limit: 10 },
    'capacity:roleWeeks': { range, weighted: true, includeOtherRoles: false, roleIds: [designer.id] },
    'capacity:overallocations': { range, filter: { ids: [ada.id] } },
    'availability:search': { range, kinds: ['staff', 'freelancer'], minHours: 4, limit: 20 },
    'delivery:answer': { campaignId: spring.id, earliestStart: '2027-03-03', requestedDate: '2027-04-30', tentativeIsTaken: true, phases: [{ id: 'make', name: 'Make', durationDays: 5, dependsOn: [], roles: [{ roleId: designer.id, hours: 20, skills: [{ skillId: figma.id, minLevel: 2 }], maxPeople: 2 }] }] },
    'delivery:book': { campaignId: spring.id, earliestStart: '2027-03-03', requestedDate: '2027-04-30', tentativeIsTaken: true, phases: [{ id: 'make', name: 'Make', durationDays: 5, dependsOn: [], roles: [{ roleId: designer.id, hours: 20, skills: [{ skillId: figma.id, minLevel: 2 }], maxPeople: 2 }] }] },
    'delivery:propose': { campaignId: spring.id, earliestStart: '2027-03-03', requestedDate: '2027-04-30', tentativeIsTaken: true, mode: 'split', maxSeconds: 0.5 },
    'bookings:check': { talentId: ada.id, campaignId: spring.id, demandLineId: line.id, start: '2027-03-08', end: '2027-03-09', hoursPerDay: 4, status: 'tentative', id: f.bookingId },
    'backups:list': {},
    'backups:create': {},
    'backups:restore': { file: f.backupFile },
    'backups:delete': { file: f.backupFile },
    'backups:reveal': {},
    'io:importPreview': importInput,
    'io:importCommit': importInput,
    'io:template': { entity: 'talent', format: 'csv', path: f.out('template.csv') },
    'io:exportEntity': { entity: 'campaigns', format: 'xlsx', path: f.out('campaigns.xlsx') },
    'io:exportIcs': { path: f.out('ada.ics'), talentId: ada.id, range },
    'io:exportPlan': { path: f.out('plan.csv'), format: 'csv', range, filter: { roleId: designer.id }, sheet: 'bookings' },
    'io:cancel': {},
    'io:chooseFile': { title: 'Import' },
    'io:chooseSavePath': { defaultName: 'plan.csv', format: 'csv', title: 'Save' },
    'talent:list': { kinds: ['staff'], roleId: designer.id, skillId: figma.id, minLevel: 1, tag: 'senior', text: 'Ada' },
    'talent:get': { id: ada.id },
    'talent:create': { ...talent, patterns: [{ effectiveFrom: '2027-01-01', hours: [8, 8, 8, 8, 8, 0, 0] }] },
    'talent:update': { ...talent, id: ada.id },
    'talent:deleteImpact': { id: ada.id },
    'talent:delete': { id: ada.id },
    'patterns:list': { talentId: ada.id },
    'patterns:create': pattern,
    'patterns:update': { ...pattern, id: f.patternId },
    'patterns:delete': { id: f.patternId },
    'timeOff:list': { talentIds: [ada.id], from: '2027-01-01', to: '2027-12-31' },
    'timeOff:create': timeOff,
    'timeOff:update': { ...timeOff, id: f.timeOffId },
    'timeOff:delete': { id: f.timeOffId },
    'roles:list': {},
    'roles:create': { name: 'Producer', utilisationTarget: 70, colour: '#445566' },
    'roles:update': { id: designer.id, name: 'Designer', utilisationTarget: 80, colour: '#445566' },
    'roles:delete': { id: designer.id },
    'skills:list': {},
    'skills:create': { name: 'Motion' },
    'skills:update': { id: figma.id, name: 'Figma' },
    'skills:delete': { id: figma.id },
    'closures:list': { from: '2027-01-01', to: '2027-12-31' },
    'closures:create': { date: '2027-12-27', name: 'Closed' },
    'closures:update': { id: f.closureId, date: '2027-12-24', name: 'Closed' },
    'closures:delete': { id: f.closureId },
    'closures:import': { text: 'Start,End,Name,Repeats yearly\n2027-08-02,2027-08-04,Summer shutdown,no\n' },
    'holidays:calendars': { year: 2027 },
    'holidayOverrides:create': { country: 'GB', region: 'ENG', date: '2027-05-31', kind: 'ignore', name: 'Spring bank holiday' },
    'holidayOverrides:delete': { id: 1 },
    'workspace:defaults': {},
    'lists:usage': {},
    'workspace:setDefaults': { week: [8, 8, 8, 8, 4, 0, 0], firstDayOfWeek: 1, dateFormat: 'dmy' },
    'roles:merge': { fromId: designer.id, intoId: designer.id + 1 },
    'roles:deleteImpact': { id: designer.id },
    'skills:merge': { fromId: figma.id, intoId: figma.id + 1 },
    'skills:deleteImpact': { id: figma.id },
    'campaigns:list': { statuses: ['confirmed'], client: 'North', from: '2027-01-01', to: '2027-12-31', text: 'Spring' },
    'campaigns:get': { id: spring.id },
    'campaigns:create': campaign,
    'campaigns:update': { ...campaign, id: spring.id },
    'campaigns:deleteImpact': { id: spring.id },
    'campaigns:delete': { id: spring.id },
    'campaigns:clients': {},
    'briefs:get': { campaignId: spring.id },
    'briefs:save': { campaignId: spring.id, objective: 'Grow trial', audience: '25–40s', channels: [f.channelId], kpis: [{ name: 'Reach', target: 2500, unit: 'people' }], requestedDate: '2027-04-23', requester: 'Priya', links: ['https://example.com/brief'], history: '' },
    'briefs:delete': { campaignId: spring.id },
    'briefs:intake': {},
    'marketingChannels:list': {},
    'marketingChannels:create': { name: 'CRM email' },
    'marketingChannels:update': { id: f.channelId, name: 'Paid social' },
    'marketingChannels:delete': { id: f.channelId },
    'marketingChannels:merge': { fromId: f.channelId, intoId: f.channelId + 1 },
    'marketingChannels:deleteImpact': { id: f.channelId },
    'demandLines:list': { campaignIds: [spring.id], from: '2027-01-01', to: '2027-12-31', openOnly: true },
    'demandLines:create': demandLine,
    'demandLines:update': { ...demandLine, id: line.id },
    'demandLines:delete': { id: line.id },
    'bookings:list': { from: '2027-01-01', to: '2027-12-31', talentIds: [ada.id], campaignIds: [spring.id], demandLineIds: [line.id], statuses: ['tentative'] },
    'bookings:get': { id: f.bookingId },
    'bookings:create': booking,
    'bookings:update': { ...booking, id: f.bookingId },
    'bookings:delete': { id: f.bookingId },
    'bookings:moveMany': { moves: [{ id: f.bookingId, talentId: ada.id, start: '2027-03-15', end: '2027-03-19' }], copy: false },
    'snapshots:list': {},
    'snapshots:take': { name: 'Q2', range, filter: { roleId: designer.id } },
    'snapshots:get': { id: snap },
    'snapshots:rename': { id: snap, name: 'Renamed' },
    'snapshots:annotate': { id: snap, note: 'Looks thin in May' },
    'snapshots:delete': { id: snap },
    'snapshots:compare': { baseId: snap, id: snap },
    'actuals:accuracy': {},
    'snapshots:exportHtml': { id: snap, path: f.out('snap.html') },
    'snapshots:exportPdf': { id: snap, path: f.out('snap.pdf') },
    'snapshots:schedule': {},
    'snapshots:setSchedule': { enabled: true, weekday: 1 },
    'snapshots:autoCheck': {},
    'staffing:rank': { demandLineId: line.id, includeTentative: true, kinds: ['staff'], limit: 5 },
    'staffing:propose': { range, mode: 'split', includeTentative: true, kinds: ['staff', 'freelancer'], maxSeconds: 1 },
    'staffing:accept': { proposalId: 'no-such-proposal', lineIds: [line.id], status: 'tentative' },
    'staffing:exportProposal': { proposalId: 'no-such-proposal', format: 'xlsx', path: f.out('proposal.xlsx') },
    'staffing:settings': {},
    'staffing:saveSettings': { nearLimitShare: 0.9 },
    'money:overview': {},
    'money:setReportingCurrency': { currency: 'EUR' },
    'rates:create': { fromCurrency: 'USD', toCurrency: 'GBP', rate: 0.79, effectiveFrom: '2027-01-01' },
    'rates:update': { id: f.rateId, fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.85, effectiveFrom: '2027-01-01' },
    'rates:delete': { id: f.rateId },
    'rates:import': { text: 'From,To,Rate,Effective from\nCHF,GBP,0.9,2027-01-01\n' },
    'templates:list': {},
    'templates:create': { name: 'POS refresh', description: '', phases: [{ name: 'Brief', durationDays: 2, dependsOn: [], roles: [{ roleId: designer.id, hours: 6, skills: [{ skillId: figma.id, minLevel: 3 }], maxPeople: 1 }], handoffRoleId: designer.id, handoffTalentId: null, handoffSlaDays: 1 }] },
    'templates:update': { id: f.templateId, name: 'Social launch (EU)' },
    'templates:delete': { id: f.templateId },
    'templates:createCampaign': { templateId: f.templateId, anchor: 'launch', date: '2027-04-01', campaign: { name: 'Spring social', client: 'Acme', status: 'pipeline', probability: 40, priority: 2, currency: 'EUR', owner: '', colour: '#2563eb' } },
    'phases:list': { campaignId: spring.id },
    'phases:move': { id: f.phaseId, start: '2027-03-08', moveBookings: true, allowOverAllocation: false },
    'phases:handoffDone': { id: f.phaseId, done: '2027-03-03' },
    'phases:create': { campaignId: f.campaignId, name: 'Legal check', durationDays: 2, dependsOn: [f.phaseId], roles: [{ roleId: designer.id, hours: 4, skills: [{ skillId: figma.id, minLevel: 2 }], maxPeople: 1 }], handoffRoleId: designer.id, handoffTalentId: null, handoffSlaDays: 2 },
    'phases:update': { id: f.phaseId, name: 'Kick-off', durationDays: 3, dependsOn: [], moveBookings: false, allowOverAllocation: false },
    'phases:delete': { id: f.phaseId, keepBookedLines: true },
    'phases:deleteImpact': { id: f.phaseId },
    'phases:handoffCounts': { campaignIds: [spring.id] },
    'actuals:list': { range, talentId: ada.id, campaignId: spring.id },
    'actuals:set': { talentId: ada.id, campaignId: spring.id, date: '2027-03-02', hours: 6, note: 'base' },
    'actuals:compare': { range, filter: { roleId: designer.id }, campaignId: spring.id, confirmedOnly: false },
    'actuals:aliases': {},
    'actuals:forgetAlias': { kind: 'person', sourceName: 'A. Lovelace' },
    'actuals:setAlias': { kind: 'person', sourceName: 'A. Lovelace', targetId: ada.id },
    'actuals:export': { range, filter: { roleId: designer.id }, campaignId: spring.id, confirmedOnly: false, format: 'xlsx', path: f.out('actuals.xlsx') },
    'retros:list': {},
    'retros:openActions': {},
    'retros:create': { title: 'Q1', campaignId: null, start: '2027-01-01', end: '2027-03-31', worked: 'Pairing', stalled: '' },
    'retros:update': { id: f.retroId, title: 'Spring', worked: 'Pairing', stalled: 'Copy' },
    'retros:delete': { id: f.retroId },
    'retros:addAction': { retroId: f.retroId, text: 'Plan handoffs', ownerId: ada.id, due: '2027-04-02' },
    'retros:updateAction': { id: f.retroActionId, text: 'Book earlier', ownerId: ada.id, due: '2027-04-03' },
    'retros:completeAction': { id: f.retroActionId, done: '2027-04-01' },
    'retros:report': { id: f.retroId },
    'retros:exportHtml': { id: f.retroId, path: f.out('retro.html') },
    'retros:exportPdf': { id: f.retroId, path: f.out('retro.pdf') },
  };
}
