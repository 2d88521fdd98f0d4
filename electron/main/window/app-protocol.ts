// Serves the built window from app://media-uploader/ rather than file://, as Electron's security
// checklist advises: file:// pages get extra privileges and share one origin with every file.

import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './content-policy.ts';
import { rendererFile } from './renderer-files.ts';

/**
 * Must run before the app is ready. `standard` gives the pages an origin and relative URLs,
 * `secure` counts them as a secure context (clipboard), and `supportFetchAPI` lets Chromium
 * fetch from the scheme, which the window's `<script type="module" crossorigin>` does.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(root: string): void {
  // Files are read here rather than through net.fetch so every answer carries the CSP header.
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404 });
    const file = await rendererFile(root, url.pathname);
    return new Response(file.body, { status: file.status, headers: file.headers });
  });
}
