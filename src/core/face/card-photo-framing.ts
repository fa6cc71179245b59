/**
 * How the card photo (102x126, the face filling most of it) is prepared for the detector and
 * the crops. Which framing is best was measured on card-like portraits (docs/performance.md).
 */
import type { RgbImage } from '../photo/rgb-image';
import { warpAffine } from './image-warp';

/** A card-photo framing: as it is, padded with a border, or upscaled. */
export type CardFraming =
  | { readonly kind: 'as-is' }
  | { readonly kind: 'pad'; readonly marginOfHeight: number }
  | { readonly kind: 'upscale'; readonly factor: number };

/** Mean colour of an image's outermost pixel ring: ID photos have a plain background there. */
function borderColour(image: RgbImage): [number, number, number] {
  const sum = [0, 0, 0];
  let n = 0;
  const add = (x: number, y: number) => {
    const p = (y * image.width + x) * 3;
    for (let k = 0; k < 3; k += 1) sum[k] = (sum[k] as number) + (image.data[p + k] as number);
    n += 1;
  };
  for (let x = 0; x < image.width; x += 1) {
    add(x, 0);
    add(x, image.height - 1);
  }
  for (let y = 1; y < image.height - 1; y += 1) {
    add(0, y);
    add(image.width - 1, y);
  }
  return sum.map((s) => Math.round(s / n)) as [number, number, number];
}

/** The framed photo and the factor/offset mapping its pixels back to the original. */
export function frameCardPhoto(
  photo: RgbImage,
  framing: CardFraming,
): { image: RgbImage; scale: number; offset: number } {
  switch (framing.kind) {
    case 'as-is':
      return { image: photo, scale: 1, offset: 0 };
    case 'upscale': {
      const k = framing.factor;
      const image = warpAffine(
        photo,
        [1 / k, 0, 0.5 / k - 0.5, 0, 1 / k, 0.5 / k - 0.5],
        Math.round(photo.width * k),
        Math.round(photo.height * k),
      );
      return { image, scale: k, offset: 0 };
    }
    case 'pad': {
      const margin = Math.round(photo.height * framing.marginOfHeight);
      const width = photo.width + 2 * margin;
      const height = photo.height + 2 * margin;
      const colour = borderColour(photo);
      const image = warpAffine(photo, [1, 0, -margin, 0, 1, -margin], width, height, 0);
      // Fill the margin with the background colour instead of black, so the border adds no edge.
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          if (x >= margin && x < margin + photo.width && y >= margin && y < margin + photo.height)
            continue;
          image.data.set(colour, (y * width + x) * 3);
        }
      }
      return { image, scale: 1, offset: margin };
    }
  }
}
