/**
 * Reading a file the user named (a bundle to restore): only a regular file, and never more than `limit`
 * bytes, so that a pipe cannot block forever and a device such as /dev/zero cannot fill the memory.
 */
import { open, stat } from 'node:fs/promises';
import { UserError } from '../core/errors';
import { asUserError } from './fs-errors';

const CHUNK = 8 * 1024 * 1024;

function notARegularFile(path: string, folder: boolean): UserError {
  return folder
    ? new UserError('read.isFolder', { path })
    : new UserError('read.notFile', { path });
}

export async function readInputFile(path: string, limit: number, tooLarge: () => UserError): Promise<Uint8Array> {
  // stat first: opening a pipe would wait for a writer.
  const info = await stat(path).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError('read.noFile', { path }, 'not-found');
    throw asUserError(error, path);
  });
  if (!info.isFile()) throw notARegularFile(path, info.isDirectory());
  if (info.size > limit) throw tooLarge();
  const handle = await open(path, 'r');
  try {
    // The file may have been replaced or may grow since: read at most limit + 1 bytes.
    if (!(await handle.stat()).isFile()) throw notARegularFile(path, false);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(Math.min(CHUNK, limit + 1 - total)), 0, undefined, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw tooLarge();
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
