import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import type { PreloadApi } from '@shared/contract';
import { tempWorkspace, type TestWorkspace } from '../electron/helpers/workspace';

/**
 * For each test, a fresh workspace whose real handler table answers the window's `api`, as the
 * preload would (no fake answers); `use` is given each test's workspace. Cleans up after each test.
 */
export function answerWithHandlers(use: (ws: TestWorkspace) => void): void {
  let ws: TestWorkspace | undefined;
  beforeEach(() => {
    const opened = tempWorkspace();
    ws = opened;
    const api: PreloadApi = { invoke: (channel, input) => opened.send(channel, input) as never, onEvent: () => () => {} };
    (window as unknown as { api: PreloadApi }).api = api;
    use(opened);
  });
  afterEach(() => {
    cleanup();
    ws?.close();
  });
}
