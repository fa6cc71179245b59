/**
 * The "card condition" of the face evaluation: turns an ordinary photo into something like the
 * photo chip of a 2nd-generation ID card, so that the evaluation measures ID-versus-live pairs.
 * docs/face-evaluation.md describes the recipe; the constants below are that recipe.
 */
import sharp from 'sharp';
import type { RgbImage } from '../../photo/rgb-image';

/** Size of the photo on a 2nd-generation ID card, in pixels. */
export const CARD_SIZE = { width: 102, height: 126 } as const;

/** The framing and compression of a card-like portrait. */
export const CARD_RECIPE = {
  /** The detector's face box takes this fraction of the portrait height (hair above, shoulders below). */
  faceHeightFraction: 0.6,
  /** The face box starts this far down the portrait, as a fraction of its height. */
  faceTopFraction: 0.17,
  /** Colour of any area the framing needs beyond the source photo: the near-white of ID photo backgrounds. */
  background: { r: 245, g: 245, b: 245 },
  /** JPEG quality of the chip image; 4:2:0 chroma like the camera encoders of the card readers. */
  jpegQuality: 25,
} as const;

/** A face box in source-image pixels. */
export interface PixelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The head-and-shoulders crop, in source pixels, for a face box: the ID photo's aspect ratio,
 * centred horizontally on the face. It may extend beyond the image; the caller pads.
 */
export function cardFraming(face: PixelBox): PixelBox {
  const height = face.height / CARD_RECIPE.faceHeightFraction;
  const width = (height * CARD_SIZE.width) / CARD_SIZE.height;
  const x = face.x + face.width / 2 - width / 2;
  const y = face.y - CARD_RECIPE.faceTopFraction * height;
  return {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(height),
  };
}

/** Makes the card-like version of `image` around `face`: framing, 102x126, JPEG q25, decoded back. */
export async function makeCardLike(image: RgbImage, face: PixelBox): Promise<RgbImage> {
  const crop = cardFraming(face);
  const pad = {
    left: Math.max(0, -crop.x),
    top: Math.max(0, -crop.y),
    right: Math.max(0, crop.x + crop.width - image.width),
    bottom: Math.max(0, crop.y + crop.height - image.height),
  };
  const raw = { width: image.width, height: image.height, channels: 3 as const };
  // Padding first, then extracting: sharp cannot extract a region that lies outside the image.
  const padded = await sharp(
    Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength),
    { raw },
  )
    .extend({ ...pad, background: CARD_RECIPE.background })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const jpeg = await sharp(padded.data, {
    raw: { width: padded.info.width, height: padded.info.height, channels: 3 },
  })
    .extract({
      left: crop.x + pad.left,
      top: crop.y + pad.top,
      width: crop.width,
      height: crop.height,
    })
    .resize(CARD_SIZE.width, CARD_SIZE.height, { fit: 'fill', kernel: 'lanczos3' })
    .jpeg({ quality: CARD_RECIPE.jpegQuality, chromaSubsampling: '4:2:0' })
    .toBuffer();
  const decoded = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    width: decoded.info.width,
    height: decoded.info.height,
    data: new Uint8Array(decoded.data),
  };
}
