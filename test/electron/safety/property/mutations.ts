// Malformed inputs, made by damaging a valid one: a field replaced by a value of the wrong kind,
// a key added or removed, the whole input replaced, or an id pointed at nothing.

import fc from 'fast-check';

export type Path = (string | number)[];
export type MutationKind = 'top-level' | 'field' | 'extra-key' | 'missing-key' | 'unknown-id';

export interface Mutation {
  kind: MutationKind;
  input: unknown;
  describe: string;
}

export const HUGE = 'A'.repeat(1_048_576);
const SQL = ["Robert'); DROP TABLE talent;--", "1 OR 1=1", "'; DELETE FROM bookings; --", '1; ATTACH DATABASE \'/tmp/x.db\' AS x;--'];
const HTML = ['<b>bold</b><img src=x onerror="window.__xss=1">', '<script>alert(1)</script>', '"><svg onload=alert(1)>'];
const DATES = ['2027-02-30', '2027-13-01', '99999-01-01', '2027-00-10', '2027-1-1', '27-01-01', '2027/01/01', '', '0000-00-00', '1899-12-31', '2200-01-01', '2027-02-29T00:00:00Z'];
const NUMBERS = [Number.NaN, Infinity, -Infinity, -1, -0.5, 0, 1.5, 2 ** 60, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, 1e21];

/** Values that break a field of any kind (filtered later to those the schema refuses). */
export const BAD_VALUES: unknown[] = [
  ...NUMBERS, ...DATES, ...SQL, ...HTML, HUGE, `${HUGE}@example.com`,
  null, true, false, [], [1, 'two'], {}, { $gt: '' }, 'NaN', '12', ' ', '\u0000', '\uD800', -0, '2027-03-01',
];

export function valueArb(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...BAD_VALUES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }) },
    { weight: 1, arbitrary: fc.object({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }) },
  );
}

/** Every path into the value: objects' keys and arrays' first item, depth first. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.length ? [[...prefix, 0], ...pathsOf(value[0], [...prefix, 0])] : [];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  }
  return [];
}

/** Object nodes (where a key can be added or removed). */
export function objectPaths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.length ? objectPaths(value[0], [...prefix, 0]) : [];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...prefix, k]))];
  return [];
}

const clone = <T>(v: T): T => structuredClone(v);

function at(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const p of path) node = node[p] as Record<string | number, unknown>;
  return node;
}

export function setAt(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = clone(base);
  at(copy, path.slice(0, -1))[path[path.length - 1]] = value;
  return copy;
}

function withKey(base: unknown, path: Path, key: string, value: unknown): unknown {
  const copy = clone(base);
  Object.defineProperty(at(copy, path), key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function withoutKey(base: unknown, path: Path): unknown {
  const copy = clone(base);
  delete at(copy, path.slice(0, -1))[path[path.length - 1]];
  return copy;
}

const isIdPath = (path: Path) => /(^id$|Id$)/.test(String(path[path.length - 1])) || /Ids$/.test(String(path[path.length - 2] ?? ''));

/** Mutations of a valid base input, as a fast-check arbitrary. */
export function mutationArb(base: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsOf(base);
  const nodes = objectPaths(base);
  const idPaths = paths.filter((p) => isIdPath(p) && typeof at(base, p.slice(0, -1))[p[p.length - 1]] === 'number');
  const show = (p: Path) => p.join('.') || '(input)';
  const arbs: fc.Arbitrary<Mutation>[] = [
    valueArb().map((input) => ({ kind: 'top-level' as const, input, describe: 'the whole input replaced' })),
  ];
  if (paths.length) {
    arbs.push(
      fc.tuple(fc.constantFrom(...paths), valueArb()).map(([p, v]) => ({ kind: 'field' as const, input: setAt(base, p, v), describe: `${show(p)} = ${preview(v)}` })),
      fc.constantFrom(...paths).map((p) => ({ kind: 'missing-key' as const, input: withoutKey(base, p), describe: `${show(p)} removed` })),
    );
  }
  if (nodes.length) {
    const key = fc.oneof(fc.constantFrom('zzz', 'constructor', 'toString', 'isAdmin', "x'); DROP TABLE bookings;--", '<img src=x>', 'ID', 'Id'), fc.string({ minLength: 1, maxLength: 12 }));
    arbs.push(
      fc.tuple(fc.constantFrom(...nodes), key, valueArb()).map(([p, k, v]) => ({ kind: 'extra-key' as const, input: withKey(base, p, k, v), describe: `${show(p)} + ${k}` })),
    );
  }
  if (idPaths.length) {
    arbs.push(
      fc.tuple(fc.constantFrom(...idPaths), fc.integer({ min: 900_000, max: 2 ** 40 })).map(([p, v]) => ({ kind: 'unknown-id' as const, input: setAt(base, p, v), describe: `${show(p)} = ${v}` })),
    );
  }
  return fc.oneof(...arbs);
}

export function preview(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `'${v.slice(0, 20)}…' (${v.length} chars)` : `'${v}'`;
  if (typeof v === 'number') return String(v);
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 40);
  } catch {
    return typeof v;
  }
}

/** The same damage done to every field, deterministically: each field × each bad value. */
export function exhaustiveFieldMutations(base: unknown): Mutation[] {
  const out: Mutation[] = [];
  for (const p of pathsOf(base)) {
    for (const v of BAD_VALUES) out.push({ kind: 'field', input: setAt(base, p, v), describe: `${p.join('.')} = ${preview(v)}` });
  }
  for (const v of BAD_VALUES) out.push({ kind: 'top-level', input: v, describe: `input = ${preview(v)}` });
  return out;
}
