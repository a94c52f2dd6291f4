/** One request through main/api/dispatch, the boundary every transport uses, judged as the properties require. */
import { inspect } from 'node:util';
import type { Api } from '../../main/api/contract';
import { dispatch } from '../../main/api/dispatch';
import { refusalProblem, Violation } from './verdict';

export type Outcome = { ok: true; value: unknown } | { ok: false };

/**
 * The envelope's value, or `{ ok: false }` for a refusal of ours; anything else is a Violation. dispatch
 * logs an internal error rather than returning it, so the log is kept to say what went wrong.
 */
export async function call(api: Api, channel: string, payload: unknown): Promise<Outcome> {
  const logged: string[] = [];
  const log = console.error;
  console.error = (...parts: unknown[]) => logged.push(parts.map((part) => (typeof part === 'string' ? part : inspect(part))).join(' '));
  let envelope: Awaited<ReturnType<typeof dispatch>>;
  try {
    envelope = await dispatch(api, channel, payload);
  } finally {
    console.error = log;
  }
  if (envelope.ok) return envelope;
  const problem = refusalProblem(envelope.error);
  if (!problem) return { ok: false };
  // An internal error is known by what was thrown (its log's first line), not by the sentence that hides it.
  const thrown = logged.join('\n').split('\n')[0]?.replace(/^\[api\] \S+ failed: /u, '') ?? '';
  const kind = envelope.error.kind === 'internal' ? `${problem.kind}: ${thrown}` : envelope.error.code ? problem.kind : `${problem.kind} (${channel})`;
  throw new Violation(`${channel}: ${problem.message}${logged.length ? `\n${logged.join('\n')}` : ''}`, kind);
}
