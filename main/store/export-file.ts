/** Writing an exported file (PDF, vCard, bundle) where the user chose: all or nothing, never a partial file. */
import { dirname } from 'node:path';
import { UserError } from '../core/errors';
import { writeFileAtomic } from './atomic-write';
import { asUserError } from './fs-errors';

export async function writeExportFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('save.noFolder', { folder: dirname(path) });
    if (code === 'EISDIR') throw new UserError('save.isFolder', { path });
    throw asUserError(error, dirname(path));
  }
}
