import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { AppEvent } from '@shared/contract';
import { bridgeInitScript } from './bridge/initScript';
import { REPO_ROOT, startBridge, type Bridge, type BridgeOptions } from './bridge/server';
import { CHROMIUM_ARGS, findChromium } from './support/chromium';
import { collectPageErrors, type PageErrors } from './support/pageErrors';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output/screenshots');

export interface StartAppOptions extends BridgeOptions {
  viewport?: { width: number; height: number };
  /** Console/page errors matching these are not counted. */
  ignoreErrors?: RegExp[];
  /** Runs against the workspace (through the same dispatch as the page) before the page loads. */
  prepare?: (bridge: Bridge) => unknown;
}

export interface App {
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  bridge: Bridge;
  workspacePath: string;
  errors: PageErrors;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests that tried to leave 127.0.0.1 (they were aborted). */
  blockedRequests: string[];
  /** Delivers an AppEvent to the renderer, as the main process would (e.g. a menu command). */
  emit(event: AppEvent): Promise<void>;
  /** Saves test-output/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Apps started and not yet closed; support/closeApps.ts closes those a test started. */
const openApps = new Set<App>();

/** The apps open now (those a file's beforeAll started, when a test begins). */
export const appsOpenNow = (): Set<App> => new Set(openApps);

/**
 * Closes every app started since `before` and left open (run after each e2e test), then fails the
 * test if any of them logged a console or page error that `ignoreErrors` does not expect.
 */
export async function closeAppsSince(before: Set<App>): Promise<void> {
  const apps = [...openApps].filter((app) => !before.has(app));
  await Promise.all(apps.map((app) => app.close()));
  for (const app of apps) app.errors.assertNone();
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return LOOPBACK.has(hostname);
}

/** Starts the bridge and a headless Chromium on the app's page, with the workspace ready. */
export async function startApp(options: StartAppOptions = {}): Promise<App> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium (apt-get install -y chromium).');
  const bridge = await startBridge(options);
  let browser: Browser | undefined;
  try {
    await options.prepare?.(bridge);
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const requests: string[] = [];
    const blockedRequests: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    await context.addInitScript(bridgeInitScript);
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    const errors = collectPageErrors(page, { ignore: options.ignoreErrors });
    // The handlers' events (export progress) reach the page as the preload's onEvent would deliver them.
    bridge.platform.onEvent = (event) => void page.evaluate((evt) => (window as unknown as { __emitAppEvent?(e: unknown): number }).__emitAppEvent?.(evt), event).catch(() => undefined);
    await page.goto(bridge.url, { waitUntil: 'load' });
    const openBrowser = browser;
    const app: App = {
      url: bridge.url,
      browser: openBrowser,
      context,
      page,
      bridge,
      workspacePath: bridge.workspacePath,
      errors,
      requests,
      blockedRequests,
      async emit(event) {
        await page.evaluate((evt) => (window as unknown as { __emitAppEvent(e: unknown): number }).__emitAppEvent(evt), event);
      },
      async screenshot(name) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      async close() {
        if (!openApps.delete(app)) return;
        await openBrowser.close().catch(() => undefined);
        await bridge.close();
      },
    };
    openApps.add(app);
    return app;
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await bridge.close();
    throw error;
  }
}
