import type { Page } from 'playwright-core';

/** Console errors, uncaught page errors and failed requests seen by one page. */
export interface PageErrors {
  readonly list: string[];
  /** Throws with every error seen so far, if any. */
  assertNone(): void;
}

export function collectPageErrors(page: Page, options: { ignore?: RegExp[] } = {}): PageErrors {
  const list: string[] = [];
  const ignored = (text: string) => (options.ignore ?? []).some((re) => re.test(text));
  const add = (text: string) => {
    if (!ignored(text)) list.push(text);
  };
  page.on('pageerror', (error) => add(`page error: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') add(`console.error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // A reload or navigation cancels the calls still in flight: that is the browser, not the app.
    if (reason === 'net::ERR_ABORTED') return;
    add(`request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  return {
    list,
    assertNone() {
      if (list.length > 0) throw new Error(`The page reported ${list.length} error(s):\n${list.join('\n')}`);
    },
  };
}
