// Writing an export: to a temporary name beside the target, then renamed into place, so a failed
// or refused export leaves no partial file (and never half-overwrites an older one).

import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { AppError } from '@shared/errors';

const REASONS: Record<string, string> = {
  ENOENT: "its folder doesn't exist",
  EACCES: "you don't have permission to write there",
  EPERM: "you don't have permission to write there",
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  ENAMETOOLONG: 'the name is too long',
};

/** An fs error as words naming the file, for the user. */
export function writeError(path: string, error: unknown): AppError {
  const code = (error as { code?: string }).code ?? '';
  const reason = REASONS[code] ?? 'the file could not be written';
  return new AppError('invalid_input', `“${path}” can't be saved: ${reason}. Nothing was written.`, 'path');
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const partial = `${path}.partial`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw writeError(path, error);
  }
}
