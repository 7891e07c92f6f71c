import type { Db } from '../open';
import { AppError } from '@shared/errors';

/**
 * Undo and redo for every write, kept per connection in TEMP tables.
 *
 * TEMP triggers on each tracked table log the before and after image of every row a change
 * touches (as JSON), tagged with the open change set. Undo replays a set backwards and redo
 * forwards, each first checking that the rows still look as the set left them: a later change
 * makes the step refuse with a conflict rather than guess.
 */
const TRACKED = [
  'roles', 'skills', 'talent', 'talent_roles', 'talent_skills', 'talent_tags', 'work_patterns', 'time_off',
  'closures', 'campaigns', 'demand_lines', 'demand_line_skills', 'bookings',
  'money_settings', 'exchange_rates', 'holiday_overrides', 'workspace_defaults',
  'templates', 'template_phases', 'template_phase_deps', 'template_phase_roles', 'template_phase_role_skills',
  'campaign_phases', 'campaign_phase_deps',
  'briefs', 'brief_channels', 'marketing_channels',
  'actuals', 'actual_aliases',
  'retros', 'retro_actions',
];
const MAX_SETS = 200;

interface TableShape {
  columns: string[];
  /** True when an INTEGER PRIMARY KEY column aliases the rowid. */
  rowidAlias: boolean;
}
const shapes = new WeakMap<Db, Map<string, TableShape>>();

function shapeOf(db: Db, table: string): TableShape {
  const cached = shapes.get(db)?.get(table);
  if (cached) return cached;
  const info = db.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(table) as { name: string; type: string; pk: number }[];
  const pkCols = info.filter((c) => c.pk > 0);
  const shape = { columns: info.map((c) => c.name), rowidAlias: pkCols.length === 1 && pkCols[0].type.toUpperCase() === 'INTEGER' };
  if (!shapes.has(db)) shapes.set(db, new Map());
  shapes.get(db)!.set(table, shape);
  return shape;
}

const jsonOf = (prefix: string, columns: string[]) => `json_object(${columns.map((c) => `'${c}', ${prefix}"${c}"`).join(', ')})`;

/** Creates the TEMP log and triggers for this connection. Call once after opening. */
export function installHistory(db: Db): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS undo_sets (id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0);
    CREATE TEMP TABLE IF NOT EXISTS undo_log (id INTEGER PRIMARY KEY, set_id INTEGER NOT NULL, tbl TEXT NOT NULL, op TEXT NOT NULL,
      row_id INTEGER NOT NULL, old TEXT, new TEXT);
    CREATE INDEX IF NOT EXISTS temp.undo_log_set ON undo_log(set_id);
    CREATE TEMP TABLE IF NOT EXISTS undo_state (one INTEGER PRIMARY KEY CHECK (one = 1), open_set INTEGER);
    INSERT OR IGNORE INTO undo_state (one, open_set) VALUES (1, NULL);
  `);
  for (const table of TRACKED) {
    const { columns } = shapeOf(db, table);
    if (columns.length === 0) continue; // a table a later migration adds
    const open = `(SELECT open_set FROM temp.undo_state)`;
    const log = (op: string, rowid: string, oldJson: string, newJson: string) => `
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_${op} AFTER ${op.toUpperCase()} ON main.${table} WHEN ${open} IS NOT NULL
      BEGIN INSERT INTO temp.undo_log (set_id, tbl, op, row_id, old, new) VALUES (${open}, '${table}', '${op}', ${rowid}, ${oldJson}, ${newJson}); END;`;
    db.exec(
      log('insert', 'NEW.rowid', 'NULL', jsonOf('NEW.', columns)) +
        log('update', 'NEW.rowid', jsonOf('OLD.', columns), jsonOf('NEW.', columns)) +
        log('delete', 'OLD.rowid', jsonOf('OLD.', columns), 'NULL'),
    );
  }
}

/** Connections with a long write open (its transaction stays open across turns of the event loop). */
const longWrites = new WeakSet<Db>();

/** Other writes would join a long write's open transaction: they are refused until it ends. */
function refuseDuringLongWrite(db: Db): void {
  if (longWrites.has(db)) throw new AppError('conflict', 'An import is being written. Try again when it has finished (or cancel it).');
}

/** Starts a change set (inside a transaction) and returns its id, or null when one is already open. */
function openSet(db: Db, label: string): number | null {
  const nested = (db.prepare('SELECT open_set FROM temp.undo_state').get() as { open_set: number | null }).open_set;
  if (nested !== null) return null;
  db.prepare('DELETE FROM temp.undo_log WHERE set_id IN (SELECT id FROM temp.undo_sets WHERE undone = 1)').run();
  db.prepare('DELETE FROM temp.undo_sets WHERE undone = 1').run();
  const setId = Number(db.prepare('INSERT INTO temp.undo_sets (label) VALUES (?)').run(label).lastInsertRowid);
  db.prepare('UPDATE temp.undo_state SET open_set = ?').run(setId);
  return setId;
}

function closeSet(db: Db, setId: number): void {
  db.prepare('UPDATE temp.undo_state SET open_set = NULL').run();
  const logged = db.prepare('SELECT count(*) AS n FROM temp.undo_log WHERE set_id = ?').get(setId) as { n: number };
  if (logged.n === 0) db.prepare('DELETE FROM temp.undo_sets WHERE id = ?').run(setId);
  db.prepare('DELETE FROM temp.undo_log WHERE set_id <= ?').run(setId - MAX_SETS);
  db.prepare('DELETE FROM temp.undo_sets WHERE id <= ?').run(setId - MAX_SETS);
}

/** Runs `write` in one transaction, recorded as one undoable step named `label`. */
export function recordChange<T>(db: Db, label: string, write: () => T): T {
  refuseDuringLongWrite(db);
  return db.transaction(() => {
    const setId = openSet(db, label);
    if (setId === null) return write();
    const result = write();
    closeSet(db, setId);
    return result;
  }).immediate();
}

/**
 * A long write (a big import) as one transaction and one undoable step, written in parts between
 * which `write` awaits, so that the window's other calls are answered meanwhile (reads see the
 * rows written so far; writes are refused until it ends). A throw, e.g. a cancel, rolls it all back.
 */
export async function recordLongChange<T>(db: Db, label: string, write: () => Promise<T>): Promise<T> {
  refuseDuringLongWrite(db);
  db.exec('BEGIN IMMEDIATE');
  longWrites.add(db);
  try {
    const setId = openSet(db, label)!;
    const result = await write();
    closeSet(db, setId);
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    longWrites.delete(db);
    // Reads during the write may have cached figures of rows written so far: a change they can see
    // (total_changes) makes them read again.
    db.prepare('UPDATE temp.undo_state SET open_set = NULL').run();
  }
}

export interface HistoryState {
  undo: string | null;
  redo: string | null;
  undoStep: number | null;
  redoStep: number | null;
}

/** The labels (and ids) of the steps Undo and Redo would act on. Ids are never reused (AUTOINCREMENT). */
export function historyState(db: Db): HistoryState {
  const undo = nextStep(db, 'undo');
  const redo = nextStep(db, 'redo');
  return { undo: undo?.label ?? null, redo: redo?.label ?? null, undoStep: undo?.id ?? null, redoStep: redo?.id ?? null };
}

interface LogEntry {
  tbl: string;
  op: 'insert' | 'update' | 'delete';
  row_id: number;
  old: string | null;
  new: string | null;
}

function currentImage(db: Db, table: string, rowId: number): string | null {
  const { columns } = shapeOf(db, table);
  const row = db.prepare(`SELECT ${jsonOf('', columns)} AS j FROM main.${table} WHERE rowid = ?`).get(rowId) as { j: string } | undefined;
  return row?.j ?? null;
}

function writeImage(db: Db, table: string, rowId: number, image: string | null): void {
  const { columns, rowidAlias } = shapeOf(db, table);
  if (image === null) {
    db.prepare(`DELETE FROM main.${table} WHERE rowid = ?`).run(rowId);
    return;
  }
  const values = columns.map((c) => `json_extract(@image, '$.${c}')`);
  if (currentImage(db, table, rowId) === null) {
    const cols = rowidAlias ? columns : ['rowid', ...columns];
    const vals = rowidAlias ? values : ['@rowId', ...values];
    db.prepare(`INSERT INTO main.${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${vals.join(', ')})`).run({ image, rowId });
  } else {
    const sets = columns.map((c, i) => `"${c}" = ${values[i]}`).join(', ');
    db.prepare(`UPDATE main.${table} SET ${sets} WHERE rowid = @rowId`).run({ image, rowId });
  }
}

/** The step undo (or redo) would replay next, if any. */
function nextStep(db: Db, direction: 'undo' | 'redo'): { id: number; label: string } | undefined {
  return db
    .prepare(direction === 'undo' ? 'SELECT id, label FROM temp.undo_sets WHERE undone = 0 ORDER BY id DESC LIMIT 1' : 'SELECT id, label FROM temp.undo_sets WHERE undone = 1 ORDER BY id ASC LIMIT 1')
    .get() as { id: number; label: string } | undefined;
}

export const nextStepId = (db: Db, direction: 'undo' | 'redo'): number | null => nextStep(db, direction)?.id ?? null;

/** The newest step's id (0 when there is none): the steps a write makes are the ones after it. */
export function newestStepId(db: Db): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM temp.undo_sets').get() as { id: number }).id;
}

/** A row a step changed: its table and its images before and after (JSON objects of its columns). */
export interface LoggedRow {
  tbl: string;
  old: string | null;
  new: string | null;
}

/**
 * What the given steps changed: the tables, and the rows themselves unless there are more than
 * `limit` of them (a big import), when `rows` is null.
 */
export function loggedChanges(db: Db, steps: { after: number } | { id: number }, limit: number): { tables: string[]; rows: LoggedRow[] | null } {
  const [where, arg] = 'after' in steps ? ['set_id > ?', steps.after] : ['set_id = ?', steps.id];
  const tables = (db.prepare(`SELECT DISTINCT tbl FROM temp.undo_log WHERE ${where}`).all(arg) as { tbl: string }[]).map((r) => r.tbl);
  const rows = db.prepare(`SELECT tbl, old, new FROM temp.undo_log WHERE ${where} LIMIT ?`).all(arg, limit + 1) as LoggedRow[];
  return { tables, rows: rows.length > limit ? null : rows };
}

function replay(db: Db, direction: 'undo' | 'redo', expected?: number): string | null {
  refuseDuringLongWrite(db);
  const set = nextStep(db, direction);
  if (expected !== undefined && set?.id !== expected) throw notNext(direction);
  if (!set) return null;
  const entries = db.prepare(`SELECT tbl, op, row_id, old, new FROM temp.undo_log WHERE set_id = ? ORDER BY id ${direction === 'undo' ? 'DESC' : 'ASC'}`).all(set.id) as LogEntry[];
  const refuse = () =>
    new AppError('conflict', `Can't ${direction} “${set.label}”: what it changed has been changed again since. Nothing was altered.`);
  try {
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const e of entries) {
        const [expected, target] = direction === 'undo' ? [e.new, e.old] : [e.old, e.new];
        if (currentImage(db, e.tbl, e.row_id) !== expected) throw refuse();
        writeImage(db, e.tbl, e.row_id, target);
      }
      db.prepare('UPDATE temp.undo_sets SET undone = ? WHERE id = ?').run(direction === 'undo' ? 1 : 0, set.id);
    }).immediate();
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (/FOREIGN KEY/i.test((error as Error).message)) {
      throw new AppError('conflict', `Can't ${direction} “${set.label}”: later changes depend on it. Nothing was altered.`);
    }
    throw error;
  }
  return set.label;
}

/** An Undo (Redo) that names a step which is no longer next: acting would change another step. */
function notNext(direction: 'undo' | 'redo'): AppError {
  return direction === 'undo'
    ? new AppError('conflict', 'A later change was made, so this step is no longer the last one. Use Undo in the toolbar. Nothing was altered.')
    : new AppError('conflict', 'This step can no longer be redone from here. Use Redo in the toolbar. Nothing was altered.');
}

/** Reverts the latest change set (only if it is `expected`, when given); returns its label, or null when there is nothing to undo. */
export const undoLast = (db: Db, expected?: number): string | null => replay(db, 'undo', expected);
/** Re-applies the earliest undone change set (only if it is `expected`, when given). */
export const redoNext = (db: Db, expected?: number): string | null => replay(db, 'redo', expected);

/** Forgets every step, e.g. after a restore replaced the data the steps refer to. */
export function clearHistory(db: Db): void {
  db.prepare('DELETE FROM temp.undo_log').run();
  db.prepare('DELETE FROM temp.undo_sets').run();
}
