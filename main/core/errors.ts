/**
 * An error a press officer can act on, raised by code and values: `code` names its sentence in
 * main/core/wording (fr, en), the only place it is worded. `message` is the English sentence (the CLI,
 * the logs and `--json` print it); `kind` tells the transports how to report it (the CLI's exit code,
 * the app's dialog); `detail` carries the code and values across to the studio, which says it in the
 * interface's language.
 */
import { wordDetail, type WordingCode } from './wording';

export type { WordingCode } from './wording';

export type UserErrorKind = 'bad-input' | 'usage' | 'not-found' | 'conflict';

export type ErrorParams = Record<string, string | number>;

export interface ErrorDetail {
  code: WordingCode;
  params?: ErrorParams;
}

/** The English sentence for a code and its values (a `context` value picks its variant). */
export function inEnglish(code: WordingCode, params?: ErrorParams): string {
  // Every WordingCode has a sentence: the type is derived from the wording itself.
  return wordDetail(params ? { code, params } : { code }, 'en') as string;
}

export class UserError extends Error {
  readonly detail: ErrorDetail;

  constructor(
    code: WordingCode,
    params?: ErrorParams,
    readonly kind: UserErrorKind = 'bad-input',
  ) {
    super(inEnglish(code, params));
    this.name = 'UserError';
    this.detail = params ? { code, params } : { code };
  }
}

/** A UserError raised elsewhere (the typesetting worker, the dispatch), rebuilt from its code, values and kind. */
export function userErrorFrom(detail: ErrorDetail, kind: UserErrorKind): UserError {
  return new UserError(detail.code, detail.params, kind);
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
