/**
 * A frame as it travels to the engine process: the camera's frame as submitted (compressed JPEG, or
 * RGBA) or an RGB image already decoded. The engine process decodes it, so the kiosk process never
 * does and a JPEG crosses the process boundary at its compressed size.
 */
import { z } from 'zod';
import { assertNever } from '../../../shared/result';
import { decodeToRgb } from '../../photo/decode-to-rgb';
import type { RgbImage } from '../../photo/rgb-image';
import { FaceFrameUndecodableError } from '../face-errors';

const bytes = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.byteLength > 0,
  'data must be a non-empty Uint8Array',
);
const size = { width: z.number().int().positive(), height: z.number().int().positive() };
const sized = <F extends 'rgb' | 'rgba'>(format: F, channels: number) =>
  z
    .object({ format: z.literal(format), ...size, data: bytes })
    .refine(
      (frame) => frame.data.length === frame.width * frame.height * channels,
      `data length must be width × height × ${channels}`,
    );

/** Runtime schema of an EngineFrame, checked before sending and again in the engine process. */
export const engineFrameSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('jpeg'), ...size, data: bytes }),
  sized('rgba', 4),
  sized('rgb', 3),
]);

function rgbaToRgb(width: number, height: number, rgba: Uint8Array): RgbImage {
  const pixels = width * height;
  const data = new Uint8Array(pixels * 3);
  for (let i = 0; i < pixels; i += 1) {
    data[i * 3] = rgba[i * 4] as number;
    data[i * 3 + 1] = rgba[i * 4 + 1] as number;
    data[i * 3 + 2] = rgba[i * 4 + 2] as number;
  }
  return { width, height, data };
}

/** What `analyze` takes: a camera frame as the KioskApi carries it (a `Frame`), or decoded RGB. */
export type EngineFrame = z.infer<typeof engineFrameSchema>;

/** Tags a decoded image (a clip frame, a photo) for `analyze`. */
export const rgbFrame = (image: RgbImage): EngineFrame => ({ format: 'rgb', ...image });

/** Decodes a frame to RGB (in the engine process); a JPEG that does not decode rejects with FaceFrameUndecodableError. */
export async function engineFrameToRgb(frame: EngineFrame): Promise<RgbImage> {
  switch (frame.format) {
    case 'rgb':
      return frame;
    case 'rgba':
      return rgbaToRgb(frame.width, frame.height, frame.data);
    case 'jpeg':
      return decodeToRgb(frame.data).catch(() => Promise.reject(new FaceFrameUndecodableError()));
    default:
      return assertNever(frame, 'frame format');
  }
}
