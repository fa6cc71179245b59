/** Serves the built renderer on kiosk://app/ with a strict CSP; nothing outside its folder is reachable. */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME, isAppUrl } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

/** Registers the scheme as standard and secure; must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

const headers = (contentType: string) => ({
  'content-type': contentType,
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
});

/** Answers one app request from `rendererDir`: 404 outside it or when missing, never a directory listing. */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  if (!isAppUrl(request.url))
    return new Response('Not found', { status: 404, headers: headers('text/plain') });
  const root = resolve(rendererDir);
  // URL parsing already resolved '..' segments; decoding may reintroduce them, hence the prefix check.
  const pathname = decodeURIComponent(new URL(request.url).pathname);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (!file.startsWith(root + sep))
    return new Response('Not found', { status: 404, headers: headers('text/plain') });
  try {
    const body = await readFile(file);
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    return new Response(body, { status: 200, headers: headers(type) });
  } catch {
    return new Response('Not found', { status: 404, headers: headers('text/plain') });
  }
}

/** Installs the handler of the app scheme; call once the app is ready. */
export function setupAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
}
