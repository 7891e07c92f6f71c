// Loading the capacity core's input from a workspace file the way the app does (electron/capacity/model.ts).

import type { ColumnarCapacityInput } from '@shared/capacity/state';
import { dayFromIso, isoFromDay } from '@shared/dates';
import { loadCapacityInput as loadForModel } from '../../electron/capacity/model';
import { openWorkspace } from '../../electron/db/open';

/** Reads everything; the range is `days` days from `start` (default: the earliest booking's Monday). */
export function loadCapacityInput(path: string, days: number, start?: string): ColumnarCapacityInput {
  const db = openWorkspace(path, { readonly: true, migrate: false });
  try {
    let first = start;
    if (!first) {
      const min = (db.prepare('SELECT min(start) FROM bookings').pluck().get() as string | null) ?? '2026-01-05';
      const d = dayFromIso(min);
      first = isoFromDay(d - ((((d + 3) % 7) + 7) % 7));
    }
    return loadForModel(db, { start: first, end: isoFromDay(dayFromIso(first) + days - 1) });
  } finally {
    db.close();
  }
}
