export { BACKUP_REASONS, backupsDirFor, ownBackupsDir, type BackupReason } from './names';
export { backupsToKeep, KEEP_DAYS, KEEP_LATEST, pruneBackups, takeBackup } from './take';
export { listBackups, sortSharedBackups, type BackupInfo, type BackupStatus } from './list';
export { deleteDamagedBackup, restoreBackup } from './restore';
export { inspectBackup } from './inspect';
