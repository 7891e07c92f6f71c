// A big import's commit is written in parts: the window's calls are answered meanwhile, other
// writes are refused until it ends, progress comes as it goes, and a cancel before the commit
// writes nothing. Through the real handler table, on a real workspace file.

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { testPlatform } from '../../e2e/bridge/platform';
import { dispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { FIXED_NOW, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { writeTemp } from './helpers';

const PEOPLE = 20_000;

let ws: TestWorkspace;
beforeEach(async () => {
  ws = tempWorkspace();
  await smallStudio(ws);
});
afterEach(() => ws.close());

function bigTalentFile(): string {
  const teams = ['Brand', 'Content', 'Digital', 'Video'];
  const lines = ['Name,Email,Primary role,Kind,Cost rate,Currency,Team'];
  for (let i = 0; i < PEOPLE; i++) lines.push(`Person ${i},person${i}@example.org,Designer,${i % 7 ? 'staff' : 'freelancer'},${40 + (i % 30)},${i % 3 ? 'GBP' : 'EUR'},${teams[i % 4]}`);
  return writeTemp(ws, 'people.csv', lines.join('\n'));
}

function tableWithEvents() {
  const platform = testPlatform(ws.dir);
  const events: AppEvent[] = [];
  platform.onEvent = (e) => events.push(e);
  const handlers = createHandlers({ db: ws.db, now: () => FIXED_NOW, app: { name: 'test', version: '0', workspacePath: ws.path }, platform });
  const send = (channel: string, input?: unknown) => dispatch(handlers, channel, input) as Promise<Envelope<unknown>>;
  return { send, events };
}

const count = () => (ws.db.prepare('SELECT count(*) AS n FROM talent').get() as { n: number }).n;
const writing = (events: AppEvent[]) => events.filter((e) => e.type === 'progress' && e.operation === 'import' && !e.finished && e.label === 'Writing rows');

describe('committing a big import', () => {
  it('answers the window while it writes, refuses other writes until it ends, and is one undoable step', async () => {
    const before = count();
    const path = bigTalentFile();
    const { send, events } = tableWithEvents();
    const answered: string[] = [];
    const delay = monitorEventLoopDelay({ resolution: 10 });
    const commit = send('io:importCommit', { source: { path }, entity: 'talent', options: { createMissing: true } });
    // Once rows are being written, the window asks for things.
    await expect.poll(() => writing(events).length, { timeout: 60_000, interval: 5 }).toBeGreaterThan(0);
    delay.enable();
    const info = await send('history:state', {});
    answered.push(info.ok ? 'history' : 'refused');
    const roles = await send('roles:list', {});
    answered.push(roles.ok ? 'roles' : 'refused');
    const write = await send('roles:create', { name: 'Producer', colour: '#123456' });
    const undo = await send('history:undo', {});
    const result = await commit;
    delay.disable();

    expect(answered).toEqual(['history', 'roles']);
    expect(write).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/An import is being written/) } });
    expect(undo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(result).toMatchObject({ ok: true, value: { created: PEOPLE } });
    expect(count()).toBe(before + PEOPLE);
    // Progress went up, and no part of the write held the main thread for long.
    const done = writing(events).map((e) => (e.type === 'progress' ? e.done : 0));
    expect(done.length).toBeGreaterThan(2);
    expect([...done].sort((a, b) => a - b)).toEqual(done);
    expect(delay.max / 1e6).toBeLessThan(1000);
    // One step: undo takes all of them back.
    expect(await send('history:undo', {})).toMatchObject({ ok: true });
    expect(count()).toBe(before);
  }, 120_000);

  it('cancelled while writing, writes nothing, and the workspace takes writes again', async () => {
    const before = count();
    const history = await ws.call('history:state', {});
    const path = bigTalentFile();
    const { send, events } = tableWithEvents();
    const commit = send('io:importCommit', { source: { path }, entity: 'talent', options: { createMissing: true } });
    await expect.poll(() => writing(events).length, { timeout: 60_000, interval: 5 }).toBeGreaterThan(0);
    // Rows are in the open transaction: the window's reads see them.
    expect(count()).toBeGreaterThan(before);
    expect(await send('io:cancel', {})).toEqual({ ok: true, value: { cancelled: 1 } });
    expect(await commit).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'Import was cancelled. Nothing was written.' } });
    expect(count()).toBe(before);
    expect(await ws.call('history:state', {})).toEqual(history);
    expect(await send('roles:create', { name: 'Producer', colour: '#123456' })).toMatchObject({ ok: true });
  }, 120_000);
});
