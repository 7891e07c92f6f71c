import { existsSync } from 'node:fs';

/** Debian's chromium, or CHROMIUM_PATH. Null when neither exists. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Flags for a quiet, offline headless run. playwright's `launch` gives every browser a fresh
 * temporary profile (its own --user-data-dir), so none is passed here.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
