import type { IoHandlers } from '@shared/contract/io';
import { backupsDirFor } from '../db/backup';
import { commitImport, previewImport } from '../io/import/service';
import { campaignSheet, talentSheet, templateSheet } from '../io/export/entities';
import { writeIcs } from '../io/export/ics';
import { writePlan } from '../io/export/plan';
import { writeTableFile } from '../io/export/tableFile';
import type { HandlerContext } from './context';

export interface IoHooks {
  /** Import progress, 0..1: the Electron edge can forward it to the renderer as an event. */
  onImportProgress?: (fraction: number) => void;
}

/** Import (preview, then commit), templates and exports. Paths come from the edge's file dialogs. */
export function ioHandlers(ctx: HandlerContext, hooks: IoHooks = {}) {
  const { db } = ctx;
  return {
    'io:importPreview': (input) => previewImport(db, input, ctx.now()),
    'io:importCommit': (input) =>
      commitImport(db, input, { backupDir: backupsDirFor(ctx.app.workspacePath), now: ctx.now(), onProgress: hooks.onImportProgress }),
    'io:template': ({ entity, format, path }) => writeTableFile(path, format, templateSheet(entity)),
    'io:exportEntity': ({ entity, format, path }) => writeTableFile(path, format, entity === 'talent' ? talentSheet(db) : campaignSheet(db)),
    'io:exportIcs': (input) => writeIcs(db, input, ctx.now()),
    'io:exportPlan': (input) => writePlan(db, input),
  } satisfies IoHandlers;
}
