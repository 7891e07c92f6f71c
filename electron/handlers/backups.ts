import { mkdirSync } from 'node:fs';
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { backupsDirFor, listBackups, restoreBackup, takeBackup } from '../db/backup';
import { clearHistory } from '../db/repos/history';
import type { HandlerContext } from './context';

export function backupHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  const dir = backupsDirFor(ctx.app.workspacePath);
  return {
    'backups:list': () => ({ folder: dir, backups: listBackups(dir) }),
    'backups:create': async () => {
      await takeBackup(db, dir, 'manual', ctx.now());
      return { folder: dir, backups: listBackups(dir) };
    },
    'backups:restore': async ({ file }) => {
      const safety = await restoreBackup(db, dir, file, ctx.now());
      clearHistory(db);
      return { restored: file, safetyBackup: safety.split(/[\\/]/).pop() ?? safety };
    },
    'backups:reveal': () => {
      if (!ctx.platform) throw new AppError('workspace', 'Showing the backups folder is not possible here.');
      mkdirSync(dir, { recursive: true });
      ctx.platform.showInFolder(dir);
      return { folder: dir };
    },
  } satisfies Partial<Handlers>;
}
