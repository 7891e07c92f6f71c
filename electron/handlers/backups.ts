import { mkdirSync } from 'node:fs';
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { backupsDirFor, deleteDamagedBackup, listBackups, ownBackupsDir, restoreBackup, takeBackup } from '../db/backup';
import { clearHistory } from '../db/repos/history';
import { workspaceId } from '../io/workspaceId';
import type { HandlerContext } from './context';

export function backupHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  const root = backupsDirFor(ctx.app.workspacePath);
  const list = () => {
    const id = workspaceId(db);
    return { folder: ownBackupsDir(root, id), backups: listBackups(root, id) };
  };
  return {
    'backups:list': list,
    'backups:create': async () => {
      await takeBackup(db, root, 'manual', ctx.now());
      return list();
    },
    'backups:restore': async ({ file }) => {
      const safety = await restoreBackup(db, root, file, ctx.now());
      clearHistory(db);
      return { restored: file, safetyBackup: safety.split(/[\\/]/).pop() ?? safety };
    },
    'backups:delete': ({ file }) => {
      deleteDamagedBackup(root, workspaceId(db), file);
      return list();
    },
    'backups:reveal': () => {
      if (!ctx.platform) throw new AppError('workspace', 'Showing the backups folder is not possible here.');
      const { folder } = list();
      mkdirSync(folder, { recursive: true });
      ctx.platform.showInFolder(folder);
      return { folder };
    },
  } satisfies Partial<Handlers>;
}
