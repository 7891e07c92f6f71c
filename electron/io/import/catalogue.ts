// Roles and skills by name for an import: found, suggested ("did you mean"), or created at commit.

import { closest } from '@shared/io/text';
import type { Db } from '../../db/open';
import { insertRole, listRoles } from '../../db/repos/roles';
import { insertSkill, listSkills } from '../../db/repos/skills';

export class NamedList {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  /** Names the commit will create, in first-seen spelling. */
  readonly missing = new Map<string, string>();

  constructor(
    entries: { id: number; name: string }[],
    private readonly noun: 'role' | 'skill',
    private readonly createMissing: boolean,
  ) {
    for (const e of entries) {
      this.ids.set(e.name.toLowerCase(), e.id);
      this.names.push(e.name);
    }
  }

  /** Null when the name is known or will be created; otherwise the reason, with a suggestion. */
  check(name: string): string | null {
    const key = name.trim().toLowerCase();
    if (this.ids.has(key)) return null;
    if (this.createMissing) {
      if (!this.missing.has(key)) this.missing.set(key, name.trim());
      return null;
    }
    const guess = closest(name, this.names);
    const hint = guess ? ` — did you mean '${guess}'?` : this.names.length ? ` — known ${this.noun}s: ${this.names.slice(0, 8).join(', ')}${this.names.length > 8 ? ', …' : ''}` : '';
    const create = ` (or turn on "create missing roles and skills")`;
    return `Unknown ${this.noun} '${name.trim()}'${hint}${create}`;
  }

  /** The id, creating the entry when allowed (call inside the commit's transaction). */
  idOf(db: Db, name: string): number {
    const key = name.trim().toLowerCase();
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.noun === 'role' ? insertRole(db, { name: name.trim(), utilisationTarget: 80, colour: '#64748b' }) : insertSkill(db, name.trim());
    this.ids.set(key, id);
    this.created++;
    return id;
  }

  created = 0;
}

export interface Catalogue {
  roles: NamedList;
  skills: NamedList;
}

export function catalogueOf(db: Db, createMissing: boolean): Catalogue {
  return { roles: new NamedList(listRoles(db), 'role', createMissing), skills: new NamedList(listSkills(db), 'skill', createMissing) };
}
