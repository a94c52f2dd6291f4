/**
 * A page served from another port of 127.0.0.1 (another dev server, a test page, anything local) is
 * same-site with the studio but not same-origin: in the browser the studio is open in, it must
 * neither change the store nor read anything from the test server, whatever it tries.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeWire } from '../../main/api/wire';
import { FIXTURE } from '../helpers/cli';
import { callApi, openStudio, type StudioSession } from './helpers';

const ELSEWHERE_PAGE = '<!doctype html><html><head><title>Elsewhere</title></head><body><iframe name="sink"></iframe></body></html>';

/** The other local server: one blank page, the attacker's scripts run in it. */
async function serveElsewhere(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(ELSEWHERE_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let session: StudioSession | undefined;
let elsewhere: Awaited<ReturnType<typeof serveElsewhere>> | undefined;
afterEach(async () => {
  await session?.close();
  await elsewhere?.close();
  session = undefined;
  elsewhere = undefined;
});

describe('a page from another port of 127.0.0.1, in the browser the studio is open in', () => {
  it('can neither write to the store nor read from the test server', async () => {
    elsewhere = await serveElsewhere();
    session = await openStudio({ otherOrigins: [elsewhere.origin] });
    const { server } = session;
    const page = await session.page.context().newPage();
    await page.goto(`${elsewhere.origin}/`);

    // A communiqué to import, as the studio's own page would send it.
    const body = encodeWire({ files: [{ name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync(FIXTURE)) }] });
    const outcomes = await page.evaluate(
      async ({ target, body }) => {
        const attempt = async (request: () => Promise<Response>): Promise<string> => {
          try {
            const response = await request();
            return response.type === 'opaque' ? 'opaque' : `read ${response.status}: ${(await response.text()).slice(0, 80)}`;
          } catch {
            return 'blocked';
          }
        };
        const api = `${target}/api/releases.import`;
        return {
          noCorsText: await attempt(() => fetch(api, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body })),
          noCorsForm: await attempt(() =>
            fetch(api, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body }),
          ),
          corsJson: await attempt(() => fetch(api, { method: 'POST', mode: 'cors', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body })),
          corsText: await attempt(() => fetch(api, { method: 'POST', mode: 'cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body })),
          corsToken: await attempt(() => fetch(api, { method: 'POST', mode: 'cors', credentials: 'include', headers: { 'X-PressKit-Token': 'guess' }, body })),
          readPage: await attempt(() => fetch(`${target}/`, { credentials: 'include' })),
          readList: await attempt(() => fetch(`${target}/api/releases.list`, { method: 'POST', credentials: 'include', body: '{}' })),
          readBridge: await attempt(() => fetch(`${target}/presskit-web-bridge.js`, { credentials: 'include' })),
        };
      },
      { target: server.origin, body },
    );
    for (const [name, outcome] of Object.entries(outcomes)) expect(outcome, name).toMatch(/^(blocked|opaque)$/);

    // A form posts text/plain without a preflight; its one field is cut so that the body is the JSON above.
    const cut = body.lastIndexOf('=');
    expect(cut, 'the payload’s base64 ends with one "=" for the form to write').toBe(body.indexOf('"}') - 1);
    await page.evaluate(
      ({ action, name, value }) =>
        new Promise<void>((resolve) => {
          const sink = document.querySelector('iframe[name="sink"]') as HTMLIFrameElement;
          sink.addEventListener('load', () => resolve(), { once: true });
          const form = Object.assign(document.createElement('form'), { method: 'POST', action, target: 'sink', enctype: 'text/plain' });
          const field = Object.assign(document.createElement('input'), { type: 'hidden', name, value });
          form.append(field);
          document.body.append(form);
          form.submit();
        }),
      { action: `${server.origin}/api/releases.import`, name: body.slice(0, cut), value: body.slice(cut + 1) },
    );

    expect(await callApi(server, 'releases.list', {})).toEqual({ ok: true, value: [] });
    await page.close();
  });
});
