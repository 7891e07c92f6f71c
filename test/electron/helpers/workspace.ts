import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppEvent, ChangeSource, ChannelName, Handlers, Input, Result, WorkspaceChange } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { dispatch } from '../../../electron/dispatch';
import { openWorkspace, type Db } from '../../../electron/db/open';
import { createHandlers } from '../../../electron/handlers';
import { testPlatform } from '../../e2e/bridge/platform';

export interface TestWorkspace {
  dir: string;
  path: string;
  db: Db;
  handlers: Handlers;
  /** Dispatches through validation exactly as IPC does, returning the envelope. */
  send: (channel: string, input?: unknown) => Promise<Envelope<unknown>>;
  /** Dispatches and unwraps, failing the test on an error envelope. */
  call: <C extends ChannelName>(channel: C, input?: Input<C>) => Promise<Result<C>>;
  close: () => void;
}

export const FIXED_NOW = new Date('2026-11-26T10:00:00Z');

/** A real workspace file in a fresh temporary folder, with the real handler table. */
export function tempWorkspace(now: () => Date = () => FIXED_NOW): TestWorkspace {
  return openTemp(now, false);
}

/**
 * The workspace and its handler table; with `announce`, a test platform records what main would
 * push to the window, and calls can say who makes them.
 */
function openTemp(now: () => Date, announce: boolean): TestWorkspace & { platform?: ReturnType<typeof testPlatform>; callAs: AnnouncingWorkspace['callAs'] } {
  const dir = mkdtempSync(join(tmpdir(), 'cp-test-'));
  const path = join(dir, 'workspace.db');
  const db = openWorkspace(path);
  const platform = announce ? testPlatform(dir) : undefined;
  const handlers = createHandlers({ db, now, app: { name: 'Capacity Planner', version: '0.0.0-test', workspacePath: path }, platform });
  const send = (channel: string, input?: unknown, source?: ChangeSource) => dispatch(handlers, channel, input, source ? { source } : undefined);
  const callAs = async <C extends ChannelName>(source: ChangeSource | undefined, channel: C, input?: Input<C>): Promise<Result<C>> => {
    const envelope = await send(channel, input, source);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message} (${envelope.error.field ?? '-'})`);
    return envelope.value as Result<C>;
  };
  return {
    dir,
    path,
    db,
    handlers,
    platform,
    send: (channel, input) => send(channel, input),
    call: (channel, input) => callAs(undefined, channel, input),
    callAs,
    close: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table of the main schema, in a stable order: equal dumps mean equal data. */
export function dumpWorkspace(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const parts = tables.map(({ name }) => {
    const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    return `${name}: ${JSON.stringify(rows)}`;
  });
  parts.push(`user_version: ${String(db.pragma('user_version', { simple: true }))}`);
  return parts.join('\n');
}

/** A small studio: two roles, two skills, a person, a campaign with a demand line. */
export async function smallStudio(ws: TestWorkspace) {
  const designer = await ws.call('roles:create', { name: 'Designer', utilisationTarget: 80 });
  const writer = await ws.call('roles:create', { name: 'Copywriter', utilisationTarget: 75 });
  const figma = await ws.call('skills:create', { name: 'Figma' });
  const copy = await ws.call('skills:create', { name: 'Social copy' });
  const ada = await ws.call('talent:create', {
    kind: 'freelancer',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    primaryRoleId: designer.id,
    otherRoleIds: [writer.id],
    skills: [{ skillId: figma.id, level: 4 }],
    tags: ['senior'],
    costRate: 50,
    billRate: 90,
    holidayCountry: 'GB',
    holidayRegion: 'ENG',
  });
  const spring = await ws.call('campaigns:create', {
    name: 'Spring Launch',
    client: 'Northwind',
    status: 'confirmed',
    start: '2027-03-01',
    end: '2027-04-30',
    budget: 20_000,
  });
  const line = await ws.call('demandLines:create', {
    campaignId: spring.id,
    roleId: designer.id,
    skills: [{ skillId: figma.id, minLevel: 3 }],
    hours: 120,
    start: '2027-03-01',
    end: '2027-03-31',
  });
  return { designer, writer, figma, copy, ada, spring, line };
}

/** A temporary workspace whose handler table announces its writes, as main does to the window. */
export interface AnnouncingWorkspace extends TestWorkspace {
  /** Every event announced so far (empty it with `events.length = 0`). */
  events: AppEvent[];
  changes: () => WorkspaceChange[];
  /** Calls as `source` would (another planner: 'peer'). */
  callAs: <C extends ChannelName>(source: ChangeSource | undefined, channel: C, input?: Input<C>) => Promise<Result<C>>;
}

export function announcingWorkspace(now: () => Date = () => FIXED_NOW): AnnouncingWorkspace {
  const ws = openTemp(now, true);
  const events = ws.platform!.events;
  return { ...ws, events, changes: () => events.flatMap((e) => (e.type === 'changed' ? [e.change] : [])) };
}
