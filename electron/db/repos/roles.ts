import type { Db } from '../open';
import type { Id, Role } from '@shared/domain';

interface RoleRow {
  id: number;
  name: string;
  utilisation_target: number;
  colour: string;
}

const toRole = (r: RoleRow): Role => ({ id: r.id, name: r.name, utilisationTarget: r.utilisation_target, colour: r.colour });

export type RoleFields = Omit<Role, 'id'>;

export function listRoles(db: Db): Role[] {
  return (db.prepare('SELECT * FROM roles ORDER BY name').all() as RoleRow[]).map(toRole);
}

export function getRole(db: Db, id: Id): Role | undefined {
  const row = db.prepare('SELECT * FROM roles WHERE id = ?').get(id) as RoleRow | undefined;
  return row && toRole(row);
}

export function findRoleByName(db: Db, name: string): Role | undefined {
  const row = db.prepare('SELECT * FROM roles WHERE name = ? COLLATE NOCASE').get(name) as RoleRow | undefined;
  return row && toRole(row);
}

export function insertRole(db: Db, f: RoleFields): Id {
  return Number(
    db.prepare('INSERT INTO roles (name, utilisation_target, colour) VALUES (?, ?, ?)').run(f.name, f.utilisationTarget, f.colour)
      .lastInsertRowid,
  );
}

export function updateRole(db: Db, id: Id, f: RoleFields): boolean {
  return db.prepare('UPDATE roles SET name = ?, utilisation_target = ?, colour = ? WHERE id = ?').run(f.name, f.utilisationTarget, f.colour, id).changes > 0;
}

/** How many talent and demand lines refer to a role (a role in use can't be deleted). */
export function countRoleUses(db: Db, id: Id): number {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM talent WHERE primary_role_id = @id)
            + (SELECT count(*) FROM talent_roles WHERE role_id = @id)
            + (SELECT count(*) FROM demand_lines WHERE role_id = @id) AS n`,
    )
    .get({ id }) as { n: number };
  return row.n;
}

export function deleteRole(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM roles WHERE id = ?').run(id).changes > 0;
}
