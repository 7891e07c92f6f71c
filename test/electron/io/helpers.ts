import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ioChannels } from '@shared/contract/io';
import type { AppEvent } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { testPlatform } from '../../e2e/bridge/platform';
import { dispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { FIXED_NOW, type TestWorkspace } from '../helpers/workspace';

type IoName = keyof typeof ioChannels;

/** Sends an io channel through dispatch, with a test platform (save folder, events) the plain workspace lacks. */
export async function ioSend<C extends IoName>(ws: TestWorkspace, channel: C, input: z.input<(typeof ioChannels)[C]['input']>, onProgress?: (f: number) => void): Promise<Envelope<NonNullable<(typeof ioChannels)[C]['result']>>> {
  const platform = testPlatform(ws.dir);
  platform.onEvent = (e: AppEvent) => void (e.type === 'progress' && e.operation === 'import' && onProgress?.(e.done / e.total));
  const handlers = createHandlers({ db: ws.db, now: () => FIXED_NOW, app: { name: 'test', version: '0', workspacePath: ws.path }, platform });
  return (await dispatch(handlers, channel, input)) as Envelope<NonNullable<(typeof ioChannels)[C]['result']>>;
}

export async function ioCall<C extends IoName>(ws: TestWorkspace, channel: C, input: z.input<(typeof ioChannels)[C]['input']>) {
  const e = await ioSend(ws, channel, input);
  if (!e.ok) throw new Error(`${channel}: ${e.error.code} ${e.error.message}`);
  return e.value;
}

export function writeTemp(ws: TestWorkspace, name: string, content: string | Buffer): string {
  const path = join(ws.dir, name);
  writeFileSync(path, content);
  return path;
}

