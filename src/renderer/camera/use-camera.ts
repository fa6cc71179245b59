/** Runs the camera while a screen needs it and pumps its frames to the engine, one in flight. */
import { useEffect, useState } from 'preact/hooks';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import { openCamera, type CameraChoice } from './camera-feed';
import { createFramePump } from './frame-pump';
import { FRAME_INTERVAL_MS } from '../../shared/kiosk-api/frame-rate';

/** The camera as a screen sees it. */
export type CameraState =
  | { readonly kind: 'off' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'on'; readonly stream: MediaStream }
  | { readonly kind: 'failed' };

/**
 * Opens the camera while `active`; when `api` is given, frames go to `frame.submit`.
 * Stops the tracks as soon as the screen no longer needs them.
 */
export function useCamera(
  active: boolean,
  choice: CameraChoice,
  api: KioskApi | null,
): CameraState {
  const [state, setState] = useState<CameraState>({ kind: 'off' });
  const { deviceId, width, height } = choice;
  useEffect(() => {
    if (!active) return setState({ kind: 'off' });
    let stopped = false;
    let cleanup = () => {};
    setState({ kind: 'starting' });
    openCamera({ deviceId, width, height }).then(
      (feed) => {
        if (stopped) return feed.close();
        setState({ kind: 'on', stream: feed.stream });
        if (!api) return void (cleanup = () => feed.close());
        const pump = createFramePump({
          grab: () => feed.grab(),
          submit: async (frame) => (await api['frame.submit'](frame)).ok,
        });
        const timer = setInterval(() => pump.tick(), FRAME_INTERVAL_MS);
        cleanup = () => {
          clearInterval(timer);
          feed.close();
        };
      },
      () => !stopped && setState({ kind: 'failed' }),
    );
    return () => {
      stopped = true;
      cleanup();
    };
  }, [active, deviceId, width, height, api]);
  return state;
}
