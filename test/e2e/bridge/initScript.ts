/**
 * Runs in the page before any of its scripts (playwright `addInitScript`): defines `window.api`
 * as the preload would, over `fetch('/__api')`, so the renderer runs unmodified. Plain
 * JavaScript in a string, so no transpiler helper can leak into the page.
 *
 * Events the handlers emit (progress) are delivered through the same hook by the harness.
 *
 * Test hook: `window.__emitAppEvent(event)` delivers an AppEvent (e.g. a menu command) to
 * every `onEvent` listener, as the main process would.
 */
export const bridgeInitScript = `(() => {
  if (window.top !== window) return;
  const listeners = new Set();
  const api = Object.freeze({
    invoke: async (channel, input) => {
      let response;
      try {
        response = await fetch('/__api', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ channel, input }),
        });
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: 'The test bridge is unreachable.' } };
      }
      if (!response.ok) {
        return { ok: false, error: { code: 'internal', message: 'The test bridge answered HTTP ' + response.status + '.' } };
      }
      return response.json();
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  });
  Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false, enumerable: true });
  Object.defineProperty(window, '__emitAppEvent', {
    value: (event) => { for (const listener of [...listeners]) listener(event); return listeners.size; },
    writable: false, configurable: false,
  });
})();`;
