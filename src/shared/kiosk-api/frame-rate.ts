/**
 * The one decision about frame rate: the camera offers the engine a frame every FRAME_INTERVAL_MS
 * (15 per second), about what the engine analyses on the reference machine (docs/performance.md).
 * Everything else consumes it: the renderer's pump ticks at it, the demo and the benches send at
 * it, and the kiosk side adds no rate of its own; the capture session's frame gate only keeps the
 * latest frame while the engine is busy, so a slower engine sees fewer frames, never older ones.
 */

/** Milliseconds between two camera frames offered to the engine. */
export const FRAME_INTERVAL_MS = 66;

/** Camera frames offered to the engine per second (about 15). */
export const CAMERA_FPS = 1000 / FRAME_INTERVAL_MS;
