import { UserError, type UserErrorKind } from '../core/errors';
import type { LayoutReport, ReleaseDocument, RenderOptions } from './index';

/**
 * Messages to and from the typesetting worker (main/pdf/worker.ts, bundled as out/cli/pdf-worker.js),
 * which keeps rendering off the Electron main thread. Cancelling is terminating the worker.
 */
export interface RenderRequest {
  id: number;
  document: ReleaseDocument;
  options: RenderOptions;
}

export type RenderResponse =
  | { id: number; ok: true; bytes: Uint8Array; report: LayoutReport }
  | { id: number; ok: false; error: { message: string; userError: boolean; kind: UserErrorKind } };

export function errorResponse(id: number, error: unknown): RenderResponse {
  const userError = error instanceof UserError;
  return {
    id,
    ok: false,
    error: { message: error instanceof Error ? error.message : String(error), userError, kind: userError ? error.kind : 'bad-input' },
  };
}

/** The error a response carries, as the caller should throw it: a UserError stays a UserError. */
export function responseError(response: Extract<RenderResponse, { ok: false }>): Error {
  const { message, userError, kind } = response.error;
  return userError ? new UserError(message, kind) : new Error(message);
}
