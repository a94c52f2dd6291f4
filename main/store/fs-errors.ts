/** Turns the file-system failures a press officer can act on into a UserError with one plain sentence. */
import { UserError, type WordingCode } from '../core/errors';

/** The code of each cause's sentence (worded in main/core/wording). */
const CAUSES = {
  EACCES: 'disk.notAllowed',
  EPERM: 'disk.notAllowed',
  ENOSPC: 'disk.full',
  EDQUOT: 'disk.full',
  EFBIG: 'disk.tooLarge',
  EROFS: 'disk.readOnly',
  ENOTDIR: 'disk.notFolder',
} as const satisfies Record<string, WordingCode>;

/** The causes that only stop a write: a reader can go on without it. */
const WRITE_REFUSALS = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS']);

export function isWriteRefusal(error: unknown): boolean {
  return WRITE_REFUSALS.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');
}

export function notAFolder(folder: string): UserError {
  return new UserError('disk.notFolder', { folder });
}

/** `error` as a UserError when its cause is one of the above, else unchanged. */
export function asUserError(error: unknown, folder: string): unknown {
  const cause = (error as NodeJS.ErrnoException | undefined)?.code;
  const code = cause !== undefined && Object.hasOwn(CAUSES, cause) ? CAUSES[cause as keyof typeof CAUSES] : undefined;
  return code ? new UserError(code, { folder }) : error;
}
