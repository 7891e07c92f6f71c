import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from './bridge/server';
import { resolveUnder } from './bridge/static';

// The bridge on its own, over plain HTTP, with a tiny stand-in renderer (no browser needed).
describe('loopback bridge', () => {
  let dir: string;
  let bridge: Bridge;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cp-bridge-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'assets/app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets/app.css'), 'body{}');
    bridge = await startBridge({ rendererDir: dir, now: '2030-01-15' });
  });
  afterAll(async () => {
    await bridge?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = (body: string) => fetch(new URL('/__api', bridge.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
  });

  it('serves the renderer with the right MIME types', async () => {
    const cases: [string, string][] = [['/', 'text/html'], ['/assets/app.js', 'text/javascript'], ['/assets/app.css', 'text/css'], ['/people', 'text/html']];
    for (const [path, type] of cases) {
      const res = await fetch(new URL(path, bridge.url));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain(type);
    }
    expect((await fetch(new URL('/assets/missing.js', bridge.url))).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', () => {
    expect(resolveUnder(dir, '/../../etc/passwd')).toBe(join(dir, 'etc/passwd'));
    expect(resolveUnder(dir, '/%2e%2e/%2e%2e/etc/passwd')).toBe(join(dir, 'etc/passwd'));
    expect(resolveUnder(dir, '/a%00b')).toBeNull();
  });

  it('answers API calls with the real handler table and workspace', async () => {
    const res = await api(JSON.stringify({ channel: 'app:info' }));
    expect(res.status).toBe(200);
    const envelope = (await res.json()) as { ok: boolean; value: { workspacePath: string; counts: { talent: number } } };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.workspacePath).toBe(bridge.workspacePath);
    expect(envelope.value.counts.talent).toBe(0);
  });

  it('returns error envelopes for unknown channels and bad input', async () => {
    const unknown = (await (await api(JSON.stringify({ channel: 'nope:nope' }))).json()) as { ok: boolean; error: { code: string } };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const bad = (await (await api(JSON.stringify({ channel: 'talent:get', input: { id: 'x'.repeat(5000) } }))).json()) as { ok: boolean };
    expect(bad.ok).toBe(false);
    expect((await api('{not json')).status).toBe(400);
    expect((await fetch(new URL('/__api', bridge.url))).status).toBe(405);
  });
});
