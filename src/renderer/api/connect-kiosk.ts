/**
 * The one way the screens reach the device: `window.kiosk` when the Electron preload provides it,
 * otherwise the browser host's WebSocket, authenticated with the launch token from the URL fragment.
 */
import { createKioskClient } from '../../shared/kiosk-api/kiosk-client';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    readonly kiosk?: KioskApi;
  }
}

/** Why the screens could not reach the device. */
type ConnectFailure = 'no-token' | 'refused' | 'unreachable';

/** A live connection, or why there is none. */
export type Connection =
  | { readonly ok: true; readonly api: KioskApi; readonly closed: Promise<void> }
  | { readonly ok: false; readonly failure: ConnectFailure };

const TOKEN_KEY = 'kiosk.token';

/** Reads the launch token from the fragment once, then keeps it for reloads and removes it from the address bar. */
function launchToken(): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Connects to the KioskApi; `onBug` hears about messages that break the contract. */
export async function connectKiosk(onBug: (error: unknown) => void): Promise<Connection> {
  if (window.kiosk) return { ok: true, api: window.kiosk, closed: new Promise<void>(() => {}) };
  const token = launchToken();
  if (!token) return { ok: false, failure: 'no-token' };
  const socket = new WebSocket(`ws://${location.host}/api`);
  socket.binaryType = 'arraybuffer';
  const client = createKioskClient({ send: (data) => socket.send(data) }, onBug);
  const closed = new Promise<void>((resolve) =>
    socket.addEventListener('close', () => {
      client.closed();
      resolve();
    }),
  );
  socket.addEventListener('message', (message) => {
    if (typeof message.data === 'string') client.receive(message.data);
  });
  const opened = await new Promise<boolean>((resolve) => {
    socket.addEventListener('open', () => resolve(true), { once: true });
    socket.addEventListener('error', () => resolve(false), { once: true });
  });
  if (!opened) return { ok: false, failure: 'unreachable' };
  // Older clients resolve hello with nothing; only an explicit false means refused.
  const welcomed: unknown = await Promise.race([client.hello(token), closed.then(() => false)]);
  if (welcomed === false) return { ok: false, failure: 'refused' };
  return { ok: true, api: client.api, closed };
}
