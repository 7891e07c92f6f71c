import { contract, type ChannelName, type Handlers } from '@shared/contract';
import { AppError, type ApiError, type Envelope } from '@shared/errors';
import type { CallMeta } from './handlers/announce';

/**
 * Validates one call against the contract and runs its handler. The single entry point for
 * Electron IPC, the e2e loopback bridge and tests: nothing reaches a handler unvalidated, and
 * nothing but an ApiError comes back on failure.
 */
export async function dispatch(handlers: Handlers, channel: string, raw: unknown, meta?: CallMeta): Promise<Envelope<unknown>> {
  if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
    return { ok: false, error: { code: 'invalid_input', message: `Unknown action “${String(channel).slice(0, 80)}”.` } };
  }
  const name = channel as ChannelName;
  const odd = nonPlainAt(raw, '');
  if (odd !== null) {
    return { ok: false, error: { code: 'invalid_input', message: odd ? `${describeField(odd)}: must be plain values (text, numbers, lists, objects)` : 'The input must be a plain object.', ...(odd ? { field: odd } : {}) } };
  }
  const parsed = contract[name].input.safeParse(raw);
  if (!parsed.success) {
    const [first, ...more] = fieldIssues(parsed.error.issues);
    return { ok: false, error: { code: 'invalid_input', message: first.message, ...(first.field ? { field: first.field } : {}), ...(more.length ? { moreFields: more } : {}) } };
  }
  try {
    const handler = handlers[name] as (input: unknown, meta?: CallMeta) => unknown;
    return { ok: true, value: await handler(parsed.data, meta) };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}

/** Each field at fault once (its first message), as "Field name: message"; the first issue first. */
function fieldIssues(issues: readonly { path: PropertyKey[]; message: string }[]): { field: string; message: string }[] {
  const seen = new Set<string>();
  const out: { field: string; message: string }[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (seen.has(field) || (out.length > 0 && !field)) continue;
    seen.add(field);
    out.push({ field, message: field ? `${describeField(field)}: ${issue.message}` : issue.message });
  }
  return out;
}

/**
 * The path of the first value that is not plain data (a Map, Date, class instance, typed array…),
 * or null. IPC's structured clone can deliver those, and a schema for an object would accept
 * them as an object with no keys.
 */
function nonPlainAt(value: unknown, path: string, depth = 0): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth > 32) return path;
  if (Array.isArray(value)) {
    if (value.length > 100_000) return null; // longer than any schema allows: refused there
    for (let i = 0; i < value.length; i++) {
      const hit = nonPlainAt(value[i], path ? `${path}.${i}` : String(i), depth + 1);
      if (hit !== null) return hit;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return path;
  for (const key of Object.keys(value)) {
    const hit = nonPlainAt((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1);
    if (hit !== null) return hit;
  }
  return null;
}

export function describeField(path: string): string {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? path;
  if (last === 'kpis') return 'KPIs';
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/Id$/, '').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const SQLITE_MESSAGES: [RegExp, ApiError['code'], string][] = [
  [/SQLITE_FULL|database or disk is full/i, 'workspace', 'The disk is full, so the change was not saved. Free some space and try again; nothing saved before was lost.'],
  [/SQLITE_READONLY|readonly database/i, 'workspace', 'The workspace file is read-only, so the change was not saved. Nothing saved before was lost.'],
  [/SQLITE_BUSY|database is locked/i, 'workspace', 'The workspace is busy in another process. Try again in a moment.'],
  [/UNIQUE constraint failed: (\w+)\.(\w+)/, 'conflict', 'That $2 is already used by another record.'],
  [/FOREIGN KEY constraint failed/, 'constraint', 'This refers to something that no longer exists, or is still in use elsewhere.'],
  [/CHECK constraint failed/, 'invalid_input', 'A value is outside what the workspace accepts.'],
];

export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  const message = error instanceof Error ? `${(error as { code?: string }).code ?? ''} ${error.message}` : String(error);
  for (const [pattern, code, text] of SQLITE_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return { code, message: text.replace('$2', match[2] ?? ''), ...(code === 'conflict' && match[2] ? { field: snakeToCamel(match[2]) } : {}) };
  }
  console.error('[capacity-planner] unexpected error', error);
  return { code: 'internal', message: 'Something went wrong and the action was not completed. Nothing was changed.' };
}

const snakeToCamel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
