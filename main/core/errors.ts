/**
 * An error a press officer can act on. `message` is one sentence in plain words; `kind` tells the
 * transports how to report it (the CLI's exit code, the app's dialog).
 */
export type UserErrorKind = 'bad-input' | 'usage' | 'not-found' | 'conflict';

export class UserError extends Error {
  constructor(
    message: string,
    readonly kind: UserErrorKind = 'bad-input',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
