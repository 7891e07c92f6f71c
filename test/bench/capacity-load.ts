// Loading a CapacityInput from a workspace file through the repositories' list functions
// (the SQL stays in electron/db/repos).

import type { CapacityInput } from '@shared/capacity/state';
import { dayFromIso, isoFromDay } from '@shared/capacity/days';
import { openWorkspace } from '../../electron/db/open';
import { listBookings } from '../../electron/db/repos/bookings';
import { listCampaigns } from '../../electron/db/repos/campaigns';
import { listClosures } from '../../electron/db/repos/closures';
import { listDemandLines } from '../../electron/db/repos/demandLines';
import { listPatterns } from '../../electron/db/repos/patterns';
import { listRoles } from '../../electron/db/repos/roles';
import { listTalent } from '../../electron/db/repos/talent';
import { listTimeOff } from '../../electron/db/repos/timeOff';

/** Reads everything; the range is `days` days from `start` (default: the earliest booking's Monday). */
export function loadCapacityInput(path: string, days: number, start?: string): CapacityInput {
  const db = openWorkspace(path, { readonly: true, migrate: false });
  try {
    const bookings = listBookings(db);
    let first = start;
    if (!first) {
      let min = Infinity;
      for (const b of bookings) min = Math.min(min, dayFromIso(b.start));
      const d = Number.isFinite(min) ? min : dayFromIso('2026-01-05');
      first = isoFromDay(d - ((((d + 3) % 7) + 7) % 7));
    }
    return {
      range: { start: first, end: isoFromDay(dayFromIso(first) + days - 1) },
      talent: listTalent(db),
      patterns: listPatterns(db),
      timeOff: listTimeOff(db),
      closures: listClosures(db),
      roles: listRoles(db),
      campaigns: listCampaigns(db),
      demandLines: listDemandLines(db),
      bookings,
    };
  } finally {
    db.close();
  }
}
