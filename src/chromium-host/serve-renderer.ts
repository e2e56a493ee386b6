/**
 * Serves the built renderer to the page through Playwright's request interception: no network
 * port is opened, and every request that is not for the app's own files is refused.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Route } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../shared/security';

export const APP_ORIGIN = 'https://parallax.invalid';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

export function createRendererRoute(rendererDir: string) {
  return async (route: Route): Promise<void> => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      await route.abort('blockedbyclient');
      return;
    }
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const filePath = path.resolve(rendererDir, '.' + relative);
    if (!filePath.startsWith(rendererDir + path.sep)) {
      await route.fulfill({ status: 403, body: 'Forbidden' });
      return;
    }
    try {
      const body = await readFile(filePath);
      await route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': MIME_TYPES[path.extname(filePath)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        },
      });
    } catch {
      await route.fulfill({ status: 404, body: 'Not found' });
    }
  };
}
