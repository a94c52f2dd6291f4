/** Turns the file-system failures a press officer can act on into a UserError with one plain sentence. */
import { UserError } from '../core/errors';

const notAllowed = (folder: string): string =>
  `PressKit Studio is not allowed to write in ${folder}; check the folder's permissions.`;
const diskFull = (folder: string): string => `The disk holding ${folder} is full; free some space and try again.`;
const notFolder = (folder: string): string => `The data folder ${folder} is not a folder; choose another data folder.`;

/** Each cause's sentence, and the code the studio words it by (main.disk.* in its i18n resources). */
const SENTENCES: Record<string, [sentence: (folder: string) => string, code: string]> = {
  EACCES: [notAllowed, 'disk.notAllowed'],
  EPERM: [notAllowed, 'disk.notAllowed'],
  ENOSPC: [diskFull, 'disk.full'],
  EDQUOT: [diskFull, 'disk.full'],
  EFBIG: [(folder) => `The disk holding ${folder} refused a file that large; free some space and try again.`, 'disk.tooLarge'],
  EROFS: [(folder) => `The data folder ${folder} is on a read-only disk; choose another data folder.`, 'disk.readOnly'],
  ENOTDIR: [notFolder, 'disk.notFolder'],
};

/** The causes that only stop a write: a reader can go on without it. */
const WRITE_REFUSALS = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS']);

export function isWriteRefusal(error: unknown): boolean {
  return WRITE_REFUSALS.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');
}

export function notAFolder(folder: string): UserError {
  return new UserError(notFolder(folder), 'bad-input', { code: 'disk.notFolder', params: { folder } });
}

/** `error` as a UserError when its cause is one of the above, else unchanged. */
export function asUserError(error: unknown, folder: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : SENTENCES[code];
  return known ? new UserError(known[0](folder), 'bad-input', { code: known[1], params: { folder } }) : error;
}
