import type { Db } from '../open';
import type { ActualAlias, ActualSource, AliasKind, NameMapping } from '@shared/actuals/types';
import { getMeta, setMeta } from './meta';

/**
 * What the window shows about a remembered name beyond the name and its target: how the file
 * wrote it, the tool and time of the import that made it, and the rows it matched when last used.
 * Kept as one JSON value in `meta` (no migration this release), so it is not part of the undo log:
 * forgetting a name leaves its note, which an Undo finds again and a new mapping overwrites.
 */
export interface AliasNote {
  shownName: string;
  tool: ActualSource | null;
  madeAt: string;
  rows: number;
  usedAt: string;
}

const NOTES = 'actual_alias_notes';
const noteKey = (kind: AliasKind, sourceName: string) => `${kind}:${sourceName}`;

function readNotes(db: Db): Record<string, AliasNote> {
  const raw = getMeta(db, NOTES);
  if (!raw) return {};
  try {
    return JSON.parse(raw) as Record<string, AliasNote>;
  } catch {
    return {}; // a damaged note only loses the details shown, never a mapping
  }
}

/** Records the names an import made or used: a new mapping's note starts; one used again counts its rows. */
export function noteAliasesUsed(db: Db, used: { kind: AliasKind; sourceName: string; shownName: string; rows: number; made: boolean }[], tool: ActualSource | null, at: string): void {
  if (used.length === 0) return;
  const notes = readNotes(db);
  for (const u of used) {
    const key = noteKey(u.kind, u.sourceName);
    const old = notes[key];
    notes[key] = u.made || !old ? { shownName: u.shownName, tool, madeAt: at, rows: u.rows, usedAt: at } : { ...old, rows: u.rows, usedAt: at };
  }
  setMeta(db, NOTES, JSON.stringify(notes));
}

interface MappingRow {
  kind: AliasKind;
  source_name: string;
  target_id: number;
  target_name: string | null;
}

const MAPPINGS = `
  SELECT a.kind, a.source_name, a.target_id, CASE a.kind WHEN 'person' THEN t.name ELSE c.name END AS target_name
  FROM actual_aliases a
  LEFT JOIN talent t ON a.kind = 'person' AND t.id = a.target_id
  LEFT JOIN campaigns c ON a.kind = 'campaign' AND c.id = a.target_id`;

function toMapping(r: MappingRow, notes: Record<string, AliasNote>): NameMapping {
  const note = notes[noteKey(r.kind, r.source_name)];
  return {
    kind: r.kind, sourceName: r.source_name, targetId: r.target_id, targetName: r.target_name,
    shownName: note?.shownName ?? r.source_name, tool: note?.tool ?? null, madeAt: note?.madeAt ?? null,
    rows: note?.rows ?? null, usedAt: note?.usedAt ?? null,
  };
}

/** Every remembered name, people first, then by name. */
export function listNameMappings(db: Db): NameMapping[] {
  const notes = readNotes(db);
  return (db.prepare(`${MAPPINGS} ORDER BY a.kind DESC, a.source_name`).all() as MappingRow[]).map((r) => toMapping(r, notes));
}

export function getNameMapping(db: Db, kind: AliasKind, sourceName: string): NameMapping | undefined {
  const row = db.prepare(`${MAPPINGS} WHERE a.kind = ? AND a.source_name = ?`).get(kind, sourceName) as MappingRow | undefined;
  return row && toMapping(row, readNotes(db));
}

export function deleteAlias(db: Db, a: Pick<ActualAlias, 'kind' | 'sourceName'>): boolean {
  return db.prepare('DELETE FROM actual_aliases WHERE kind = ? AND source_name = ?').run(a.kind, a.sourceName).changes > 0;
}

export function retargetAlias(db: Db, a: ActualAlias): boolean {
  return db.prepare('UPDATE actual_aliases SET target_id = ? WHERE kind = ? AND source_name = ?').run(a.targetId, a.kind, a.sourceName).changes > 0;
}
