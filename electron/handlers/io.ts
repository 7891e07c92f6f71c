import type { IoHandlers } from '@shared/contract/io';
import { AppError } from '@shared/errors';
import { backupsDirFor } from '../db/backup';
import { commitImport, previewImport } from '../io/import/service';
import { templateSheet } from '../io/export/entities';
import { exportOffThread, type ExportEnv } from '../io/export/offThread';
import { writeTableFile } from '../io/export/tableFile';
import { IoTasks, type IoTask } from '../io/task';
import { SAVE_FILTERS } from '../io/dialogs';
import { getCampaign } from '../db/repos/campaigns';
import { getRole } from '../db/repos/roles';
import { getTalent } from '../db/repos/talent';
import { localIsoDate, type HandlerContext } from './context';
import { found } from './found';

/** One set of running tasks per handler table: io:cancel reaches every export, the staffing proposal's too. */
export const ioTasksOf = (ctx: HandlerContext) => new IoTasks(() => ctx.platform?.emit?.bind(ctx.platform));

function platformOf(ctx: HandlerContext) {
  if (!ctx.platform) throw new AppError('invalid_input', 'No file dialogs here: give the path.');
  return ctx.platform;
}

/** Import (preview, then commit), templates and exports. Paths come from the edge's file dialogs. */
export function ioHandlers(ctx: HandlerContext, tasks = ioTasksOf(ctx)) {
  const { db } = ctx;
  const env = (task: IoTask): ExportEnv => ({ platform: ctx.platform, task, today: localIsoDate(ctx.now()), now: ctx.now() });
  return {
    'io:importPreview': (input) => previewImport(db, input, ctx.now()),
    'io:importCommit': (input) =>
      tasks.run('import', 'Import', (task) =>
        commitImport(db, input, {
          backupDir: backupsDirFor(ctx.app.workspacePath),
          now: ctx.now(),
          // Progress, a turn for the window's calls, and the cancel check, between parts of the write.
          step: (written, total) => task.step(written, total, 'Writing rows'),
        }),
      ),
    'io:template': ({ entity, format, path }) => writeTableFile(path, format, templateSheet(entity)),
    'io:exportEntity': ({ entity, format, path }) => tasks.run('export', 'Export', (task) => exportOffThread(db, { kind: 'entity', entity, format, path }, env(task))),
    'io:exportIcs': async (input) => {
      if ('talentId' in input) found(getTalent(db, input.talentId), 'person', 'talentId');
      else found(getCampaign(db, input.campaignId), 'campaign', 'campaignId');
      const written = await tasks.run('export', 'Export', (task) => exportOffThread(db, { kind: 'ics', request: input }, env(task)));
      return { ...written, events: written.events ?? written.rows };
    },
    'io:exportPlan': (input) => {
      if (input.filter.roleId !== undefined) found(getRole(db, input.filter.roleId), 'role', 'filter.roleId');
      return tasks.run('export', 'Export', (task) => exportOffThread(db, { kind: 'plan', request: input }, env(task)));
    },
    'io:cancel': () => ({ cancelled: tasks.cancel() }),
    'io:chooseFile': async ({ title }) => ({
      path: await platformOf(ctx).chooseOpenPath({ title: title ?? 'Choose a file to import', filters: [SAVE_FILTERS.table] }),
    }),
    'io:chooseSavePath': async ({ defaultName, format, title }) => ({
      path: await platformOf(ctx).chooseSavePath({ title: title ?? 'Save as', defaultName, filters: [SAVE_FILTERS[format]] }),
    }),
  } satisfies IoHandlers;
}
