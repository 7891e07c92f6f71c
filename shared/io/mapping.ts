// Guessing which column is which field, and letting the caller override it.

import { FIELDS, REFUSED_HEADERS } from './fields';
import { normaliseHeader } from './text';
import type { ColumnGuess, ColumnMapping, ImportEntity, ImportIssue } from './types';

export interface ResolvedMapping {
  columns: ColumnGuess[];
  /** field → column index. */
  indexOf: Map<string, number>;
  issues: ImportIssue[];
}

function lookupTable(entity: ImportEntity, weak: boolean): Map<string, string> {
  const table = new Map<string, string>();
  for (const f of FIELDS[entity]) {
    for (const text of weak ? (f.weakSynonyms ?? []) : [f.field, f.label, ...f.synonyms]) {
      const key = normaliseHeader(text);
      if (!table.has(key)) table.set(key, f.field);
    }
  }
  return table;
}

/** The field each header's text names: strong names first, then weak ones for fields no column claims. */
function guessFields(entity: ImportEntity, headers: string[]): (string | null)[] {
  const strong = lookupTable(entity, false);
  const weak = lookupTable(entity, true);
  const guesses = headers.map((h) => strong.get(normaliseHeader(h)) ?? null);
  const claimed = new Set(guesses);
  return guesses.map((g, i) => {
    const w = weak.get(normaliseHeader(headers[i])) ?? null;
    return g ?? (w !== null && !claimed.has(w) ? w : null);
  });
}

/** Maps headers to fields: the caller's mapping first, then the header text (case, space and punctuation don't matter). */
export function resolveMapping(entity: ImportEntity, headers: string[], override: ColumnMapping = {}): ResolvedMapping {
  const guesses = guessFields(entity, headers);
  const known = new Set(FIELDS[entity].map((f) => f.field));
  const issues: ImportIssue[] = [];
  const indexOf = new Map<string, number>();
  const columns: ColumnGuess[] = headers.map((header, i) => {
    const given = Object.hasOwn(override, header);
    let field: string | null;
    if (given) {
      field = override[header];
      if (field !== null && !known.has(field)) {
        issues.push({ row: 1, column: header, message: `Column '${header}': there is no field '${field}' to map it to.` });
        field = null;
      }
    } else {
      const key = normaliseHeader(header);
      field = guesses[i];
      if (field === null) {
        const refused = REFUSED_HEADERS.find((r) => r.pattern.test(key));
        if (refused) issues.push({ row: 1, column: header, message: `Column '${header}': ${refused.reason}.` });
      }
    }
    if (field !== null) {
      if (indexOf.has(field)) {
        const first = headers[indexOf.get(field)!];
        issues.push({ row: 1, column: header, message: `Column '${header}' and column '${first}' both look like ${labelOf(entity, field)}; map one of them to nothing.` });
        field = null;
      } else {
        indexOf.set(field, i);
      }
    }
    return { header, field, guessed: !given };
  });
  for (const f of FIELDS[entity]) {
    if (f.required && !indexOf.has(f.field) && !f.orFrom?.some((o) => indexOf.has(o))) {
      const or = f.orFrom ? ` (or ${f.orFrom.map((o) => `'${labelOf(entity, o)}'`).join(' and ')})` : '';
      issues.push({ row: 1, column: null, message: `The file has no '${f.label}' column${or}, which is required. Rename a column or map one to it.` });
    }
  }
  return { columns, indexOf, issues };
}

export function labelOf(entity: ImportEntity, field: string): string {
  return FIELDS[entity].find((f) => f.field === field)?.label ?? field;
}
