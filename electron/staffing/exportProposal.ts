// A proposal exported for review before it is accepted: through the export worker, as every
// export is (progress, cancel, a partial file never left behind), printed by the platform for PDF.

import type { ParsedInput, WrittenFile } from '@shared/contract';
import { AppError } from '@shared/errors';
import { localIsoDate, type HandlerContext } from '../handlers/context';
import { SAVE_FILTERS } from '../io/dialogs';
import { exportOffThread } from '../io/export/offThread';
import type { IoTasks } from '../io/task';
import type { StoredProposal } from './proposals';

type Input = ParsedInput<'staffing:exportProposal'>;

async function targetPath(ctx: HandlerContext, input: Input, range: { start: string; end: string }): Promise<string> {
  if (input.path) return input.path;
  if (!ctx.platform) throw new AppError('invalid_input', 'Choose where to save the plan.', 'path');
  const chosen = await ctx.platform.chooseSavePath({
    title: 'Export the staffing proposal',
    defaultName: `staffing-proposal-${range.start}-to-${range.end}.${input.format}`,
    filters: [SAVE_FILTERS[input.format]],
  });
  if (!chosen) throw new AppError('cancelled', 'The plan was not exported.');
  return chosen;
}

export async function exportProposal(ctx: HandlerContext, found: { stored: StoredProposal; stale: boolean }, input: Input, tasks: IoTasks): Promise<WrittenFile> {
  const { view } = found.stored;
  const path = await targetPath(ctx, input, view.range);
  const today = localIsoDate(ctx.now());
  return tasks.run('export', 'Export', (task) =>
    exportOffThread(
      ctx.db,
      { kind: 'proposal', view, meta: { generated: today, proposedOn: localIsoDate(new Date(view.createdAt)), stale: found.stale }, format: input.format, path },
      { platform: ctx.platform, task, today, now: ctx.now() },
    ),
  );
}
