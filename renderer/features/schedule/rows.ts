import type { Role, Talent } from '@shared/domain';
import { KIND_GROUP_LABEL } from '../../lib/talentKinds';
import type { GridRow, GroupBy, SortBy } from './types';

const KIND_ORDER = { staff: 0, freelancer: 1, agency: 2 } as const;

function keyOf(p: Talent, by: SortBy | GroupBy, roles: Map<number, Role>): string {
  if (by === 'role') return roles.get(p.primaryRoleId)?.name ?? '';
  if (by === 'kind') return String(KIND_ORDER[p.kind]);
  if (by === 'team') return p.team ?? '\uffff';
  return p.name;
}

function labelOf(p: Talent, by: GroupBy, roles: Map<number, Role>): string {
  if (by === 'role') return roles.get(p.primaryRoleId)?.name ?? 'No role';
  if (by === 'kind') return KIND_GROUP_LABEL[p.kind];
  return p.team ?? 'No team';
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The grid's rows: people sorted, with a heading row before each group. */
export function buildRows(people: Talent[], groupBy: GroupBy, sortBy: SortBy, roleList: Role[]): GridRow[] {
  const roles = new Map(roleList.map((r) => [r.id, r]));
  const keyed = people.map((p) => ({ p, g: groupBy === 'none' ? '' : keyOf(p, groupBy, roles), s: keyOf(p, sortBy, roles) }));
  keyed.sort((a, b) => collator.compare(a.g, b.g) || collator.compare(a.s, b.s) || collator.compare(a.p.name, b.p.name) || a.p.id - b.p.id);
  if (groupBy === 'none') return keyed.map(({ p }) => ({ type: 'person', person: p }));
  const rows: GridRow[] = [];
  let heading: Extract<GridRow, { type: 'group' }> | null = null;
  for (const { p, g } of keyed) {
    if (!heading || heading.key !== g) {
      heading = { type: 'group', key: g, label: labelOf(p, groupBy, roles), count: 0 };
      rows.push(heading);
    }
    heading.count++;
    rows.push({ type: 'person', person: p });
  }
  return rows;
}

/** The person row nearest to `index` going in `direction` (a heading is skipped). */
export function personRowNear(rows: GridRow[], index: number, direction: 1 | -1): number | null {
  for (let i = Math.max(0, Math.min(rows.length - 1, index)); i >= 0 && i < rows.length; i += direction) {
    if (rows[i].type === 'person') return i;
  }
  return null;
}
