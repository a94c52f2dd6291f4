/** Serving the built renderer on app://presskit/ (see origin.ts for why not file:). */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { contentTypeFor } from '../api/renderer-files';
import { APP_SCHEME, rendererFileFor } from './origin';

/** Must run before the app is ready: a standard, secure scheme gets a real origin and fetch. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Answers app:// requests with files of `rootDir` only, each carrying the CSP header. */
export function serveRenderer(rootDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' || request.method === 'HEAD' ? rendererFileFor(request.url, rootDir) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
