// The "Open Recent" list: most recent first, no duplicates, at most MAX_RECENT, only files that
// still exist. Pure functions over a list of paths; where the list is kept is the caller's concern.

export const MAX_RECENT = 10;

/** `path` moved to the front. */
export function addRecent(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, MAX_RECENT);
}

export function removeRecent(list: readonly string[], path: string): string[] {
  return list.filter((p) => p !== path);
}

/** The list as it can be shown: strings only, deduplicated, existing files only, capped. */
export function cleanRecent(raw: unknown, exists: (path: string) => boolean): string[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of raw) {
    if (typeof p !== 'string' || p.length === 0 || p.length > 4096 || seen.has(p) || !exists(p)) continue;
    seen.add(p);
    out.push(p);
  }
  return out.slice(0, MAX_RECENT);
}

/** What a menu shows for a path: the file name, then its folder. */
export function recentLabel(path: string): string {
  const parts = path.split(/[\\/]/);
  const name = parts.pop() ?? path;
  return parts.length ? `${name} — ${parts.join('/') || '/'}` : name;
}
