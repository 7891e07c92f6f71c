import Database from 'better-sqlite3';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { openWorkspace } from '../../../electron/db/open';

const TABLES = ['talent', 'campaigns'];

/**
 * A workspace written at the schema just before migration `version` (a designer, Zoë, and a
 * campaign, Web Relaunch, id 9), then opened as the app opens it, which runs the rest. Returns the
 * open workspace, and its people and campaigns as they were before and are now.
 */
export function upgradedStudio(path: string, version: number) {
  const old = new Database(path);
  old.pragma('foreign_keys = ON');
  migrate(old, migrations.slice(0, version - 1));
  old.exec(`
    INSERT INTO roles (id, name) VALUES (1, 'Designer');
    INSERT INTO talent (id, kind, name, primary_role_id, cost_rate, currency) VALUES (1, 'staff', 'Zoë', 1, 50, 'EUR');
    INSERT INTO campaigns (id, name, client, status, probability, priority, budget, currency, start, end) VALUES (9, 'Web Relaunch', 'Café', 'confirmed', 100, 3, 0, 'EUR', '2026-11-01', '2026-12-31');
  `);
  const before = TABLES.map((t) => old.prepare(`SELECT * FROM ${t}`).all());
  old.close();
  const db = openWorkspace(path);
  return { db, before, after: TABLES.map((t) => db.prepare(`SELECT * FROM ${t}`).all()) };
}
