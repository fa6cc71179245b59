import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Menu, protocol, resetElectronMock, windows } from '../../support/electron-mock';
import { APP_ENTRY_URL } from '../../../src/main/app-origin';
import {
  registerAppScheme,
  serveAppRequest,
  setupAppProtocol,
} from '../../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/content-security';
import { createKioskWindow, kioskWindowOptions } from '../../../src/main/kiosk-window';

vi.mock('electron', () => import('../../support/electron-mock'));

describe('kiosk window', () => {
  beforeEach(resetElectronMock);

  it('is a fullscreen kiosk with an isolated, sandboxed renderer without Node and with web security', () => {
    const options = kioskWindowOptions('/app/preload.cjs', true);
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, show: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('keeps developer tools only outside production', () => {
    expect(kioskWindowOptions('/p', false).webPreferences?.devTools).toBe(true);
  });

  it('removes every menu, loads the app from kiosk://app/ and shows itself once ready', () => {
    createKioskWindow('/p', true);
    const [window] = windows;
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(window?.setMenu).toHaveBeenCalledWith(null);
    expect(window?.loaded).toEqual([APP_ENTRY_URL]);
    expect(window?.show).not.toHaveBeenCalled();
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalled();
  });

  it('closes developer tools opened in production anyway', () => {
    createKioskWindow('/p', true);
    windows[0]?.webContents.emit('devtools-opened');
    expect(windows[0]?.webContents.closeDevTools).toHaveBeenCalled();
  });
});

describe('app protocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-renderer-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(resetElectronMock);

  it('registers kiosk: as a standard, secure scheme before ready, and handles it once ready', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      { scheme: 'kiosk', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    setupAppProtocol(renderer);
    expect(protocol.handlers.has('kiosk')).toBe(true);
  });

  it('serves the app with the strict CSP, nosniff and the right content type', async () => {
    const response = await serveAppRequest(renderer, new Request('kiosk://app/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>kiosk</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await serveAppRequest(renderer, new Request('kiosk://app/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'kiosk://app/%2e%2e/secret.txt',
    'kiosk://app/..%2fsecret.txt',
    'kiosk://app/missing.js',
    'kiosk://other/index.html',
  ])('answers 404 to %s (outside the folder, missing, or another host)', async (url) => {
    const response = await serveAppRequest(renderer, new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside');
  });

  it('has a CSP that allows no remote code, no eval, no plugins and no framing', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]),
    );
    expect(directives.get('default-src')).toBe(`default-src 'none'`);
    expect(directives.get('script-src')).toBe('script-src kiosk://app');
    expect(directives.get('object-src')).toBe(`object-src 'none'`);
    expect(directives.get('frame-ancestors')).toBe(`frame-ancestors 'none'`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
