import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../../main/api/wire';
import { createStudioServer, type StudioServer } from '../../../main/web/server';
import { FIXTURE, tempDir } from '../../helpers/cli';
import { rawRequest, type RawRequest } from './raw-http';

const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'";
const INDEX = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}" />
<script type="module" crossorigin src="./assets/app.js"></script></head><body><div id="root"></div></body></html>`;

/** A stand-in for out/renderer, with a secret beside it that no path may reach. */
function fakeRenderer(): string {
  const root = tempDir('presskit-web-');
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");\n');
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
  return rendererDir;
}

const APP_ICON = join(import.meta.dirname, '../../../assets/icons/icon.png');
const LIMIT = 4096;
let server: StudioServer;
let small: StudioServer;

beforeAll(async () => {
  const rendererDir = fakeRenderer();
  server = await createStudioServer({ dataDir: tempDir(), rendererDir });
  small = await createStudioServer({ dataDir: tempDir(), rendererDir, maxBodyBytes: LIMIT });
});
afterAll(async () => {
  await Promise.all([server.close(), small.close()]);
});

const withToken = (path: string) => `${path}${path.includes('?') ? '&' : '?'}token=${server.token}`;
const get = (path: string, headers: Record<string, string> = {}) => rawRequest(server.port, { path, headers });
/** An API call as the studio's own page makes it: its origin, the token in its header, a JSON body. */
const call = (channel: string, payload: unknown, options: Partial<RawRequest> = {}) =>
  rawRequest(server.port, {
    method: 'POST',
    path: `/api/${channel}`,
    body: encodeWire(payload),
    ...options,
    headers: { 'Content-Type': 'application/json', 'X-PressKit-Token': server.token, Origin: server.origin, ...options.headers },
  });
const FIXTURE_IMPORT = () => ({ files: [{ name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync(FIXTURE)) }] });
const listed = async (target: StudioServer = server) =>
  decodeWire((await rawRequest(target.port, { method: 'POST', path: '/api/releases.list', body: '{}', headers: { 'Content-Type': 'application/json', 'X-PressKit-Token': target.token, Origin: target.origin } })).body);

describe('the test server: where it listens', () => {
  it('binds 127.0.0.1 only, on the port it picked, and prints a URL carrying the token', () => {
    expect(server.address()).toMatchObject({ address: '127.0.0.1', port: server.port });
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(small.token).not.toBe(server.token);
  });
});

describe('the token', () => {
  it('lets in the page with the token in its URL, sets no cookie, and hands the token to the bridge in the page', async () => {
    const page = await get(withToken('/'));
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.body).toContain(`<meta name="presskit-token" content="${server.token}" />`);
  });

  it('serves the page’s files, which hold no data, without it', async () => {
    for (const path of ['/assets/app.js', '/presskit-web-bridge.js', '/favicon.ico']) {
      const file = await get(path);
      expect(file.status, path).toBe(200);
      expect(file.headers['set-cookie'], path).toBeUndefined();
    }
  });

  it('refuses the page without it, with a wrong one, or with it anywhere but the URL', async () => {
    const wrong = `${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await get('/')).status).toBe(403);
    expect((await get('/index.html')).status).toBe(403);
    expect((await get(`/?token=${wrong}`)).status).toBe(403);
    expect((await get('/?token=short')).status).toBe(403);
    expect((await get('/?token=')).status).toBe(403);
    expect((await get(`/?token=${server.token}${server.token}`)).status).toBe(403);
    expect((await get('/', { 'X-PressKit-Token': server.token })).status).toBe(403);
    const refused = await get('/', { Cookie: `presskit_token_${server.port}=${server.token}` });
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain(server.token);
  });

  it('refuses an API call unless the token is in its header: not in the URL, not in a cookie', async () => {
    const wrong = `${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`;
    const withoutHeader = { 'X-PressKit-Token': '' };
    for (const options of [
      { headers: { 'X-PressKit-Token': wrong } },
      { headers: withoutHeader },
      { path: withToken('/api/releases.import'), headers: withoutHeader },
      { headers: { ...withoutHeader, Cookie: `presskit_token_${server.port}=${server.token}` } },
    ]) {
      const api = await call('releases.import', FIXTURE_IMPORT(), options);
      expect(api.status, JSON.stringify(options)).toBe(403);
      expect(decodeWire(api.body)).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'web.token' } });
    }
    expect(await listed()).toEqual({ ok: true, value: [] });
  });
});

describe('calls from elsewhere', () => {
  it('refuses an API call from another origin, another port of 127.0.0.1 included, or from none', async () => {
    for (const origin of [`http://127.0.0.1:${server.port + 1}`, `http://localhost:${server.port}`, 'null', 'https://attacker.example', `https://127.0.0.1:${server.port}`, '']) {
      const api = await call('releases.import', FIXTURE_IMPORT(), { headers: { Origin: origin } });
      expect(api.status, origin).toBe(403);
      expect(decodeWire(api.body), origin).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'web.origin', params: { origin: server.origin } } });
    }
    const { Origin: _omitted, ...withoutOrigin } = { 'Content-Type': 'application/json', 'X-PressKit-Token': server.token, Origin: '' };
    expect((await rawRequest(server.port, { method: 'POST', path: '/api/releases.list', body: '{}', headers: withoutOrigin })).status).toBe(403);
    // Under the name localhost, the page's origin is http://localhost:PORT.
    expect((await call('releases.list', {}, { headers: { Host: `localhost:${server.port}`, Origin: `http://localhost:${server.port}` } })).status).toBe(200);
    expect(await listed()).toEqual({ ok: true, value: [] });
  });

  it('refuses whatever a browser says comes from another site, another port of 127.0.0.1 included', async () => {
    for (const site of ['same-site', 'cross-site', 'bogus']) {
      const api = await call('releases.import', FIXTURE_IMPORT(), { headers: { 'Sec-Fetch-Site': site } });
      expect(api.status, site).toBe(403);
      expect(decodeWire(api.body), site).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'web.site' } });
      expect((await get(withToken('/'), { 'Sec-Fetch-Site': site })).status, site).toBe(403);
      expect((await get('/assets/app.js', { 'Sec-Fetch-Site': site })).status, site).toBe(403);
    }
    expect((await call('releases.list', {}, { headers: { 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(200);
    expect((await get(withToken('/'), { 'Sec-Fetch-Site': 'none' })).status).toBe(200);
    expect(await listed()).toEqual({ ok: true, value: [] });
  });

  it('refuses an API body that is not application/json, as a form or a no-cors fetch sends it', async () => {
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', '']) {
      const api = await call('releases.import', FIXTURE_IMPORT(), { headers: { 'Content-Type': type } });
      expect(api.status, type).toBe(415);
      expect(decodeWire(api.body), type).toMatchObject({ ok: false, error: { kind: 'bad-input', code: 'web.contentType' } });
    }
    expect((await call('releases.list', {}, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })).status).toBe(200);
    expect(await listed()).toEqual({ ok: true, value: [] });
  });

  it('stores nothing for a no-cors POST that carries the page’s old cookie, as a page on another port sent it', async () => {
    const noCors = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/releases.import',
      body: encodeWire(FIXTURE_IMPORT()),
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', Cookie: `presskit_token_${server.port}=${server.token}`, Origin: `http://127.0.0.1:${server.port + 1}`, 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'no-cors' },
    });
    expect(noCors.status).toBe(403);
    expect(await listed()).toEqual({ ok: true, value: [] });
  });

  it('grants no CORS preflight and allows no other origin anywhere', async () => {
    const preflight = await rawRequest(server.port, {
      method: 'OPTIONS',
      path: '/api/releases.import',
      headers: { Origin: `http://127.0.0.1:${server.port + 1}`, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, x-presskit-token' },
    });
    expect(preflight.status).toBe(405);
    for (const response of [preflight, await get(withToken('/')), await get('/assets/app.js'), await call('releases.list', {})]) {
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
    }
  });

  it('words each refusal in English and French: the code in the envelope, both sentences in text', async () => {
    const api = decodeWire((await call('releases.list', {}, { headers: { 'X-PressKit-Token': 'x' } })).body);
    expect(api).toEqual({ ok: false, error: { kind: 'forbidden', code: 'web.token', message: 'This request does not carry the server’s token: open the address that studio:web printed.' } });
    expect((await get('/')).body).toBe(
      'This request does not carry the server’s token: open the address that studio:web printed.\nCette requête ne porte pas le jeton du serveur\u00a0: ouvrez l’adresse affichée par studio:web.\n',
    );
  });
});

describe('the icon', () => {
  it('answers /favicon.ico with the app’s icon, so no page load logs a 404', async () => {
    const icon = await get('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toBe('image/png');
    expect(icon.bytes).toEqual(readFileSync(APP_ICON));
  });
});

describe('the Host check', () => {
  it('answers only to 127.0.0.1:PORT and localhost:PORT', async () => {
    expect((await get(withToken('/'), { Host: `localhost:${server.port}` })).status).toBe(200);
    for (const host of ['attacker.example', `attacker.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1', `[::1]:${server.port}`, `0.0.0.0:${server.port}`]) {
      const response = await get(withToken('/'), { Host: host });
      expect(response.status, host).toBe(403);
      expect(response.body).not.toContain('root');
    }
  });
});

describe('static files', () => {
  it('serves index.html with the token and the bridge before the app’s module script, and the page’s CSP as a header', async () => {
    const page = await get(withToken('/'));
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    const bridge = page.body.indexOf('<script src="/presskit-web-bridge.js"></script>');
    expect(bridge).toBeGreaterThan(page.body.indexOf(`<meta name="presskit-token" content="${server.token}" />`));
    expect(page.body.indexOf(`<meta name="presskit-token"`)).toBeGreaterThan(page.body.indexOf(CSP));
    expect(bridge).toBeLessThan(page.body.indexOf('<script type="module"'));
    expect((await get(withToken('/index.html'))).body).toBe(page.body);
  });

  it('serves the bundled bridge as JavaScript', async () => {
    const bridge = await get('/presskit-web-bridge.js');
    expect(bridge.status).toBe(200);
    expect(bridge.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(bridge.body).toContain('/api/');
    expect(bridge.body).toContain('presskit');
  });

  it('refuses every path that leaves the renderer folder', async () => {
    const paths = ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets%00/app.js', '/%E0%A4%A'];
    for (const path of [...paths, ...paths.map(withToken)]) {
      const response = await get(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body, path).not.toContain('SECRET');
    }
    expect((await get(withToken('//secret.txt'))).status).toBe(400);
    expect((await get(withToken('/missing.js'))).status).toBe(404);
    expect((await get(withToken('/assets'))).status).toBe(404);
  });

  it('answers GET only for files and POST only for the API', async () => {
    const put = await rawRequest(server.port, { method: 'PUT', path: withToken('/index.html'), body: 'x' });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET');
    const apiGet = await get(withToken('/api/releases.list'));
    expect(apiGet.status).toBe(405);
    expect(apiGet.headers.allow).toBe('POST');
  });
});

describe('the API over HTTP', () => {
  it('carries bytes to the real handlers and back', async () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    const imported = await call('releases.import', { files: [{ name: 'communique-cp124-2019.fr.md', bytes }] });
    expect(imported.status).toBe(200);
    expect(decodeWire(imported.body)).toMatchObject({ ok: true, value: { refs: ['CP124-2019'] } });
    const listed = decodeWire((await call('releases.list', {})).body);
    expect(listed).toMatchObject({ ok: true, value: [{ ref: 'CP124-2019', language: 'fr' }] });
    const exported = decodeWire((await call('bundle.export', {})).body) as { ok: true; value: { bytes: Uint8Array } };
    expect(exported.value.bytes).toBeInstanceOf(Uint8Array);
    expect(exported.value.bytes.length).toBeGreaterThan(0);
  });

  it('validates every payload through dispatch and answers with its error envelope', async () => {
    const invalid = await call('releases.get', { ref: 42 });
    expect(invalid.status).toBe(200);
    expect(decodeWire(invalid.body)).toMatchObject({ ok: false, error: { kind: 'bad-input', code: 'request.invalid', params: { fields: 'ref' }, message: expect.stringContaining('PressKit Studio refused values') } });
    expect(decodeWire((await call('releases.import', { files: [{ name: 'a.md', bytes: 'not bytes' }] })).body)).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
    expect(decodeWire((await call('fs.readFile', {})).body)).toMatchObject({ ok: false, error: { kind: 'usage' } });
    expect(decodeWire((await call('releases.get', { ref: 'CP9-1999' })).body)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await call('releases.list', {}, { body: '{"query":' });
    expect(response.status).toBe(400);
    expect(decodeWire(response.body)).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
  });
});

describe('the body limit', () => {
  const post = (body: string | string[], headers: Record<string, string> = {}) =>
    rawRequest(small.port, { method: 'POST', path: '/api/releases.list', body, headers: { 'Content-Type': 'application/json', 'X-PressKit-Token': small.token, Origin: small.origin, ...headers } });

  it('accepts a body up to the limit', async () => {
    const body = encodeWire({ query: 'x'.repeat(150) });
    expect(decodeWire((await post(body)).body)).toMatchObject({ ok: true });
    expect(decodeWire((await post(body.padEnd(LIMIT, ' '))).body)).toMatchObject({ ok: true });
  });

  it('answers 413 to a body declared larger than the limit', async () => {
    const response = await post('{}', { 'Content-Length': String(LIMIT + 1) });
    expect(response.status).toBe(413);
    expect(decodeWire(response.body)).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });

  it('answers 413 to a streamed body that grows past the limit', async () => {
    const response = await post(Array.from({ length: 8 }, () => ' '.repeat(1024)));
    expect(response.status).toBe(413);
    expect(decodeWire(response.body)).toMatchObject({ ok: false, error: { kind: 'too-large', message: expect.stringContaining(String(LIMIT)) } });
  });
});
