// The rows an actuals import holds back: names to map (listed with their rows and hours), rows the
// user skipped, rows already imported as they are.

import { aliasKey } from '@shared/actuals/types';
import type { PreviewRow, RowAction, UnmatchedName } from '@shared/io/types';

const ROWS_SHOWN = 1000;

export class Unmatched {
  private readonly byName = new Map<string, UnmatchedName>();
  readonly rows: PreviewRow[] = [];
  heldRows = 0;
  skippedRows = 0;

  add(kind: UnmatchedName['kind'], name: string, detail: string | null, row: number, hours: number): void {
    const key = `${kind}\u0000${aliasKey(name)}`;
    const entry = this.byName.get(key) ?? { kind, name, detail, rows: 0, hours: 0, firstRows: [] };
    entry.rows++;
    entry.hours += hours;
    if (entry.firstRows.length < 5) entry.firstRows.push(row);
    this.byName.set(key, entry);
  }

  note(row: number, action: RowAction, label: string): void {
    if (this.rows.length < ROWS_SHOWN) this.rows.push({ row, action, label });
  }

  hold(row: number, label: string): 'held' {
    this.heldRows++;
    this.note(row, 'unmatched', label);
    return 'held';
  }

  skip(row: number, label: string): 'held' {
    this.skippedRows++;
    this.note(row, 'skip', label);
    return 'held';
  }

  /** People first, then campaigns; the most hours first. */
  names(): UnmatchedName[] {
    return [...this.byName.values()]
      .map((u) => ({ ...u, hours: Math.round(u.hours * 100) / 100 }))
      .sort((a, b) => (a.kind === b.kind ? b.hours - a.hours || a.name.localeCompare(b.name) : a.kind === 'person' ? -1 : 1));
  }
}
