/**
 * Serves the renderer from app://parallax/ so the page has a stable, secure origin for
 * IndexedDB and nothing is ever loaded from the network.
 */
import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/security';

export const APP_SCHEME = 'app';
export const APP_URL = `${APP_SCHEME}://parallax/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const filePath = path.resolve(rendererDir, '.' + decodeURIComponent(url.pathname));
    if (url.host !== 'parallax' || !filePath.startsWith(rendererDir + path.sep)) {
      return new Response('Forbidden', { status: 403 });
    }
    const response = await net.fetch(pathToFileURL(filePath).toString());
    const headers = new Headers(response.headers);
    // WebAssembly is only compiled from responses that say what they are.
    if (filePath.endsWith('.wasm')) headers.set('Content-Type', 'application/wasm');
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
