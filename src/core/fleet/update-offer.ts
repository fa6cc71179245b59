// An update offer as the kiosk hands it to the shell: what the fleet signed, and a way to wait for
// a moment with no session, since an update restarts the app and must never cut a capture short.
import type { SignedUpdate } from '../../shared/fleet/heartbeat-schema';

/** Whether a session runs now, and a promise for the next moment none does. */
export interface IdleGate {
  isIdle(): boolean;
  nextIdle(): Promise<void>;
}

/** Receives an update the fleet offered, after its fleet signature checked out. */
export type UpdateOfferHandler = (offer: SignedUpdate['payload'], idle: IdleGate) => void;

/** An idle gate over the session's idle signal (`subscribeIdle` calls back each time the session ends). */
export function idleGate(
  isIdle: () => boolean,
  subscribeIdle: (listener: () => void) => () => void,
): IdleGate {
  return {
    isIdle,
    nextIdle: () =>
      isIdle()
        ? Promise.resolve()
        : new Promise((resolve) => {
            const stop = subscribeIdle(() => {
              stop();
              resolve();
            });
          }),
  };
}
