import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../src/host/static-files';

describe('static files: a request path never leaves the renderer directory', () => {
  const root = '/srv/renderer';

  it('maps / to index.html and plain paths inside the root', () => {
    expect(resolveInside(root, '/')).toBe('/srv/renderer/index.html');
    expect(resolveInside(root, '/assets/app.js')).toBe('/srv/renderer/assets/app.js');
  });

  it.each([
    '/../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/..%2fetc/passwd',
    '/a/../../x',
    '/a/../b.css',
    '/x%00.html',
    '/..\\x',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveInside(root, path)).toBeNull();
  });

  it('refuses a sibling directory that shares the prefix', () => {
    expect(resolveInside(root, '/../renderer-secrets/key.pem')).toBeNull();
  });
});
