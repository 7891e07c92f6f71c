// Bundles a crash test's child process (the crash test's writer, the backup kill test's worker).

import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { WriterCommand } from './lane';

const ROOT = resolve(import.meta.dirname, '../../../..');

/**
 * Two large libraries the writer never reaches (spreadsheets, holiday calendars) load on first use
 * instead of at start: the same code runs, but each of the 50+ writers starts in half the time.
 */
const lazyLibraries: Plugin = {
  name: 'lazy-libraries',
  setup(b) {
    // The stub's own require loads the real library from node_modules (not the stub again).
    b.onResolve({ filter: /^(exceljs|date-holidays)$/ }, (args) => (args.namespace === 'lazy' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: `let real;
        const load = () => (real ??= require(${JSON.stringify(args.path)}));
        module.exports = new Proxy(function () {}, {
          get: (_, key) => (key === '__esModule' ? undefined : load()[key]),
          construct: (_, params) => new (load())(...params),
          apply: (_, self, params) => load().apply(self, params),
        });`,
      loader: 'js',
    }));
  },
};

/** A child process's code as one bundled file: it starts in a fraction of tsx's time, which is what makes 50 kills affordable. */
export async function bundleChild(entry: string, out: string): Promise<WriterCommand> {
  try {
    await build({
      plugins: [lazyLibraries],
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: out,
      external: ['better-sqlite3'],
      alias: { '@shared': join(ROOT, 'shared') },
      minify: true,
      logLevel: 'silent',
    });
    return { command: process.execPath, args: [out], env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') } };
  } catch {
    return { command: process.execPath, args: ['--import', 'tsx', entry] };
  }
}
