import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the built app's pieces live, relative to the app root (the folder or asar holding package.json). */
export interface AppPaths {
  root: string;
  preload: string;
  rendererHtml: string;
}

export function appPaths(root: string): AppPaths {
  return {
    root,
    preload: join(root, 'out', 'preload', 'index.cjs'),
    rendererHtml: join(root, 'out', 'renderer', 'index.html'),
  };
}

/** What the window loads: the built renderer file, or electron-vite's dev server. */
export type RendererTarget = { kind: 'file'; path: string; url: string } | { kind: 'dev'; url: string };

/**
 * The dev server is honoured only in an unpackaged app, so an environment variable can never
 * point a shipped build at remote content.
 */
export function rendererTarget(paths: AppPaths, env: Record<string, string | undefined>, isPackaged: boolean): RendererTarget {
  const dev = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && dev && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/?/.test(dev)) return { kind: 'dev', url: dev };
  return { kind: 'file', path: paths.rendererHtml, url: pathToFileURL(paths.rendererHtml).href };
}

/** True when `url` is the app's own renderer page (ignoring query and hash). */
export function isRendererUrl(url: string, target: RendererTarget): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const expected = new URL(target.url);
  if (target.kind === 'dev') return parsed.origin === expected.origin;
  return parsed.protocol === 'file:' && decodeURIComponent(parsed.pathname) === decodeURIComponent(expected.pathname);
}
