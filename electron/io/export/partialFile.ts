// A file written as a stream under a temporary name beside its target, renamed into place only
// when complete: a cancel or a failure leaves nothing behind, and memory holds one chunk at a time.

import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';

export interface PartialFile {
  /** The stream being written (for writers that pipe into it, e.g. exceljs). */
  readonly stream: WriteStream;
  /** Writes text, waiting when the disk is behind. */
  write(text: string | Uint8Array): Promise<void>;
  /** Closes the file and renames it to its target. */
  commit(): Promise<void>;
  /** Closes and removes the file. */
  abort(): Promise<void>;
}

/** Resolves when the stream has drained, or has failed (the caller then sees the failure). */
function drained(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    stream.on('drain', done).on('error', done).on('close', done);
  });
}

export function openPartialFile(path: string): PartialFile {
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  let failure: Error | null = null;
  stream.on('error', (error) => (failure = error));
  const check = () => {
    if (failure) throw failure;
  };
  return {
    stream,
    async write(text) {
      check();
      if (!stream.write(text)) await drained(stream);
      check();
    },
    async commit() {
      check();
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
      check();
      renameSync(partial, path);
    },
    async abort() {
      // The stream may still be opening its file: wait until it is closed, then remove the file.
      if (!stream.closed) await new Promise<void>((closed) => stream.destroy().once('close', () => closed()));
      rmSync(partial, { force: true });
    },
  };
}

/** Runs `write` on a partial file and commits it, or removes it when `write` throws. */
export async function writeWhole<T>(path: string, write: (file: PartialFile) => Promise<T>): Promise<T> {
  const file = openPartialFile(path);
  try {
    const result = await write(file);
    await file.commit();
    return result;
  } catch (error) {
    await file.abort();
    throw error;
  }
}
