import type { Database } from 'better-sqlite3';

const OLD_CHECK = "CHECK (status IN ('pipeline', 'confirmed', 'in_progress', 'done', 'cancelled'))";
const NEW_CHECK = "CHECK (status IN ('pipeline', 'confirmed', 'in_progress', 'on_hold', 'done', 'lost', 'cancelled'))";

/**
 * Two more campaign statuses: 'lost' (a pitch that was not won) and 'on_hold' (paused).
 *
 * SQLite can't alter a CHECK in place, and rebuilding `campaigns` would trip the ON DELETE
 * RESTRICT keys of its demand lines and bookings (foreign_keys can't be switched off inside the
 * migration's transaction). Widening a CHECK is one of the changes SQLite documents as safe to
 * make by editing the stored CREATE TABLE text ("Making Other Kinds Of Table Schema Changes",
 * lang_altertable.html): every existing row already passes the wider check, and ids, keys,
 * indexes and triggers are untouched.
 */
export function up(db: Database): void {
  const row = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'campaigns'").get() as { sql: string } | undefined;
  if (!row || !row.sql.includes(OLD_CHECK)) throw new Error('Migration 4: the campaigns table is not the one this migration expects.');
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true); // better-sqlite3's defensive mode forbids writable_schema
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'campaigns'").run(row.sql.replace(OLD_CHECK, NEW_CHECK));
    db.pragma(`schema_version = ${version + 1}`);
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
  // The table whose definition changed, checked row by row against it (the whole file would take
  // seconds on a large workspace, and nothing else was touched).
  const check = db.pragma('integrity_check(campaigns)', { simple: true });
  if (check !== 'ok') throw new Error(`Migration 4: the workspace failed its integrity check (${String(check)}).`);
}
