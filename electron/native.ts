import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One better-sqlite3 for two runtimes. Node (vitest, tsx) uses the build in node_modules; an
 * unpackaged Electron app uses the Electron build that build/scripts/electron-native.mjs puts in
 * `.native/`; a packaged app uses the default binding, which electron-builder rebuilt for Electron.
 */
export interface NativeBindingQuery {
  runtime: 'node' | 'electron';
  isPackaged: boolean;
  electronVersion?: string;
  platform: string;
  arch: string;
  /** The app root: the folder holding package.json and `.native/`. */
  root: string;
  exists?: (path: string) => boolean;
}

export const NATIVE_DIR = '.native';
export const NATIVE_FILE = 'better_sqlite3.node';

/** Path of the Electron build of better-sqlite3, shared with build/scripts/electron-native.mjs. */
export function electronBindingPath(root: string, electronVersion: string, platform: string, arch: string): string {
  return join(root, NATIVE_DIR, `electron-${electronVersion}-${platform}-${arch}`, NATIVE_FILE);
}

/** `undefined` means better-sqlite3's default binding; a string is a `.node` file to load. */
export function resolveNativeBinding(query: NativeBindingQuery): string | undefined {
  if (query.runtime === 'node' || query.isPackaged) return undefined;
  if (!query.electronVersion) throw new Error('Running in Electron but its version is unknown, so the better-sqlite3 build cannot be chosen.');
  const path = electronBindingPath(query.root, query.electronVersion, query.platform, query.arch);
  const exists = query.exists ?? existsSync;
  if (!exists(path)) {
    throw new Error(`The Electron build of better-sqlite3 is missing at ${path}. Run \`npm run native:electron\` (needs internet once).`);
  }
  return path;
}

// The binding the app chose, for worker threads that open a database of their own.
let inUse: string | undefined;
export const setNativeBindingInUse = (path: string | undefined) => void (inUse = path);
export const nativeBindingInUse = () => inUse;
