// Planned against actual exported: compared here as actuals:compare does, then written through the
// export worker as every export is (progress, cancel, no partial file left), printed by the platform for PDF.

import type { ParsedInput, PlannedVsActual, WrittenFile } from '@shared/contract';
import { AppError } from '@shared/errors';
import { localIsoDate, type HandlerContext } from '../handlers/context';
import { getCampaign } from '../db/repos/campaigns';
import { found } from '../handlers/found';
import type { CapacityFilter } from '../capacity/people';
import { getRole } from '../db/repos/roles';
import { SAVE_FILTERS } from '../io/dialogs';
import { exportOffThread } from '../io/export/offThread';
import type { IoTasks } from '../io/task';

type Input = ParsedInput<'actuals:export'>;

async function targetPath(ctx: HandlerContext, input: Input): Promise<string> {
  if (input.path) return input.path;
  if (!ctx.platform) throw new AppError('invalid_input', 'Choose where to save the report.', 'path');
  const chosen = await ctx.platform.chooseSavePath({
    title: 'Export planned against actual',
    defaultName: `planned-against-actual-${input.range.start}-to-${input.range.end}.${input.format}`,
    filters: [SAVE_FILTERS[input.format]],
  });
  if (!chosen) throw new AppError('cancelled', 'The report was not exported.');
  return chosen;
}

/** Who is compared, in words. */
function scopeOf(ctx: HandlerContext, input: { filter: CapacityFilter; campaignId?: number; confirmedOnly: boolean }): string {
  const { filter } = input;
  const role = filter.roleId ? getRole(ctx.db, filter.roleId)?.name : undefined;
  // The file names the campaign: an unknown one is refused rather than exported as everyone's.
  const campaign = input.campaignId ? found(getCampaign(ctx.db, input.campaignId), 'campaign', 'campaignId').name : undefined;
  const filtered = filter.ids || filter.skillId || filter.kinds?.length || filter.tag || filter.text?.trim();
  const parts = [
    role ? `People in the role ${role}` : filtered ? 'The people filtered' : 'Everyone',
    campaign ? `on campaign ${campaign}` : '',
    input.confirmedOnly ? 'confirmed bookings only' : 'confirmed and tentative bookings',
  ].filter(Boolean);
  return parts.join(', ');
}

export async function exportActuals(ctx: HandlerContext, input: Input, data: PlannedVsActual, tasks: IoTasks): Promise<WrittenFile> {
  const scope = scopeOf(ctx, input);
  const path = await targetPath(ctx, input);
  const today = localIsoDate(ctx.now());
  const meta = { generated: today, scope, appName: ctx.app.name };
  return tasks.run('export', 'Export', (task) =>
    exportOffThread(ctx.db, { kind: 'actuals', data, meta, format: input.format, path }, { platform: ctx.platform, task, today, now: ctx.now() }),
  );
}
