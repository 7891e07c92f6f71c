#!/usr/bin/env node
// Makes the Electron build of better-sqlite3 that an unpackaged app loads (see electron/native.ts):
//   .native/electron-<version>-<platform>-<arch>/better_sqlite3.node
// node_modules keeps the Node build, which vitest and tsx use. A no-op when the file exists.
//
//   node build/scripts/electron-native.mjs [--force] [--root <dir>] [--platform <p>] [--arch <a>] [--dist-url <url>]
//
// It first downloads the prebuilt Electron binary (prebuild-install), then falls back to
// compiling against Electron's headers (node-gyp). Both need internet access once.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const log = (message) => console.log(`[native] ${message}`);

function parseArgs(argv) {
  const args = { force: false, root: resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), platform: process.platform, arch: process.arch, distUrl: 'https://electronjs.org/headers' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--force') args.force = true;
    else if (flag === '--root') args.root = resolve(value());
    else if (flag === '--platform') args.platform = value();
    else if (flag === '--arch') args.arch = value();
    else if (flag === '--dist-url') args.distUrl = value();
    else throw new Error(`Unknown option ${argv[i]}`);
  }
  return args;
}

/** Same scheme as electronBindingPath() in electron/native.ts. */
const bindingPath = (root, version, platform, arch) => join(root, '.native', `electron-${version}-${platform}-${arch}`, 'better_sqlite3.node');

function readVersion(root, pkg) {
  const file = join(root, 'node_modules', pkg, 'package.json');
  if (!existsSync(file)) throw new Error(`${pkg} is not installed (${file} is missing). Run \`npm install\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

// /root/.npmrc on some machines sets nodedir=/usr: node-gyp would then silently build against
// Node's headers (the wrong ABI). The child gets none of npm's build-target settings.
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|arch|platform|disturl|dist_url|devdir|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

function run(label, args, cwd, timeoutMs) {
  log(`${label}…`);
  const result = spawnSync(process.execPath, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  // node-gyp's explanation is the head of its stack; other tools end with their reason.
  const gypStack = lines.filter((l) => l.startsWith('gyp ERR! stack') && !/^gyp ERR! stack\s+at /.test(l)).map((l) => l.replace(/^gyp ERR! stack\s*/, ''));
  const reason =
    result.error?.message ??
    (gypStack.length > 0 ? gypStack.join(' ') : undefined) ??
    [...lines].reverse().find((l) => /err|fail|not found|unable|denied|timed? ?out/i.test(l)) ??
    lines.at(-1) ??
    `exit code ${result.status}`;
  return { ok: result.status === 0 && !result.error, reason: reason.slice(0, 300) };
}

/** A module built for Node would load here; one built for Electron is refused with Electron's ABI. */
function checkAbi(file, version, platform, arch) {
  if (platform !== process.platform || arch !== process.arch) return;
  let expected;
  try {
    expected = require('node-abi').getAbi(version, 'electron');
  } catch {
    expected = undefined;
  }
  try {
    process.dlopen({ exports: {} }, file);
  } catch (error) {
    const found = /NODE_MODULE_VERSION (\d+)/.exec(String(error.message));
    if (expected && found && found[1] !== String(expected)) {
      throw new Error(`The build targets NODE_MODULE_VERSION ${found[1]}, but Electron ${version} needs ${expected}.`, { cause: error });
    }
    return;
  }
  throw new Error(`The build loads in Node ${process.version}, so it was compiled against Node's headers, not Electron's (check npm_config_nodedir / ~/.npmrc nodedir).`);
}

function build({ root, platform, arch, distUrl }, version, target) {
  const source = join(root, 'node_modules', 'better-sqlite3');
  if (!existsSync(join(source, 'package.json'))) throw new Error(`better-sqlite3 is not installed (${source}). Run \`npm install\` first.`);
  const work = mkdtempSync(join(tmpdir(), 'cp-native-'));
  const pkg = join(work, 'better-sqlite3');
  try {
    // A copy, so a failed build can never delete the Node build in node_modules.
    cpSync(source, pkg, { recursive: true, filter: (path) => relative(source, path).split(/[\\/]/)[0] !== 'build' });
    const built = join(pkg, 'build', 'Release', 'better_sqlite3.node');
    const common = [`--runtime=electron`, `--target=${version}`, `--arch=${arch}`];
    const prebuilt = run(
      'downloading the prebuilt Electron binary (prebuild-install)',
      [require.resolve('prebuild-install/bin.js'), ...common, `--platform=${platform}`, '--verbose'],
      pkg,
      3 * 60_000,
    );
    let compiled = { ok: false, reason: 'not tried' };
    if (!prebuilt.ok || !existsSync(built)) {
      compiled = run(
        "compiling against Electron's headers (node-gyp)",
        [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', ...common, `--dist-url=${distUrl}`],
        pkg,
        20 * 60_000,
      );
    }
    if (!existsSync(built)) {
      throw new Error(
        [
          `Could not make the Electron build of better-sqlite3 (Electron ${version}, ${platform}-${arch}).`,
          `  prebuild-install (prebuilt binary from GitHub): ${prebuilt.reason}`,
          `  node-gyp (build from source with Electron's headers from ${distUrl}): ${compiled.reason}`,
          'This needs internet access once (and, for the fallback, a C++ toolchain and Python).',
          'Then run `npm run native:electron`. The Node build in node_modules was not touched.',
        ].join('\n'),
      );
    }
    checkAbi(built, version, platform, arch);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
    writeFileSync(join(dirname(target), 'build-info.json'), `${JSON.stringify({ electron: version, platform, arch, method: prebuilt.ok ? 'prebuild-install' : 'node-gyp', at: new Date().toISOString() }, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  const args = parseArgs(process.argv.slice(2));
  const version = readVersion(args.root, 'electron');
  const target = bindingPath(args.root, version, args.platform, args.arch);
  if (existsSync(target) && !args.force) {
    log(`better-sqlite3 for Electron ${version} (${args.platform}-${args.arch}) is ready: ${relative(args.root, target)}`);
  } else {
    build(args, version, target);
    log(`built better-sqlite3 for Electron ${version} (${args.platform}-${args.arch}): ${relative(args.root, target)}`);
  }
} catch (error) {
  console.error(`[native] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
