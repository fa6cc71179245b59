import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MockWebContents, defaultSession, resetElectronMock } from '../../support/electron-mock';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { guardNavigation } from '../../../src/main/navigation-guard';
import { isPermissionAllowed, setupPermissions } from '../../../src/main/permission-policy';
import type { Session, WebContents } from 'electron';

vi.mock('electron', () => import('../../support/electron-mock'));

const navigationEvent = () => ({ preventDefault: vi.fn() });

describe('navigation guard', () => {
  let contents: MockWebContents;
  const logger = createMemoryLogger();
  beforeEach(() => {
    resetElectronMock();
    contents = new MockWebContents();
    guardNavigation(contents as unknown as WebContents, logger);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    '%s away from the app is prevented',
    (name) => {
      const event = navigationEvent();
      contents.emit(name, event, 'https://evil.example/phish?id=110105');
      expect(event.preventDefault).toHaveBeenCalled();
      expect(JSON.stringify(logger.lines.at(-1))).not.toContain('110105');
    },
  );

  it('lets the app move between its own pages', () => {
    const event = navigationEvent();
    contents.emit('will-navigate', event, 'kiosk://app/console.html');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each(['file:///etc/passwd', 'kiosk://other/index.html', 'javascript:alert(1)'])(
    'refuses navigation to %s',
    (url) => {
      const event = navigationEvent();
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    },
  );

  it('denies every new window, even one on the app origin', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'kiosk://app/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('refuses to attach a webview', () => {
    const event = navigationEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('permission policy', () => {
  beforeEach(() => {
    resetElectronMock();
    setupPermissions(defaultSession as unknown as Session);
  });

  const request = (permission: string, requestingUrl: string, mediaTypes?: string[]) =>
    new Promise<boolean>((resolve) =>
      defaultSession.requestHandler?.(new MockWebContents(), permission, resolve, {
        requestingUrl,
        mediaTypes,
      }),
    );

  it('grants the camera to the app origin', async () => {
    await expect(request('media', 'kiosk://app/index.html', ['video'])).resolves.toBe(true);
  });

  it.each([
    ['media', 'https://evil.example/', ['video']],
    ['media', 'file:///index.html', ['video']],
    ['media', 'kiosk://app/index.html', ['audio']],
    ['media', 'kiosk://app/index.html', ['video', 'audio']],
    ['geolocation', 'kiosk://app/index.html', undefined],
    ['notifications', 'kiosk://app/index.html', undefined],
    ['clipboard-read', 'kiosk://app/index.html', undefined],
    ['openExternal', 'kiosk://app/index.html', undefined],
  ])('refuses %s to %s (%j)', async (permission, url, mediaTypes) => {
    await expect(request(permission, url, mediaTypes)).resolves.toBe(false);
  });

  it('answers permission checks the same way', () => {
    expect(defaultSession.checkHandler?.(null, 'media', 'kiosk://app', {})).toBe(true);
    expect(defaultSession.checkHandler?.(null, 'media', 'https://evil.example', {})).toBe(false);
    expect(defaultSession.checkHandler?.(null, 'hid', 'kiosk://app', {})).toBe(false);
  });

  it('never hands a USB, HID or serial device to web content', () => {
    expect(defaultSession.deviceHandler?.({ origin: 'kiosk://app' })).toBe(false);
  });

  it('treats a missing origin as foreign', () => {
    expect(isPermissionAllowed('media', null)).toBe(false);
    expect(isPermissionAllowed('media', 'not a url')).toBe(false);
  });
});
