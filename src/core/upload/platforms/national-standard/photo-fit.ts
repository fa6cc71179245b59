// Platforms cap photo size and format: re-encode a record's photo as a JPEG that fits, shrinking
// quality first and then the picture, so a face stays recognisable as long as possible.
import sharp from 'sharp';

/** The platform's limit on one photo. */
export interface PhotoLimit {
  readonly maxBytes: number;
  readonly maxSidePx: number;
}

const QUALITIES = [85, 75, 65, 55, 45] as const;
const SHRINK = 0.75;
const MIN_SIDE_PX = 48;

/** A JPEG of the photo within the limit, base64; undefined when even the smallest try does not fit. */
export async function fitPhotoJpeg(
  photoBase64: string,
  limit: PhotoLimit,
): Promise<string | undefined> {
  const input = Buffer.from(photoBase64, 'base64');
  let sidePx = limit.maxSidePx;
  while (sidePx >= MIN_SIDE_PX) {
    for (const quality of QUALITIES) {
      const jpeg = await sharp(input)
        .rotate()
        .resize({ width: sidePx, height: sidePx, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality, mozjpeg: false })
        .toBuffer();
      if (jpeg.length <= limit.maxBytes) return jpeg.toString('base64');
    }
    sidePx = Math.floor(sidePx * SHRINK);
  }
  return undefined;
}
