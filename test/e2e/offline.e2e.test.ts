import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// The app is offline by design: nothing the page loads or calls may leave 127.0.0.1, and its
// Content-Security-Policy meta is what keeps remote content out in the real Electron window.
describe('offline and locked down', () => {
  // One browser for the three checks (they run in order); the first one looks at a clean page.
  let app: App;
  beforeAll(async () => {
    app = await startApp({ now: '2030-01-15' });
  });
  afterAll(() => app?.close());

  it('requests nothing outside 127.0.0.1', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /start empty/i }).click();
    // Visit every view so lazily loaded chunks, styles and fonts are requested too.
    const nav = page.getByRole('navigation', { name: 'Main' });
    const views = await nav.getByRole('button').allTextContents();
    expect(views.length).toBeGreaterThan(3);
    for (let i = 0; i < views.length; i += 1) {
      await nav.getByRole('button').nth(i).click();
      await page.waitForLoadState('networkidle');
      // Some entries open a dialog (Currency and rates, About): close it before the next.
      if (await page.getByRole('dialog').count()) await page.keyboard.press('Escape');
    }
    await app.screenshot('offline-all-views-visited');

    expect(app.blockedRequests).toEqual([]);
    expect(app.requests.length).toBeGreaterThan(0);
    for (const url of app.requests) expect(url).toMatch(/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/);
    app.errors.assertNone();
  });

  it('blocks a non-loopback request if the page ever makes one', async () => {
    // Sent from outside the page's CSP (a navigation of a new page), so the route guard is what stops it.
    const probe = await app.context.newPage();
    await probe.goto('http://example.invalid/').catch(() => undefined);
    await probe.close();
    expect(app.blockedRequests).toEqual(['http://example.invalid/']);
  });

  it('ships a strict Content-Security-Policy meta', async () => {
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp, 'renderer/index.html must carry a CSP meta').toBeTruthy();
    const directives = new Map(
      (csp ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    for (const values of directives.values()) {
      expect(values.some((v) => /^(https?:|\*|wss?:)/.test(v)), csp ?? '').toBe(false);
    }
    // The policy is enforced: an inline script does not run.
    const ran = await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});
