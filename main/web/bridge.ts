/**
 * The browser side of the test transport, loaded by index.html before the app: the same frozen
 * `window.presskit` as the Electron preload gives, each call a same-origin POST to /api/<channel>.
 * studio:web has no File menu nor files opened with it: main's events come from the page's own host, a
 * test or a demo, as a DOM event (WEB_EVENT) naming the event and its payload, checked as the preload's are.
 * The token comes from the page, which the server gave it in a <meta>; it is taken out of the page once
 * read, and travels on in a header of every call.
 */
import { createClient, type Envelope, type Listen } from '../api/contract';
import { decodeWire, encodeWire } from '../api/wire';
import { refusalError } from './refusals';
import { TOKEN_HEADER, TOKEN_META } from './token-names';
import { WEB_EVENT } from './web-event';

function pageToken(): string {
  const meta = document.querySelector(`meta[name="${TOKEN_META}"]`);
  const token = meta?.getAttribute('content');
  meta?.remove();
  if (!token) throw new Error('The PressKit web bridge was loaded without its token.');
  return token;
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

const token = pageToken();

async function send(channel: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: encodeWire(input),
      mode: 'same-origin',
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, error: refusalError('transport', 'unreachable') };
  }
  // Every answer, refusals included, is an envelope; anything else means the server is not ours.
  try {
    const body = decodeWire(await response.text());
    if (isEnvelope(body)) return body;
  } catch {
    // Falls through to the generic answer below.
  }
  return { ok: false, error: refusalError('transport', 'unreadable', { status: response.status }) };
}

const listen: Listen = (event, deliver) =>
  window.addEventListener(WEB_EVENT, (dispatched) => {
    const detail: unknown = dispatched instanceof CustomEvent ? dispatched.detail : null;
    if (typeof detail === 'object' && detail !== null && 'event' in detail && detail.event === event) deliver('payload' in detail ? detail.payload : undefined);
  });

Object.defineProperty(window, 'presskit', { value: createClient(send, listen), writable: false, enumerable: true, configurable: false });
