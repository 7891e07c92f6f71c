import { afterEach, beforeEach } from 'vitest';
import { appsOpenNow, closeAppsSince, type App } from '../harness';

// Every app a test starts is closed after it, passed or failed, so no file repeats it. Apps a
// file's beforeAll started stay open for the file's other tests.
let openBefore = new Set<App>();
beforeEach(() => {
  openBefore = appsOpenNow();
});
afterEach(() => closeAppsSince(openBefore));
