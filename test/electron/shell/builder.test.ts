import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Target {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  linux: { target: string[]; category: string; maintainer: string; icon: string };
  mac: { target: Target[]; category: string; icon: string };
  win: { target: Target[]; icon: string };
  nsis: { oneClick: boolean; allowToChangeInstallationDirectory: boolean };
}

const root = resolve(__dirname, '../../..');
const config = load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("matches electron-builder's own schema", async () => {
    // electron-builder's validator (what `electron-builder --config` runs first), without packaging.
    const { validateConfiguration } = createRequire(import.meta.url)('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: { add(): void; isEnabled: boolean }) => Promise<void>;
    };
    await expect(validateConfiguration(config, { add: () => undefined, isEnabled: false })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, asarUnpak: [] }, { add: () => undefined, isEnabled: false })).rejects.toThrow(/asarUnpak/);
  });

  it('names the app', () => {
    expect(config.appId).toBe('com.capacityplanner.app');
    expect(config.productName).toBe('Capacity Planner');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
  });

  it('ships the built app only', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config.files.filter((f) => f.startsWith('!')).join(' ')).toMatch(/electron.*shared.*renderer.*test/);
    expect(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).main).toMatch(/^out\//);
  });

  it('unpacks the native addon and rebuilds it for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'node_modules/better-sqlite3/**']));
    expect(config.npmRebuild).toBe(true);
  });

  it('builds AppImage and deb for Linux, in the Office category', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('builds a dmg for Intel and Apple silicon Macs', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac.category).toBe('public.app-category.productivity');
  });

  it('builds an assisted NSIS installer for Windows', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true });
  });

  it('has its icon', () => {
    const png = readFileSync(resolve(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    for (const icon of [config.linux.icon, config.mac.icon, config.win.icon]) expect(icon).toBe('build/icon.png');
  });
});
