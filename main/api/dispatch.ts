import type { z } from 'zod';
import { isUserError } from '../core/errors';
import { contract, type Api, type Channel, type Envelope } from './contract';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
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
  if (!input.success) {
    const fields = [...new Set(input.error.issues.map((issue) => issue.path.join('.')).filter(Boolean))].join(', ');
    return { ok: false, error: { kind: 'bad-input', message: `Invalid request for ${channel}: ${describeIssues(input.error)}.`, code: 'request.invalid', params: { fields } } };
  }
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
