/** Where the kiosk app lives: a privileged custom scheme, so the renderer never runs from file://. */

/** The scheme the renderer is served from. */
export const APP_SCHEME = 'kiosk';

/** The app's one origin; every permission, navigation and IPC check compares against it. */
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** The page the kiosk window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Whether a URL belongs to the app's own origin; unparsable URLs never do. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}
