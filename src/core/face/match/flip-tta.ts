/**
 * Flip test-time augmentation: a face and its mirror image give two views of the same person;
 * the mean of their embeddings is a steadier template than either (measured in docs/performance.md).
 */
import type { RgbImage } from '../../photo/rgb-image';
import { meanEmbedding, type Embedding } from './embedding-math';

/** The image mirrored left to right. */
export function mirrorImage(image: RgbImage): RgbImage {
  const data = new Uint8Array(image.data.length);
  const rowBytes = image.width * 3;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const from = y * rowBytes + x * 3;
      const to = y * rowBytes + (image.width - 1 - x) * 3;
      data[to] = image.data[from] as number;
      data[to + 1] = image.data[from + 1] as number;
      data[to + 2] = image.data[from + 2] as number;
    }
  }
  return { width: image.width, height: image.height, data };
}

/**
 * Embeds an image and its mirror with `embed` and returns the mean embedding with the first
 * result's other fields; when the mirror yields no face, the plain result stands.
 */
export async function embedWithFlip<T extends { readonly embedding: Embedding }>(
  image: RgbImage,
  embed: (image: RgbImage) => Promise<T | null>,
): Promise<T | null> {
  const plain = await embed(image);
  if (!plain) return null;
  const mirrored = await embed(mirrorImage(image));
  return mirrored
    ? { ...plain, embedding: meanEmbedding([plain.embedding, mirrored.embedding]) }
    : plain;
}
