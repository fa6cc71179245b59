/**
 * Hands camera frames to the kiosk on the camera's clock (FRAME_INTERVAL_MS): on each tick a frame
 * is grabbed and submitted, unless the previous grab is still being encoded or sent (then the tick
 * is skipped, never queued). It sets no rate of its own: the kiosk answers at once and keeps only
 * the latest frame while the engine is busy.
 */

/** What became of the ticks so far (the pump's tests read it). */
interface FramePumpCounts {
  readonly submitted: number;
  /** Ticks skipped because the previous grab was still being encoded or sent. */
  readonly dropped: number;
  readonly failed: number;
}

/** The pump: call `tick` every FRAME_INTERVAL_MS. */
export interface FramePump {
  tick(): void;
  counts(): FramePumpCounts;
  /** Resolves when the frame in flight (if any) has been answered. */
  idle(): Promise<void>;
}

/** Grabs the current frame (null when the camera has none yet) and submits it. */
export interface FrameSink<F> {
  grab(): Promise<F | null>;
  submit(frame: F): Promise<boolean>;
}

/** Makes a pump over a frame source and the engine's submit. */
export function createFramePump<F>(sink: FrameSink<F>): FramePump {
  let inFlight: Promise<void> | null = null;
  let submitted = 0;
  let dropped = 0;
  let failed = 0;

  async function send(): Promise<void> {
    try {
      const frame = await sink.grab();
      if (frame === null) return;
      submitted += 1;
      if (!(await sink.submit(frame))) failed += 1;
    } catch {
      failed += 1;
    }
  }

  return {
    tick() {
      if (inFlight) {
        dropped += 1;
        return;
      }
      inFlight = send().finally(() => {
        inFlight = null;
      });
    },
    counts: () => ({ submitted, dropped, failed }),
    idle: () => inFlight ?? Promise.resolve(),
  };
}
