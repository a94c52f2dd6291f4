import type { z } from 'zod';
import { isUserError } from '../core/errors';
import { contract, type Api, type Channel, type Envelope, type EnvelopeError } from './contract';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The fields a refused payload got wrong, for our sentence: the schema library's own wording never reaches a user. */
function invalidRequest(channel: Channel, error: z.ZodError): EnvelopeError {
  const paths = error.issues.map((issue) => issue.path.join('.')).filter(Boolean);
  const fields = [...new Set(paths)].join(', ') || channel;
  return {
    kind: 'bad-input',
    message: `PressKit Studio refused values it could not use (${fields}). Check the fields and try again.`,
    code: 'request.invalid',
    params: { fields },
  };
}

/**
 * The boundary every transport goes through: check the channel, validate the payload, run the
 * handler, validate what it returns, and turn errors into an envelope. Unexpected errors are
 * reported without their internals; user errors keep their sentence.
 */
export async function dispatch(api: Api, channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { kind: 'usage', message: `Unknown request: ${String(channel)}.` } };
  const spec = contract[channel];
  const input = spec.input.safeParse(payload);
  if (!input.success) return { ok: false, error: invalidRequest(channel, input.error) };
  try {
    const handler = api[channel] as (input: unknown) => Promise<unknown>;
    const value = spec.output.parse(await handler(input.data));
    return { ok: true, value };
  } catch (error) {
    if (isUserError(error)) return { ok: false, error: { kind: error.kind, message: error.message, ...error.detail } };
    console.error(`[api] ${channel} failed:`, error);
    return { ok: false, error: { kind: 'internal', message: 'Something went wrong inside PressKit Studio. Please try again; if it happens again, report it with the log.' } };
  }
}
