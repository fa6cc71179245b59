/** The Content-Security-Policy every app response carries: nothing but the app's own files. */
import { APP_ORIGIN } from './app-origin';

/**
 * No remote code, no eval, no plugins, no framing; the camera preview needs blob:/mediastream:
 * and the card photo arrives as a data: or blob: image. Inline styles only, never inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  `default-src 'none'`,
  `script-src ${APP_ORIGIN}`,
  `style-src ${APP_ORIGIN} 'unsafe-inline'`,
  `img-src ${APP_ORIGIN} data: blob:`,
  `media-src ${APP_ORIGIN} blob: mediastream:`,
  `font-src ${APP_ORIGIN}`,
  `connect-src ${APP_ORIGIN}`,
  `object-src 'none'`,
  `base-uri 'none'`,
  `form-action 'none'`,
  `frame-ancestors 'none'`,
].join('; ');
