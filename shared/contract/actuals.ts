import { z } from 'zod';
import type { Actual, NameMapping } from '../actuals/types';
import type { PlannedVsActual } from '../actuals/compare';
import type { ForecastAccuracy } from '../actuals/accuracy';
import { capacityFilter } from './capacity';
import { channel } from './channel';
import { limitedRange, VIEW_MAX_DAYS } from './limits';
import { filePath, hours, id, isoDate, shortText } from './schemas';
import type { WrittenFile } from './io';

export type { Actual, ActualSource, NameMapping } from '../actuals/types';
export type { PlannedVsActual, VarianceRow, VarianceWeek, MissingWeek } from '../actuals/compare';
export type { ForecastAccuracy, AccuracyBucket, AccuracyQuarter } from '../actuals/accuracy';

const range = limitedRange(VIEW_MAX_DAYS, 'An actuals range');
const aliasKind = z.enum(['person', 'campaign']);

/** Actuals (imported from time trackers through io:importCommit with entity 'actuals', or entered by hand) and planned against actual. */
export const actualsChannels = {
  /** The actuals of a range, for one person or one campaign (or all). */
  'actuals:list': channel<Actual[]>()(z.object({ range, talentId: id.optional(), campaignId: id.optional() }).strict()),
  /** Sets the hours entered by hand for a person, campaign and day (0 removes them); imported rows stay as they are. */
  'actuals:set': channel<{ actual: Actual | null }>()(
    z.object({ talentId: id, campaignId: id, date: isoDate, hours: hours(24), note: shortText.default('') }).strict(),
  ),
  /** Planned (bookings) against actual (logged) hours and cost, by person, role, campaign and week. */
  'actuals:compare': channel<PlannedVsActual>()(
    z.object({ range, filter: capacityFilter, campaignId: id.optional(), confirmedOnly: z.boolean().default(false) }).strict(),
  ),
  /** Planned against actual to a file: XLSX (totals, by person, role, campaign and week, missing actuals), or PDF printed by the app. Without a path, the edge asks where. */
  'actuals:export': channel<WrittenFile>()(
    z.object({ range, filter: capacityFilter, campaignId: id.optional(), confirmedOnly: z.boolean().default(false), format: z.enum(['xlsx', 'pdf']), path: filePath.optional() }).strict(),
  ),
  /** The names imports remembered (a name a file writes → a person or campaign), for Settings → Name mappings. */
  'actuals:aliases': channel<NameMapping[]>()(z.object({}).strict()),
  /** Forgets a remembered name: the next import lists it as unmatched again (one undo step). */
  'actuals:forgetAlias': channel<{ forgotten: NameMapping }>()(z.object({ kind: aliasKind, sourceName: shortText }).strict()),
  /** Points a remembered name at another person or campaign (one undo step); rows imported before change only when their file is imported again. */
  'actuals:setAlias': channel<NameMapping>()(z.object({ kind: aliasKind, sourceName: shortText, targetId: id }).strict()),
  /** How close each snapshot's plan per role and week was to the hours worked, by how far ahead it was made. */
  'actuals:accuracy': channel<ForecastAccuracy>()(z.object({}).strict()),
};
