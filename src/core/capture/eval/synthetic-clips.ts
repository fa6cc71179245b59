/**
 * The attack clips `eval:sessions --synthetic-attacks` makes from one live clip, all labelled
 * synthetic: a still, a planar and a tilted print of its first frame, and a screen replay of the
 * whole clip (every frame on one simulated screen, so the clip still speaks and blinks).
 */
import { makePhotoAttackClip, PHOTO_ATTACK_KINDS } from '../../face/eval/attack-clips';
import { simulateScreenReplay } from '../../face/eval/attack-synthesis';
import type { RgbImage } from '../../photo/rgb-image';
import type { ClipKind } from './session-set';

/** The attack kinds made by code, in report order. */
export const SYNTHETIC_CLIP_KINDS: readonly ClipKind[] = [...PHOTO_ATTACK_KINDS, 'replay'];

/** One clip made by code from a live clip. */
export interface SyntheticClip {
  /** `KIND:FILE` of the live clip it was made from. */
  readonly name: string;
  readonly kind: ClipKind;
  readonly frames: readonly RgbImage[];
}

/** Every frame of `frames` shown on the screen picked by `seed`: deterministic, one screen per clip. */
export function makeScreenReplayClip(
  frames: readonly RgbImage[],
  seed: number,
): Promise<RgbImage[]> {
  return Promise.all(frames.map((frame) => simulateScreenReplay(frame, seed)));
}

/** The synthetic attacks made from the live clip `file` (its frames `live`), deterministic for `seed`. */
export async function syntheticClips(
  file: string,
  live: readonly RgbImage[],
  options: { readonly fps: number; readonly seed: number },
): Promise<SyntheticClip[]> {
  const first = live[0];
  if (!first) return [];
  const clips: SyntheticClip[] = [];
  for (const kind of PHOTO_ATTACK_KINDS) {
    const frames = await makePhotoAttackClip(first, kind, {
      count: live.length,
      fps: options.fps,
      seed: options.seed,
    });
    clips.push({ name: `${kind}:${file}`, kind, frames });
  }
  clips.push({
    name: `replay:${file}`,
    kind: 'replay',
    frames: await makeScreenReplayClip(live, options.seed),
  });
  return clips;
}
