import type { ActualColumns } from '@shared/actuals/types';
import type { Db } from '../db/open';
import { actualsVersion, allActualColumns } from '../db/repos/actuals';

/**
 * Every actual in memory as columns (a year of 5,000 people is about a million rows, 20 MB), so
 * planned-against-actual reads typed arrays instead of SQLite. Reloaded when the version the
 * triggers keep has moved (an import, a hand entry, an undo).
 */
export class ActualsModel {
  private columns: ActualColumns | null = null;
  private version = -1;

  constructor(private readonly db: Db) {}

  current(): ActualColumns {
    const version = actualsVersion(this.db);
    if (!this.columns || version !== this.version) {
      this.columns = allActualColumns(this.db);
      this.version = version;
    }
    return this.columns;
  }
}

const models = new WeakMap<Db, ActualsModel>();
/** The one in-memory copy per workspace, shared by every handler that reads actuals. */
export function actualsModelFor(db: Db): ActualsModel {
  let model = models.get(db);
  if (!model) models.set(db, (model = new ActualsModel(db)));
  return model;
}
