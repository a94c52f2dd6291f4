/** Turns the file-system failures a press officer can act on into a UserError with one plain sentence. */
import { UserError } from '../core/errors';

const notAllowed = (folder: string): string =>
  `PressKit Studio is not allowed to write in ${folder}; check the folder's permissions.`;
const diskFull = (folder: string): string => `The disk holding ${folder} is full; free some space and try again.`;
const notFolder = (folder: string): string => `The data folder ${folder} is not a folder; choose another data folder.`;

const SENTENCES: Record<string, (folder: string) => string> = {
  EACCES: notAllowed,
  EPERM: notAllowed,
  ENOSPC: diskFull,
  EDQUOT: diskFull,
  EFBIG: (folder) => `The disk holding ${folder} refused a file that large; free some space and try again.`,
  EROFS: (folder) => `The data folder ${folder} is on a read-only disk; choose another data folder.`,
  ENOTDIR: notFolder,
};

export function notAFolder(folder: string): UserError {
  return new UserError(notFolder(folder));
}

/** `error` as a UserError when its cause is one of the above, else unchanged. */
export function asUserError(error: unknown, folder: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const sentence = code === undefined ? undefined : SENTENCES[code];
  return sentence ? new UserError(sentence(folder)) : error;
}
