/** Keeps the window on the app: no navigation away, no new windows, no webviews. */
import type { WebContents } from 'electron';
import type { Logger } from '../core/log/logger';
import { isAppUrl } from './app-origin';

/** Denies every navigation outside the app's origin and every new window; logs the scheme only (URLs may carry data). */
export function guardNavigation(contents: WebContents, logger: Logger): void {
  const refuse = (kind: string) => (event: { preventDefault(): void }, url: string) => {
    if (kind !== 'webview' && isAppUrl(url)) return;
    event.preventDefault();
    logger.log('warn', 'main.navigation.denied', { kind, scheme: schemeOf(url) });
  };
  contents.on('will-navigate', refuse('navigate'));
  contents.on('will-redirect', refuse('redirect'));
  contents.on('will-frame-navigate', refuse('frame'));
  contents.on('will-attach-webview', refuse('webview'));
  contents.setWindowOpenHandler(({ url }) => {
    logger.log('warn', 'main.navigation.denied', { kind: 'window', scheme: schemeOf(url) });
    return { action: 'deny' };
  });
}

function schemeOf(url: unknown): string {
  try {
    return new URL(String(url)).protocol;
  } catch {
    return 'invalid';
  }
}
