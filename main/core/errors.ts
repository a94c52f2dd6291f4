/**
 * An error a press officer can act on. `message` is one sentence in plain words (English, as the CLI
 * prints it); `kind` tells the transports how to report it (the CLI's exit code, the app's dialog);
 * `detail` names the sentence and its values, so that the studio can say it in the interface's language.
 */
export type UserErrorKind = 'bad-input' | 'usage' | 'not-found' | 'conflict';

export type ErrorParams = Record<string, string | number>;

export interface ErrorDetail {
  code: string;
  params?: ErrorParams;
}

export class UserError extends Error {
  constructor(
    message: string,
    readonly kind: UserErrorKind = 'bad-input',
    readonly detail?: ErrorDetail,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
