import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { testPlatform } from '../../e2e/bridge/platform';
import { dumpWorkspace, FIXED_NOW, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

/** A studio in Berlin and London: roles and one existing person, so a failed add has rows to leave alone. */
async function studio() {
  const motion = await ws.call('roles:create', { name: 'Motion Designer', utilisationTarget: 75 });
  const editor = await ws.call('roles:create', { name: 'Editor', utilisationTarget: 80 });
  await ws.call('talent:create', { kind: 'staff', name: 'Jonas Weber', primaryRoleId: editor.id, currency: 'EUR', holidayCountry: 'DE', holidayRegion: 'BE' });
  return { motion, editor };
}

/** A part-timer as the Add person dialog sends them: a 3-day week from a Wednesday, a week of holiday and a half-day appointment. */
const partTimer = (roleId: number) => ({
  kind: 'freelancer' as const,
  name: 'Priya Shah',
  primaryRoleId: roleId,
  costRate: 420,
  costRateUnit: 'day' as const,
  billRate: 95,
  currency: 'GBP',
  holidayCountry: 'GB',
  holidayRegion: 'ENG',
  activeFrom: '2026-12-02',
  patterns: [
    { effectiveFrom: '2026-12-02', hours: [0, 0, 7.5, 7.5, 6, 0, 0] as [number, number, number, number, number, number, number] },
    { effectiveFrom: '2027-04-05', hours: [7.5, 7.5, 7.5, 0, 0, 0, 0] as [number, number, number, number, number, number, number] },
  ],
  timeOff: [
    { start: '2026-12-21', end: '2026-12-24', type: 'vacation' as const, note: 'Christmas week' },
    { start: '2027-01-14', end: '2027-01-14', hoursPerDay: 3, type: 'other' as const, note: 'Dentist' },
  ],
});

describe('talent:create with a working pattern and time off', () => {
  it('creates a part-timer, their pattern periods and their time off in one undoable step', async () => {
    const { motion } = await studio();
    const priya = await ws.call('talent:create', partTimer(motion.id));

    const patterns = await ws.call('patterns:list', { talentId: priya.id });
    expect(patterns.map((p) => [p.effectiveFrom, p.hours])).toEqual([
      ['2026-12-02', [0, 0, 7.5, 7.5, 6, 0, 0]],
      ['2027-04-05', [7.5, 7.5, 7.5, 0, 0, 0, 0]],
    ]);
    const timeOff = await ws.call('timeOff:list', { talentIds: [priya.id] });
    expect(timeOff.map(({ start, end, hoursPerDay, type, note }) => ({ start, end, hoursPerDay, type, note }))).toEqual([
      { start: '2026-12-21', end: '2026-12-24', hoursPerDay: null, type: 'vacation', note: 'Christmas week' },
      { start: '2027-01-14', end: '2027-01-14', hoursPerDay: 3, type: 'other', note: 'Dentist' },
    ]);

    // Where the planner meets it, her capacity a day. Wed–Fri 7.5, 7.5, 6 h; the week of 21 December
    // is holiday Mon–Thu and Christmas Day on the Friday; the dentist takes 3 h of Thursday 14 January;
    // from 5 April she works Mon–Wed.
    const hours = async (start: string, end: string) =>
      (await ws.call('capacity:grid', { range: { start, end }, bucket: 'day', filter: { ids: [priya.id] } })).capacity;
    expect(await hours('2026-12-14', '2026-12-27')).toEqual([0, 0, 7.5, 7.5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(await hours('2027-01-11', '2027-01-15')).toEqual([0, 0, 7.5, 4.5, 6]);
    expect(await hours('2027-04-05', '2027-04-09')).toEqual([7.5, 7.5, 7.5, 0, 0]);

    // One step: a single undo removes the person with their pattern and time off.
    await ws.call('history:undo', {});
    expect((await ws.call('talent:list', {})).map((t) => t.name)).toEqual(['Jonas Weber']);
    expect(await ws.call('timeOff:list', { talentIds: [priya.id] })).toEqual([]);
  });

  it('is announced as one change naming the person, their pattern and their time off', async () => {
    const { motion } = await studio();
    const platform = testPlatform(ws.dir);
    const handlers = createHandlers({ db: ws.db, now: () => FIXED_NOW, app: { name: 'Capacity Planner', version: '0.0.0-test', workspacePath: ws.path }, platform });
    const result = await dispatch(handlers, 'talent:create', partTimer(motion.id));
    if (!result.ok) throw new Error(result.error.message);
    const changes = platform.events.flatMap((e) => (e.type === 'changed' ? [e.change] : []));
    expect(changes).toHaveLength(1);
    expect([...changes[0].areas].sort()).toEqual(['patterns', 'people', 'timeOff']);
    expect(changes[0].people).toEqual([(result.value as { id: number }).id]);
  });

  it('refuses time off that ends before it starts, naming the row and field, and writes nothing', async () => {
    const { motion } = await studio();
    const before = dumpWorkspace(ws.db);
    const input = partTimer(motion.id);
    input.timeOff[1] = { ...input.timeOff[1], start: '2027-01-14', end: '2027-01-12' };
    const result = await ws.send('talent:create', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'timeOff.1.end', message: 'End: Must be on or after the start' } });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('refuses two pattern periods from the same day, and too much time off in one request', async () => {
    const { motion } = await studio();
    const before = dumpWorkspace(ws.db);
    const twice = partTimer(motion.id);
    twice.patterns[1] = { ...twice.patterns[1], effectiveFrom: '2026-12-02' };
    expect(await ws.send('talent:create', twice)).toMatchObject({ ok: false, error: { field: 'patterns.1.effectiveFrom' } });
    const many = { ...partTimer(motion.id), timeOff: Array.from({ length: 201 }, () => ({ start: '2027-02-01', end: '2027-02-01', type: 'sick' })) };
    expect(await ws.send('talent:create', many)).toMatchObject({ ok: false, error: { field: 'timeOff' } });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('rolls the person and their pattern back when their time off fails in the database', async () => {
    const { motion } = await studio();
    const before = dumpWorkspace(ws.db);
    // Straight to the handler, past the schema: the table's own check (end on or after start)
    // refuses the second row after the person and pattern rows were written.
    const input = partTimer(motion.id);
    const bad = { ...input, otherRoleIds: [], skills: [], tags: [], externalId: null, email: null, team: null, billRateUnit: 'hour' as const,
      utilisationTarget: null, activeTo: null, headcount: 1, notes: '',
      timeOff: [{ ...input.timeOff[0], hoursPerDay: null }, { start: '2027-02-03', end: '2027-02-01', hoursPerDay: null, type: 'sick' as const, note: '' }] };
    expect(() => ws.handlers['talent:create'](bad)).toThrow(/CHECK constraint/);
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});
