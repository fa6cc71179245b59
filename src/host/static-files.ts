/** Serves the renderer's built files from one directory (or a placeholder page), never anything outside it. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.ico': 'image/x-icon',
};

/** Shown until the screens exist: says what is running and where the screens will come from. */
export const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Kiosk</title></head>
<body style="font: 32px sans-serif; margin: 2em">
<h1>采集一体机服务已启动</h1><p>界面尚未构建。The kiosk host is running; the screens are not built yet.</p>
</body></html>
`;

function reply(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/** Resolves a request path inside `root`; null for any `..` segment, backslash or NUL (browsers never send them). */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..'))
    return null;
  const full = join(root, normalize(decoded === '/' ? '/index.html' : decoded));
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

/** Answers a GET or HEAD for a static file; `staticDir` null serves the placeholder page. */
export async function serveStatic(
  staticDir: string | null,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return reply(response, 405, 'text/plain', 'Method not allowed\n');
  const path = new URL(request.url ?? '/', 'http://host').pathname;
  if (!staticDir) {
    return path === '/'
      ? reply(response, 200, CONTENT_TYPES['.html'] ?? '', PLACEHOLDER_PAGE)
      : reply(response, 404, 'text/plain', 'Not found\n');
  }
  const file = resolveInside(staticDir, path);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) return reply(response, 404, 'text/plain', 'Not found\n');
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
  });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}
