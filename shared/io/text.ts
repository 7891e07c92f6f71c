// Small text helpers for headers and names.

/** Lower case, with spaces, punctuation and accents dropped: "E-mail" → "email". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]/g, '');
}

/** Edit distance (insertions, deletions, substitutions and adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/** The closest known name, if it is close enough to be a likely typo. */
export function closest(name: string, known: readonly string[]): string | null {
  const target = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(target, candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  const allowed = Math.max(1, Math.floor(target.length / 3));
  return best !== null && bestDistance <= allowed ? best : null;
}

/** Quotes a value for a message: 'value' (shortened when long). */
export function quote(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return `'${text.length > 60 ? text.slice(0, 57) + '…' : text}'`;
}

/**
 * Exports put an apostrophe before text a spreadsheet would run as a formula (=, +, -, @, tab,
 * CR), and before text that already starts with apostrophes followed by one of those, so that
 * `guard` and `unguard` undo each other exactly: "-Dash" → "'-Dash" → "-Dash", "'=x" → "''=x" → "'=x".
 */
const GUARDED = /^'*[=+\-@\t\r]/;

export function guard(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

export function unguard(text: string): string {
  return text.startsWith("'") && GUARDED.test(text.slice(1)) ? text.slice(1) : text;
}
