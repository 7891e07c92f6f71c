import { z } from 'zod';
import type { Retro, RetroAction, RetroReport, RetroSummary } from '../retros/types';
import { channel } from './channel';
import type { WrittenReport } from './snapshots';
import { filePath, id, idInput, isoDate, longText, name, none, withinHorizon } from './schemas';

export type * from '../retros/types';

const notes = { worked: longText.default(''), stalled: longText.default('') };
/** A retrospective looks back on one campaign (its dates by default) or on a period. */
const create = withinHorizon(
  z.object({ title: name, campaignId: id.nullable().default(null), start: isoDate.optional(), end: isoDate.optional(), ...notes }).strict(),
  'A retrospective',
);
const actionFields = { text: name, ownerId: id.nullable().default(null), due: isoDate.nullable().default(null) };
const exportInput = z.object({ id, path: filePath.optional() }).strict();

export const retroChannels = {
  'retros:list': channel<RetroSummary[]>()(none),
  /** Actions not yet done, across all retrospectives, soonest due first. */
  'retros:openActions': channel<RetroAction[]>()(none),
  'retros:create': channel<Retro>()(create),
  /** Only the fields sent change. */
  'retros:update': channel<Retro>()(
    z.object({ id, title: name.optional(), worked: longText.optional(), stalled: longText.optional() }).strict(),
  ),
  'retros:delete': channel<{ id: number }>()(idInput),
  'retros:addAction': channel<RetroAction>()(z.object({ retroId: id, ...actionFields }).strict()),
  'retros:updateAction': channel<RetroAction>()(
    z.object({ id, text: name.optional(), ownerId: id.nullable().optional(), due: isoDate.nullable().optional() }).strict(),
  ),
  /** Marks an action done (today unless a day is given), or not done with null. */
  'retros:completeAction': channel<RetroAction>()(z.object({ id, done: isoDate.nullable().optional() }).strict()),
  /** Planned against actual, cost against budget, handoffs, over-allocated days and the notes. */
  'retros:report': channel<RetroReport>()(idInput),
  'retros:exportHtml': channel<WrittenReport>()(exportInput),
  'retros:exportPdf': channel<WrittenReport>()(exportInput),
};
