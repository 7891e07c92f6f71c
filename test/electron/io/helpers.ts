import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ioChannels } from '@shared/contract/io';
import type { AppEvent } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { testPlatform } from '../../e2e/bridge/platform';
import { toApiError } from '../../../electron/dispatch';
import { ioHandlers } from '../../../electron/handlers/io';
import { FIXED_NOW, type TestWorkspace } from '../helpers/workspace';

type IoName = keyof typeof ioChannels;

/** Validates with the io channel's schema and runs its handler, as dispatch does (until the lead adds ioChannels to the contract). */
export async function ioSend<C extends IoName>(ws: TestWorkspace, channel: C, input: z.input<(typeof ioChannels)[C]['input']>, onProgress?: (f: number) => void): Promise<Envelope<NonNullable<(typeof ioChannels)[C]['result']>>> {
  const parsed = ioChannels[channel].input.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: parsed.error.issues[0].message } };
  const emit = (e: AppEvent) => void (e.type === 'progress' && e.operation === 'import' && onProgress?.(e.done / e.total));
  const platform = testPlatform(ws.dir);
  platform.onEvent = emit;
  const handlers = ioHandlers({ db: ws.db, now: () => FIXED_NOW, app: { name: 'test', version: '0', workspacePath: ws.path }, platform });
  try {
    const handler = handlers[channel] as (i: unknown) => unknown;
    return { ok: true, value: (await handler(parsed.data)) as NonNullable<(typeof ioChannels)[C]['result']> };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
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

