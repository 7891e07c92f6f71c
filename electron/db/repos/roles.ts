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

export function deleteRole(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM roles WHERE id = ?').run(id).changes > 0;
}

export interface ListUses {
  /** People who hold it as their primary role (roles) or at all (skills). */
  primaryPeople: number;
  /** People who hold it as another role (roles only). */
  otherPeople: number;
  demandLines: number;
  /** Bookings on those demand lines. */
  bookings: number;
  /** Templates whose phases need it or hand off to it. */
  templates: number;
  /** Campaign phases whose handoff goes to it. */
  handoffs: number;
}

/** Who and what refers to a role. */
export function roleUses(db: Db, id: Id): ListUses {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM talent WHERE primary_role_id = @id) AS primaryPeople,
              (SELECT count(*) FROM talent_roles r JOIN talent t ON t.id = r.talent_id WHERE r.role_id = @id AND t.primary_role_id <> @id) AS otherPeople,
              (SELECT count(*) FROM demand_lines WHERE role_id = @id) AS demandLines,
              (SELECT count(*) FROM bookings b JOIN demand_lines l ON l.id = b.demand_line_id WHERE l.role_id = @id) AS bookings,
              (SELECT count(*) FROM (SELECT p.template_id FROM template_phase_roles r JOIN template_phases p ON p.id = r.phase_id WHERE r.role_id = @id
                                     UNION SELECT template_id FROM template_phases WHERE handoff_role_id = @id)) AS templates,
              (SELECT count(*) FROM campaign_phases WHERE handoff_role_id = @id) AS handoffs`,
    )
    .get({ id }) as ListUses;
}

/** Moves everything from one role to another and deletes the first (call inside one recorded change). */
export function mergeRole(db: Db, fromId: Id, intoId: Id): void {
  const p = { fromId, intoId };
  db.prepare('UPDATE talent SET primary_role_id = @intoId WHERE primary_role_id = @fromId').run(p);
  db.prepare('INSERT OR IGNORE INTO talent_roles (talent_id, role_id) SELECT talent_id, @intoId FROM talent_roles WHERE role_id = @fromId').run(p);
  db.prepare('DELETE FROM talent_roles WHERE role_id = @fromId').run(p);
  // Another role that is now the person's primary one is not listed twice.
  db.prepare('DELETE FROM talent_roles WHERE role_id = @intoId AND talent_id IN (SELECT id FROM talent WHERE primary_role_id = @intoId)').run(p);
  db.prepare('UPDATE demand_lines SET role_id = @intoId WHERE role_id = @fromId').run(p);
  db.prepare('UPDATE template_phase_roles SET role_id = @intoId WHERE role_id = @fromId').run(p);
  db.prepare('UPDATE template_phases SET handoff_role_id = @intoId WHERE handoff_role_id = @fromId').run(p);
  db.prepare('UPDATE campaign_phases SET handoff_role_id = @intoId WHERE handoff_role_id = @fromId').run(p);
  db.prepare('DELETE FROM roles WHERE id = @fromId').run(p);
}

/** Takes a role off people's other roles (used before deleting a role nobody holds as primary). */
export function removeOtherRole(db: Db, id: Id): void {
  db.prepare('DELETE FROM talent_roles WHERE role_id = ?').run(id);
}

/** Per role: people who hold it (as primary or another role) and demand lines that ask for it. */
export function roleUsage(db: Db): { id: Id; people: number; demandLines: number }[] {
  return db
    .prepare(
      `SELECT r.id,
              (SELECT count(DISTINCT t.id) FROM talent t WHERE t.primary_role_id = r.id OR t.id IN (SELECT talent_id FROM talent_roles WHERE role_id = r.id)) AS people,
              (SELECT count(*) FROM demand_lines l WHERE l.role_id = r.id) AS demandLines
       FROM roles r`,
    )
    .all() as { id: Id; people: number; demandLines: number }[];
}
