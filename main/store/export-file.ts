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
    if (code === 'ENOENT') throw new UserError(`The folder ${dirname(path)} does not exist; choose another place to save ${path}.`, 'bad-input', { code: 'save.noFolder', params: { folder: dirname(path) } });
    if (code === 'EISDIR') throw new UserError(`${path} is a folder; give a file name to save to.`, 'bad-input', { code: 'save.isFolder', params: { path } });
    throw asUserError(error, dirname(path));
  }
}
