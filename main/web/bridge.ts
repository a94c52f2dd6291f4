/**
 * The browser side of the test transport, loaded by index.html before the app: the same frozen
 * `window.presskit` as the Electron preload gives, each call a same-origin POST to /api/<channel>.
 * The token comes from this script's own URL, which the server wrote into the page.
 */
import { createClient, type Envelope } from '../api/contract';
import { decodeWire, encodeWire } from '../api/wire';
import { TOKEN_HEADER, TOKEN_PARAM } from './token-names';

function ownToken(): string {
  const script = document.currentScript;
  const token = script instanceof HTMLScriptElement ? new URL(script.src).searchParams.get(TOKEN_PARAM) : null;
  if (!token) throw new Error('The PressKit web bridge was loaded without its token.');
  return token;
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

function transportError(message: string): Envelope<never> {
  return { ok: false, error: { kind: 'transport', message } };
}

const token = ownToken();

async function send(channel: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: encodeWire(input),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return transportError('PressKit Studio’s test server could not be reached.');
  }
  // Every answer, refusals included, is an envelope; anything else means the server is not ours.
  try {
    const body = decodeWire(await response.text());
    if (isEnvelope(body)) return body;
  } catch {
    // Falls through to the generic answer below.
  }
  return transportError(`PressKit Studio’s test server answered ${response.status} without a readable reply.`);
}

Object.defineProperty(window, 'presskit', { value: createClient(send), writable: false, enumerable: true, configurable: false });
