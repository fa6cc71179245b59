/** A camera frame handed from the renderer to the capture session. */
import { z } from 'zod';

/** The largest frame side accepted; the renderer downscales before sending. */
const MAX_FRAME_SIDE = 1920;

/** The largest frame payload accepted, in bytes (1280x720 RGBA is 3.7 MB). */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

/** Everything about a frame but its bytes: what travels in the binary message's header. */
export const frameHeaderSchema = z.strictObject({
  width: z.int().min(16).max(MAX_FRAME_SIDE),
  height: z.int().min(16).max(MAX_FRAME_SIDE),
  format: z.enum(['jpeg', 'rgba']),
});

/** A frame header. */
export type FrameHeader = z.infer<typeof frameHeaderSchema>;

/** A whole frame; RGBA data must be exactly width x height x 4 bytes. */
export const frameSchema = frameHeaderSchema
  .extend({
    data: z
      .instanceof(Uint8Array)
      .refine((d) => d.byteLength > 0 && d.byteLength <= MAX_FRAME_BYTES),
  })
  .refine((f) => f.format !== 'rgba' || f.data.byteLength === f.width * f.height * 4, {
    message: 'RGBA data must be width x height x 4 bytes',
    path: ['data'],
  });

/** A camera frame. */
export type Frame = z.infer<typeof frameSchema>;

/** What became of a submitted frame: analysed now, kept as the one waiting, or not used. */
export const frameDispositionSchema = z.strictObject({
  disposition: z.enum(['analyzing', 'waiting', 'ignored']),
});
