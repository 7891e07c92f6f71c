// Progress events and cancel for long exports: the loop checks the flag, the writer removes its partial file.

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { Table } from '@shared/io/plan/sheets';
import { writePlanXlsx } from '../../../electron/io/export/plan/xlsx';
import { IoTasks } from '../../../electron/io/task';
import { dispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { testPlatform } from '../../e2e/bridge/platform';
import { FIXED_NOW, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioSend } from './helpers';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function bigTable(rows: number): Table {
  return {
    title: 'By person',
    columns: [{ header: 'Name', kind: 'text', width: 20 }, { header: 'Hours', kind: 'hours', width: 10 }],
    fixed: 1,
    count: rows,
    rows: (function* () {
      for (let i = 0; i < rows; i++) yield [`Person ${i}`, i % 40];
    })(),
  };
}

describe('export progress and cancel', () => {
  it('reports progress while writing, and a cancel stops the loop and leaves no file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-cancel-'));
    dirs.push(dir);
    const events: AppEvent[] = [];
    const tasks = new IoTasks(() => (e) => {
      events.push(e);
      if (e.type === 'progress' && !e.finished && e.done > 0) tasks.cancel();
    });
    const path = join(dir, 'plan.xlsx');
    const run = tasks.run('export', 'Export', (task) => writePlanXlsx(path, [bigTable(2_000_000)], [], task));
    await expect(run).rejects.toMatchObject({ code: 'cancelled' } satisfies Partial<AppError>);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const first = progress.find((e) => e.type === 'progress' && e.done > 0);
    expect(first).toMatchObject({ operation: 'export', total: 2_000_000 });
    expect(first && first.type === 'progress' && first.done).toBeLessThan(2_000_000);
    expect(progress.at(-1)).toMatchObject({ finished: true });
    // Neither the file nor its partial.
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('io:cancel with nothing running cancels nothing; an export that finishes reports finished', async () => {
    const ws: TestWorkspace = tempWorkspace();
    try {
      await smallStudio(ws);
      const cancelled = await ioSend(ws, 'io:cancel', {});
      expect(cancelled).toEqual({ ok: true, value: { cancelled: 0 } });
      const path = join(ws.dir, 'plan.csv');
      const done = await ioSend(ws, 'io:exportPlan', { path, format: 'csv', range: { start: '2027-03-01', end: '2027-03-28' }, filter: {} });
      expect(done.ok).toBe(true);
      expect(existsSync(path)).toBe(true);
    } finally {
      ws.close();
    }
  });

  it('runs one export at a time: a second while one runs is refused, and nothing of it is written', async () => {
    const ws: TestWorkspace = tempWorkspace();
    try {
      await smallStudio(ws);
      const range = { start: '2027-01-04', end: '2028-12-31' };
      // One handler table, as the app has.
      const handlers = createHandlers({ db: ws.db, now: () => FIXED_NOW, app: { name: 'test', version: '0', workspacePath: ws.path }, platform: testPlatform(ws.dir) });
      const first = dispatch(handlers, 'io:exportPlan', { path: join(ws.dir, 'first.xlsx'), format: 'xlsx', range, filter: {} });
      const second = await dispatch(handlers, 'io:exportPlan', { path: join(ws.dir, 'second.csv'), format: 'csv', range, filter: {} });
      expect(second).toMatchObject({ ok: false, error: { code: 'conflict', message: 'An export is already running. Wait until it has finished, or cancel it.' } });
      expect((await first).ok).toBe(true);
      expect(existsSync(join(ws.dir, 'second.csv'))).toBe(false);
    } finally {
      ws.close();
    }
  });
});

