import { afterEach } from 'vitest';
import { closeOpenApps } from '../harness';

// Every e2e test's apps are closed after it, whether it passed or failed, so no file repeats it.
afterEach(closeOpenApps);
