import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/db/open';
import { electronBindingPath, resolveNativeBinding, type NativeBindingQuery } from '../../../electron/native';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();

/** A loopback port nothing listens on, so downloads fail at once and offline. */
function closedPort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}
const base: NativeBindingQuery = { runtime: 'electron', isPackaged: false, electronVersion: '45.5.0', platform: 'linux', arch: 'x64', root: '/repo' };
const expected = join('/repo', '.native', 'electron-45.5.0-linux-x64', 'better_sqlite3.node');

describe('resolveNativeBinding', () => {
  it('uses the default (Node) build under Node, e.g. vitest and tsx', () => {
    expect(resolveNativeBinding({ ...base, runtime: 'node', electronVersion: undefined, exists: () => false })).toBeUndefined();
  });

  it('uses the default build in a packaged app, which electron-builder rebuilt for Electron', () => {
    expect(resolveNativeBinding({ ...base, isPackaged: true, exists: () => false })).toBeUndefined();
  });

  it('uses the .native Electron build in an unpackaged app', () => {
    const asked: string[] = [];
    expect(resolveNativeBinding({ ...base, exists: (p) => (asked.push(p), true) })).toBe(expected);
    expect(asked).toEqual([expected]);
  });

  it('picks the build for this Electron version, platform and architecture', () => {
    expect(resolveNativeBinding({ ...base, electronVersion: '46.0.1', platform: 'darwin', arch: 'arm64', exists: () => true })).toBe(
      join('/repo', '.native', 'electron-46.0.1-darwin-arm64', 'better_sqlite3.node'),
    );
  });

  it('says what is missing and how to make it', () => {
    expect(() => resolveNativeBinding({ ...base, exists: () => false })).toThrow(
      `The Electron build of better-sqlite3 is missing at ${expected}. Run \`npm run native:electron\` (needs internet once).`,
    );
  });

  it('refuses to guess without an Electron version', () => {
    expect(() => resolveNativeBinding({ ...base, electronVersion: undefined, exists: () => true })).toThrow(/version is unknown/);
  });

  it('the Node choice really opens a workspace here', () => {
    const binding = resolveNativeBinding({ ...base, runtime: 'node' });
    const db = openWorkspace(join(tempDir(), 'w.db'), { nativeBinding: binding });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

describe('build/scripts/electron-native.mjs', () => {
  const script = resolve(__dirname, '../../../build/scripts/electron-native.mjs');

  /** A project root with just enough of node_modules for the script. */
  function fakeRoot(): string {
    const root = tempDir();
    mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }));
    mkdirSync(join(root, 'node_modules', 'better-sqlite3'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
    return root;
  }
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });

  it('writes where native.ts looks, and is a no-op when the build exists', () => {
    const root = fakeRoot();
    const target = electronBindingPath(root, '45.5.0', process.platform, process.arch);
    mkdirSync(resolve(target, '..'), { recursive: true });
    writeFileSync(target, 'already built');
    const result = run(['--root', root]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('is ready');
    expect(readFileSync(target, 'utf8')).toBe('already built');
  });

  it('fails clearly, without touching node_modules, when neither download nor build is possible', async () => {
    const root = fakeRoot();
    const unreachable = `http://127.0.0.1:${await closedPort()}`;
    // nodedir=/usr is the trap on this machine: it must not leak into the Electron build.
    const result = run(['--root', root, '--dist-url', unreachable], { npm_config_better_sqlite3_binary_host: unreachable, npm_config_nodedir: '/usr' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Could not make the Electron build of better-sqlite3 (Electron 45.5.0');
    expect(result.stderr).toMatch(/prebuild-install .*ECONNREFUSED|prebuild-install .*127\.0\.0\.1/);
    expect(result.stderr).toMatch(/node-gyp .*ECONNREFUSED|node-gyp .*network/);
    expect(result.stderr).toContain('run `npm run native:electron`');
    expect(result.stderr).not.toContain("compiled against Node's headers");
    expect(readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).toContain('12.11.1');
  });

  it('fails clearly when Electron is not installed', () => {
    const root = tempDir();
    const result = run(['--root', root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/electron is not installed .*Run `npm install` first/);
  });
});
