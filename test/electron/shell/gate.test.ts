import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP } from '../../../electron/window';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();
const repo = resolve(__dirname, '../../..');
const gate = join(repo, 'build/scripts/electronegativity-gate.mjs');
const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';

function runGate(args: string[]) {
  return spawnSync(process.execPath, [gate, ...args], { encoding: 'utf8', timeout: 120_000 });
}

function withReport(rows: string[], allowlist: unknown[]) {
  const dir = tempDir();
  writeFileSync(join(dir, 'report.csv'), [HEADER, ...rows].join('\n'));
  writeFileSync(join(dir, 'allow.json'), JSON.stringify(allowlist));
  return runGate(['--report', join(dir, 'report.csv'), '--allowlist', join(dir, 'allow.json')]);
}

const sandboxRow = 'SANDBOX_JS_CHECK,"MEDIUM","FIRM","electron/window.ts","140:17","const w = new BrowserWindow({ a: 1, b: ""x"" });","Use sandbox for untrusted origins",https://example';
const globalRow = 'LIMIT_NAVIGATION_GLOBAL_CHECK,"HIGH","CERTAIN","N/A","0:0",N/A,"Missing navigation limits,\nover two lines",https://example';

describe('electronegativity gate', () => {
  it('passes when there are no findings', () => {
    const result = withReport([], []);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 finding\(s\), 0 justified, 0 not justified/);
  });

  it('fails on a finding nobody justified, naming it', () => {
    const result = withReport([sandboxRow, globalRow], []);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SANDBOX_JS_CHECK [MEDIUM/FIRM] electron/window.ts:140:17');
    expect(result.stderr).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK [HIGH/CERTAIN] N/A');
    expect(result.stderr).toMatch(/2 finding\(s\), 0 justified, 2 not justified/);
  });

  it('lets justified findings through, matching check, file and sample', () => {
    const entry = { check: 'SANDBOX_JS_CHECK', file: 'electron/window.ts', sample: 'new BrowserWindow(', justification: 'Checked in window.test.ts.' };
    expect(withReport([sandboxRow], [entry]).status).toBe(0);
    expect(withReport([sandboxRow], [{ ...entry, file: 'electron/other.ts' }]).status).toBe(1);
    expect(withReport([sandboxRow], [{ ...entry, sample: 'new BrowserView(' }]).status).toBe(1);
    expect(withReport([globalRow], [{ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', file: 'N/A', justification: 'Handled in window.ts guards.' }]).status).toBe(0);
  });

  it('warns about allowlist entries that no longer match anything', () => {
    const result = withReport([], [{ check: 'SANDBOX_JS_CHECK', file: 'electron/window.ts', justification: 'Stale entry for the test.' }]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('unused allowlist entry: SANDBOX_JS_CHECK');
  });

  it('refuses an allowlist entry without a justification', () => {
    const result = withReport([sandboxRow], [{ check: 'SANDBOX_JS_CHECK', file: 'electron/window.ts' }]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/one-line justification/);
  });

  it('justifies every entry of the real allowlist', () => {
    const entries = JSON.parse(readFileSync(join(repo, 'build/electronegativity-allowlist.json'), 'utf8')) as { check: string; file: string; justification: string }[];
    for (const e of entries) expect(e.justification.length).toBeGreaterThan(20);
  });

  // One real scan (electronegativity is slow to start: ~15 s here, mostly its offline network retries).
  it('catches an insecure window in a real scan', () => {
    const root = tempDir();
    mkdirSync(join(root, 'electron'));
    writeFileSync(
      join(root, 'electron', 'bad.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true } });\n",
    );
    writeFileSync(join(root, 'allow.json'), '[]');
    const result = runGate(['--root', root, '--allowlist', join(root, 'allow.json')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/CONTEXT_ISOLATION_JS_CHECK .*electron\/bad\.ts/);
    expect(result.stderr).toMatch(/SANDBOX_JS_CHECK .*electron\/bad\.ts/);
    // The real app's guards (window.ts) are what keep these global checks quiet in the real scan.
    expect(result.stderr).toMatch(/LIMIT_NAVIGATION_GLOBAL_CHECK/);
    expect(result.stderr).toMatch(/PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK/);
  }, 120_000);
});

describe('renderer/index.html', () => {
  it('carries the same CSP in its <meta> (frame-ancestors is ignored in a meta tag, so it may be left out)', () => {
    const html = readFileSync(join(repo, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const withoutFrameAncestors = CSP.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect([CSP, withoutFrameAncestors]).toContain(meta);
  });
});
