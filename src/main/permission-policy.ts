/** Electron grants every permission by default; the kiosk grants the camera to its own origin and nothing else. */
import type { Session } from 'electron';
import { isAppUrl } from './app-origin';

/** Whether a permission may be granted: 'media' (video only) from the app's origin. */
export function isPermissionAllowed(
  permission: string,
  origin: string | null | undefined,
  mediaTypes: readonly string[] = ['video'],
): boolean {
  if (permission !== 'media' || !isAppUrl(origin)) return false;
  // The kiosk has no use for a microphone: an audio request is refused even from the app.
  return mediaTypes.every((type) => type === 'video');
}

/** Installs the request and check handlers (both are needed: checks and requests are separate paths). */
export function setupPermissions(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(
      isPermissionAllowed(
        permission,
        details.requestingUrl ?? contents.getURL(),
        details.mediaTypes ?? ['video'],
      ),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  // No USB, HID or serial device is ever handed to web content: hardware belongs to core.
  session.setDevicePermissionHandler(() => false);
}
