import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { StudioServer } from '../../main/web/server';
import { FIXTURE, tempDir } from '../helpers/cli';
import { openStudio, startServer, type StudioSession } from './helpers';

const REF = 'CP124-2019';

let session: StudioSession | undefined;
let server: StudioServer | undefined;
afterEach(async () => {
  await session?.close();
  await server?.close();
  session = undefined;
  server = undefined;
});

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('the studio in Chromium, over the browser test transport', () => {
  it('lists the demo communiqué', async () => {
    session = await openStudio({ demo: true });
    await session.page.getByText(REF).first().waitFor();
    await session.screenshot('archive-demo');
  });

  it('shows an empty archive as empty', async () => {
    session = await openStudio();
    const { page } = session;
    expect((await page.locator('#root').innerText()).trim()).not.toBe('');
    expect(await page.getByText(REF).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await session.screenshot('archive-empty');
  });

  it('imports a communiqué through window.presskit over HTTP and lists it after a reload', async () => {
    session = await openStudio();
    const { page } = session;
    const fixture = { name: 'communique-cp124-2019.fr.md', base64: readFileSync(FIXTURE).toString('base64') };
    const result = await page.evaluate(async ({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      return window.presskit.releases.import({ files: [{ name, bytes }] });
    }, fixture);
    expect(result).toMatchObject({ refs: [REF] });
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText(REF).first().waitFor();
    await session.screenshot('archive-after-import');
  });

  it('gives the page the same window.presskit as the preload: frozen, bytes both ways, errors with their kind', async () => {
    session = await openStudio({ demo: true });
    const seen = await session.page.evaluate(async () => {
      const presskit = window.presskit as unknown as Record<string, unknown>;
      const replaced = Reflect.set(window, 'presskit', {});
      const exported = await window.presskit.bundle.export({});
      const failure = await window.presskit.releases.get({ ref: 'CP9-1999' }).catch((error: Error & { kind?: string }) => ({ kind: error.kind, message: error.message }));
      return {
        frozen: Object.isFrozen(presskit) && Object.isFrozen(presskit.releases),
        replaced,
        exported: { isBytes: exported.bytes instanceof Uint8Array, size: exported.bytes.length, releases: exported.counts.releases },
        failure,
      };
    });
    expect(seen).toMatchObject({ frozen: true, replaced: false, exported: { isBytes: true, releases: 1 }, failure: { kind: 'not-found' } });
    expect(seen.exported.size).toBeGreaterThan(0);
  });

  it('refuses the page and the API to requests that do not carry the token, and serves the page’s files, which hold none', async () => {
    server = await startServer({ dataDir: tempDir() });
    expect((await fetch(`${server.origin}/`)).status).toBe(403);
    const bridge = await fetch(`${server.origin}/presskit-web-bridge.js`);
    expect(bridge.status).toBe(200);
    expect(await bridge.text()).not.toContain(server.token);
    const api = await fetch(`${server.origin}/api/releases.list`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.origin }, body: '{}' });
    expect(api.status).toBe(403);
    expect(await api.json()).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('is bound to 127.0.0.1 and unreachable on the machine’s other addresses', async () => {
    server = await startServer({ dataDir: tempDir() });
    expect(server.address().address).toBe('127.0.0.1');
    expect(await accepts('127.0.0.1', server.port)).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((info) => info !== undefined && !info.internal && !info.address.startsWith('fe80:'))
      .map((info) => info!.address);
    for (const address of [...others, '127.0.0.2', '::1']) expect(await accepts(address, server.port), address).toBe(false);
  });
});
