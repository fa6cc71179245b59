/**
 * Synthetic presentation attacks made from live photos, for the liveness evaluation: a screen
 * replay and a paper print, each a deterministic function of the photo. Every figure computed on
 * them is labelled "synthetic": they approximate real attacks, they do not replace them.
 */
import sharp from 'sharp';
import type { RgbImage } from '../../photo/rgb-image';
import { seededRandom } from '../../seeded-random';

/** The kinds of synthetic attack. */
export type SyntheticAttack = 'synthetic-screen' | 'synthetic-print';

/** Both kinds, in report order. */
export const SYNTHETIC_ATTACKS: readonly SyntheticAttack[] = [
  'synthetic-screen',
  'synthetic-print',
];

/** The medium shows the photo shrunk to this share of the frame, inside a bezel or paper margin. */
const MEDIUM_SCALE = 0.82;

const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));

/** Places the photo, shrunk and softened, inside a frame of the medium's border colour. */
async function onMedium(
  image: RgbImage,
  border: { r: number; g: number; b: number },
  blurSigma: number,
): Promise<RgbImage> {
  const width = Math.round(image.width * MEDIUM_SCALE);
  const height = Math.round(image.height * MEDIUM_SCALE);
  const left = Math.floor((image.width - width) / 2);
  const top = Math.floor((image.height - height) / 2);
  const { data } = await sharp(Buffer.from(image.data), {
    raw: { width: image.width, height: image.height, channels: 3 },
  })
    .resize(width, height)
    .blur(blurSigma)
    .extend({
      left,
      top,
      right: image.width - width - left,
      bottom: image.height - height - top,
      background: border,
    })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: image.width, height: image.height, data: new Uint8Array(data) };
}

/** Where a screen's moiré sits and its display gamma: fixed for one screen, as a real screen's are. */
function screenOf(seed: number) {
  const random = seededRandom(seed);
  return {
    phaseA: 2 * Math.PI * random(),
    phaseB: 2 * Math.PI * random(),
    gamma: 0.75 + 0.1 * random(),
  };
}

/**
 * A screen replay: black bezel, moiré (two slanted interfering gratings), a blue colour cast and
 * a display gamma of 0.75..0.85. The seed picks the screen (moiré phase and gamma), so every frame
 * of a clip shown with one seed is on the same screen.
 */
export async function simulateScreenReplay(image: RgbImage, seed: number): Promise<RgbImage> {
  const out = await onMedium(image, { r: 12, g: 12, b: 14 }, 0.6);
  const { phaseA, phaseB, gamma } = screenOf(seed);
  const cast = [0.92, 0.98, 1.1];
  for (let y = 0; y < out.height; y += 1) {
    for (let x = 0; x < out.width; x += 1) {
      const moire =
        10 * Math.sin(0.9 * x + 0.35 * y + phaseA) * Math.sin(0.83 * x - 0.3 * y + phaseB);
      for (let c = 0; c < 3; c += 1) {
        const k = (y * out.width + x) * 3 + c;
        const lit = 255 * ((out.data[k] as number) / 255) ** gamma;
        out.data[k] = clamp(lit * (cast[c] as number) + moire);
      }
    }
  }
  return out;
}

/**
 * A paper print: white margin, blur, the reduced dynamic range of ink on paper (40..215), a
 * warm tint and paper grain (seeded noise).
 */
export async function simulatePrint(image: RgbImage, seed = 1): Promise<RgbImage> {
  const out = await onMedium(image, { r: 236, g: 232, b: 222 }, 1.2);
  const random = seededRandom(seed);
  const tint = [1.02, 1, 0.94];
  for (let p = 0; p < out.width * out.height; p += 1) {
    const grain = (random() - 0.5) * 18;
    for (let c = 0; c < 3; c += 1) {
      const k = p * 3 + c;
      out.data[k] = clamp(
        (40 + ((out.data[k] as number) * 175) / 255) * (tint[c] as number) + grain,
      );
    }
  }
  return out;
}

/** Makes one synthetic attack of the given kind. */
export function synthesizeAttack(
  image: RgbImage,
  kind: SyntheticAttack,
  seed: number,
): Promise<RgbImage> {
  return kind === 'synthetic-screen'
    ? simulateScreenReplay(image, seed)
    : simulatePrint(image, seed);
}
