import { UserError, userErrorFrom, type ErrorDetail, type UserErrorKind } from '../core/errors';
import type { LayoutReport, RenderJob } from './index';
import type { RenderProgress } from './progress';

/**
 * Messages to and from the typesetting worker (main/pdf/worker.ts, bundled as out/main/pdf-worker.js),
 * which keeps rendering off the Electron main thread. Cancelling is terminating the worker.
 */
export interface RenderRequest {
  id: number;
  job: RenderJob;
}

export type RenderResponse =
  | { id: number; kind: 'progress'; progress: RenderProgress }
  | { id: number; kind: 'result'; ok: true; bytes: Uint8Array; report: LayoutReport; pageKeys?: string[] }
  | { id: number; kind: 'result'; ok: false; error: { message: string; userError: boolean; kind: UserErrorKind; detail?: ErrorDetail } };

export type RenderFailure = Extract<RenderResponse, { ok: false }>;

export function errorResponse(id: number, error: unknown): RenderFailure {
  const userError = error instanceof UserError;
  return {
    id,
    kind: 'result',
    ok: false,
    error: {
      message: error instanceof Error ? error.message : String(error),
      userError,
      kind: userError ? error.kind : 'bad-input',
      ...(userError ? { detail: error.detail } : {}),
    },
  };
}

/** The error a response carries, as the caller should throw it: a UserError stays a UserError (its code and values). */
export function responseError(response: RenderFailure): Error {
  const { message, userError, kind, detail } = response.error;
  return userError && detail ? userErrorFrom(detail, kind) : new Error(message);
}
