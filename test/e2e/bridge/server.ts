import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChannelName, Handlers, Input, Result } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { openWorkspace, type Db } from '../../../electron/db/open';
import { dispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { testPlatform, type DialogAnswers, type TestPlatform } from './platform';
import { serveStatic } from './static';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const API_PATH = '/__api';
const MAX_BODY = 20 * 1024 * 1024;

export interface BridgeOptions {
  /** The built renderer to serve. Default: out/renderer. */
  rendererDir?: string;
  /** A workspace file to open (kept on close). Default: a new file in a temporary folder (deleted on close). */
  workspace?: string;
  /** A fixed clock: a Date, or a local day 'YYYY-MM-DD' (noon). Default: the real clock. */
  now?: Date | string;
  /** Fill the workspace with the demo studio before the page loads. */
  seed?: 'demo';
  /** Where the test platform's save dialogs put files. Default: the workspace's folder. */
  saveDir?: string;
  /** What the file dialogs answer at first (Bridge.dialogs changes it later). */
  dialogs?: DialogAnswers;
}

export interface Bridge {
  /** http://127.0.0.1:<port>/ */
  url: string;
  workspacePath: string;
  db: Db;
  handlers: Handlers;
  /**
   * Calls a channel as another planner would (validated by dispatch, announced to the page as a
   * change from source 'peer'); throws on an error envelope.
   */
  call<C extends ChannelName>(channel: C, input?: Input<C>): Promise<Result<C>>;
  /** The test edge: dialog answers and calls, emitted events. */
  platform: TestPlatform;
  close(): Promise<void>;
}

function clock(now: BridgeOptions['now']): () => Date {
  if (now === undefined) return () => new Date();
  const fixed = typeof now === 'string' ? new Date(`${now}T12:00:00`) : new Date(now);
  if (Number.isNaN(fixed.getTime())) throw new Error(`Bridge: invalid "now": ${String(now)}`);
  return () => new Date(fixed);
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

async function answerApi(handlers: Handlers, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
  let message: unknown;
  try {
    message = JSON.parse(await readBody(req));
  } catch {
    return sendJson(res, 400, { error: 'Body must be JSON {channel, input}' });
  }
  if (typeof message !== 'object' || message === null || typeof (message as { channel?: unknown }).channel !== 'string') {
    return sendJson(res, 400, { error: 'Body must be JSON {channel, input}' });
  }
  const { channel, input } = message as { channel: string; input?: unknown };
  const envelope: Envelope<unknown> = await dispatch(handlers, channel, input);
  sendJson(res, 200, envelope);
}

/**
 * Test-only loopback bridge: serves the built renderer on 127.0.0.1 and answers the page's
 * `window.api.invoke` calls (POST /__api) with the real handler table on a real workspace file.
 */
export async function startBridge(options: BridgeOptions = {}): Promise<Bridge> {
  const rendererDir = resolve(options.rendererDir ?? join(REPO_ROOT, 'out/renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`Bridge: no built renderer at ${rendererDir}/index.html. Run \`npx electron-vite build\` first.`);
  }
  const tempDir = options.workspace ? null : mkdtempSync(join(tmpdir(), 'cp-e2e-'));
  const workspacePath = resolve(options.workspace ?? join(tempDir as string, 'workspace.db'));
  const db = openWorkspace(workspacePath);
  const platform = testPlatform(options.saveDir ?? dirname(workspacePath), options.dialogs);
  const handlers = createHandlers({ db, now: clock(options.now), app: { name: 'Capacity Planner', version: appVersion(), workspacePath }, platform });

  const call = async <C extends ChannelName>(channel: C, input?: Input<C>): Promise<Result<C>> => {
    const envelope = await dispatch(handlers, channel, input, { source: 'peer' });
    if (!envelope.ok) throw new Error(`Bridge call ${channel} failed: ${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value as Result<C>;
  };
  if (options.seed === 'demo') await call('workspace:loadDemo', {});

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const work = path === API_PATH ? answerApi(handlers, req, res) : serveStatic(rendererDir, req, res);
    work.catch((error: unknown) => {
      console.error('[bridge]', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'Bridge failure' });
      else res.destroy();
    });
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;

  let closed = false;
  return {
    url: `http://127.0.0.1:${port}/`,
    workspacePath,
    db,
    handlers,
    call,
    platform,
    async close() {
      if (closed) return;
      closed = true;
      platform.onEvent = null;
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      db.close();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
