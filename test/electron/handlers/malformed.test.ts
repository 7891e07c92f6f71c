import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '@shared/contract';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let before: string;
beforeAll(async () => {
  ws = tempWorkspace();
  await smallStudio(ws);
  before = dumpWorkspace(ws.db);
});
afterAll(() => ws.close());

const MALFORMED: [string, unknown][] = [
  ['a number', 42],
  ['a string', 'DROP TABLE talent'],
  ['null', null],
  ['an array', []],
  ['an unknown field', { zzz: 1, id: 1 }],
];

describe('every channel rejects malformed input with a typed error and writes nothing', () => {
  it.each(channelNames)('%s', async (channel) => {
    for (const [what, input] of MALFORMED) {
      const result = await ws.send(channel, input);
      expect(result.ok, `${channel} accepted ${what}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code, `${channel} with ${what}`).toBe('invalid_input');
        expect(result.error.message.length).toBeGreaterThan(3);
        expect(result.error.message).not.toMatch(/at .*\.ts:\d+/);
      }
    }
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('an unknown channel is refused by name', async () => {
    const result = await ws.send('talent:dropAll', {});
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Unknown action “talent:dropAll”.' } });
  });
});

describe('field-level errors name the field at fault', () => {
  const cases: [string, unknown, string][] = [
    ['talent:create', { kind: 'staff', name: 'X', primaryRoleId: 1, skills: [{ skillId: 1, level: 9 }] }, 'skills.0.level'],
    ['talent:create', { kind: 'staff', name: 'X', primaryRoleId: 1, activeFrom: '2027-05-01', activeTo: '2027-04-01' }, 'activeTo'],
    ['talent:create', { kind: 'staff', name: 'X', primaryRoleId: 1, email: 'not-an-email' }, 'email'],
    ['talent:create', { kind: 'staff', name: 'X', primaryRoleId: 1, headcount: 3 }, 'headcount'],
    ['talent:create', { kind: 'staff', name: 'X', primaryRoleId: 1, costRate: -5 }, 'costRate'],
    ['bookings:create', { talentId: 1, campaignId: 1, start: '2027-02-30', end: '2027-03-02', hoursPerDay: 6 }, 'start'],
    ['bookings:create', { talentId: 1, campaignId: 1, start: '2027-03-05', end: '2027-03-02', hoursPerDay: 6 }, 'end'],
    ['bookings:create', { talentId: 1, campaignId: 1, start: '2027-03-01', end: '2027-03-02', hoursPerDay: Number.NaN }, 'hoursPerDay'],
    ['bookings:create', { talentId: 1, campaignId: 1, start: '2027-03-01', end: '2027-03-02', hoursPerDay: 25 }, 'hoursPerDay'],
    ['demandLines:create', { campaignId: 1, roleId: 1, hours: -40, start: '2027-03-01', end: '2027-03-02' }, 'hours'],
    ['campaigns:create', { name: 'C', status: 'maybe', start: '2027-03-01', end: '2027-03-02' }, 'status'],
    ['campaigns:create', { name: 'C', status: 'pipeline', probability: 140, start: '2027-03-01', end: '2027-03-02' }, 'probability'],
    ['timeOff:create', { talentId: 1, start: '2027-03-01', end: '2027-03-02', type: 'vacation', hoursPerDay: 0 }, 'hoursPerDay'],
  ];
  it.each(cases)('%s → %s', async (channel, input, field) => {
    const result = await ws.send(channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'invalid_input', field });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});

describe('references that do not exist are refused, naming the field', () => {
  const cases: [string, unknown, string, string][] = [
    ['talent:create', { kind: 'staff', name: 'X', primaryRoleId: 999 }, 'invalid_input', 'primaryRoleId'],
    ['bookings:create', { talentId: 999, campaignId: 1, start: '2027-03-01', end: '2027-03-02', hoursPerDay: 6 }, 'not_found', 'talentId'],
    ['bookings:create', { talentId: 1, campaignId: 999, start: '2027-03-01', end: '2027-03-02', hoursPerDay: 6 }, 'not_found', 'campaignId'],
    ['demandLines:create', { campaignId: 1, roleId: 999, hours: 10, start: '2027-03-01', end: '2027-03-02' }, 'invalid_input', 'roleId'],
    ['demandLines:create', { campaignId: 1, roleId: 1, hours: 10, start: '2026-01-01', end: '2026-01-02' }, 'invalid_input', 'start'],
  ];
  it.each(cases)('%s → %s %s', async (channel, input, code, field) => {
    const result = await ws.send(channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, field });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it.each(['talent:get', 'talent:delete', 'campaigns:get', 'bookings:delete', 'roles:delete', 'timeOff:delete'])('%s of an unknown id', async (channel) => {
    const result = await ws.send(channel, { id: 4242 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});
