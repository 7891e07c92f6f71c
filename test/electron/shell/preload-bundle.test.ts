import { resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../../..');

// A sandboxed preload can require only `electron` (and a few Node shims): any other dependency
// must be bundled into it, or window.api is never exposed and the app shows nothing.
describe('the built preload', () => {
  it('is one CommonJS file that requires nothing but electron', async () => {
    const { config } = await resolveConfig({ root: repo, logLevel: 'silent' }, 'build', 'production');
    const preload = config?.preload;
    if (!preload) throw new Error('electron.vite.config.ts has no preload build');
    const result = await build({ ...preload, logLevel: 'silent', build: { ...preload.build, write: false, emptyOutDir: false } });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunks = outputs.flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
    expect(chunks.map((c) => c.fileName)).toEqual(['index.cjs']);
    const required = [...chunks[0].code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(chunks[0].code).toContain('exposeInMainWorld');
  });
});
