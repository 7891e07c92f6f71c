import { closeSync, fsyncSync, openSync, rmSync } from 'node:fs';
import { SIDE_FILES } from './names';

/** Removes a database file and whatever SQLite left beside it. */
export function removeDbFile(path: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(path + suffix, { force: true });
}

/** Flushes a file's content to the disk. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename) to the disk, where the system allows it (not on Windows). */
export function syncDir(path: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
