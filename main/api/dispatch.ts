import type { z } from 'zod';
import { inEnglish, isUserError, userErrorFrom, type ErrorParams, type UserError, type WordingCode } from '../core/errors';
import { checkedOutput } from './checked-output';
import { contract, type Api, type Channel, type Envelope, type EnvelopeError } from './contract';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** A refusal of the boundary itself, worded by code like main's others (its English as `message`). */
function refusal(code: WordingCode, params: ErrorParams | undefined, kind: string): Envelope<never> {
  return { ok: false, error: { kind, message: inEnglish(code, params), code, ...(params ? { params } : {}) } };
}

/** An envelope's refusal as a UserError, for the transports that throw it on (a usage error stays one). */
export function refusalOf(error: EnvelopeError): UserError {
  const detail = { code: error.code ?? 'request.internal', ...(error.params ? { params: error.params } : {}) };
  return userErrorFrom(detail, error.kind === 'usage' ? 'usage' : 'bad-input');
}

/** The fields a refused payload got wrong, for our sentence: the schema library's own wording never reaches a user. */
function invalidRequest(channel: Channel, error: z.ZodError): Envelope<never> {
  const paths = error.issues.map((issue) => issue.path.join('.')).filter(Boolean);
  return refusal('request.invalid', { fields: [...new Set(paths)].join(', ') || channel }, 'bad-input');
}

/**
 * The boundary every transport goes through: check the channel, validate the payload, run the
 * handler, validate what it returns, and turn errors into an envelope. Unexpected errors are
 * reported without their internals; user errors keep their sentence.
 */
export async function dispatch(api: Api, channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return refusal('request.unknown', { channel: String(channel) }, 'usage');
  const spec = contract[channel];
  const input = spec.input.safeParse(payload);
  if (!input.success) return invalidRequest(channel, input.error);
  try {
    const handler = api[channel] as (input: unknown) => Promise<unknown>;
    const value = checkedOutput(spec.output, await handler(input.data));
    return { ok: true, value };
  } catch (error) {
    if (isUserError(error)) return { ok: false, error: { kind: error.kind, message: error.message, ...error.detail } };
    console.error(`[api] ${channel} failed:`, error);
    return refusal('request.internal', undefined, 'internal');
  }
}
