import { describe, expect, it } from 'vitest';
import {
  makeScreenReplayClip,
  SYNTHETIC_CLIP_KINDS,
  syntheticClips,
} from '../../../../src/core/capture/eval/synthetic-clips';
import type { RgbImage } from '../../../../src/core/photo/rgb-image';

/** A small frame whose pixels depend on (x, y, shade): frames with different shades differ. */
function frame(shade: number, width = 48, height = 40): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i += 1) {
    data[i * 3] = (shade + i) % 256;
    data[i * 3 + 1] = (shade * 3 + (i >> 4)) % 256;
    data[i * 3 + 2] = 128;
  }
  return { width, height, data };
}

const same = (a: RgbImage, b: RgbImage) => Buffer.from(a.data).equals(Buffer.from(b.data));

describe('makeScreenReplayClip', () => {
  it('is deterministic for a seed and shows every frame of the clip', async () => {
    const clip = [frame(10), frame(90), frame(170)];
    const first = await makeScreenReplayClip(clip, 7);
    const again = await makeScreenReplayClip(clip, 7);
    expect(first).toHaveLength(3);
    first.forEach((image, i) => expect(same(image, again[i] as RgbImage)).toBe(true));
    // Each frame of the clip stays its own frame on the screen.
    expect(same(first[0] as RgbImage, first[1] as RgbImage)).toBe(false);
  });

  it('keeps one screen across the clip: the same picture gives the same frame, another seed another screen', async () => {
    const [a, b] = await makeScreenReplayClip([frame(40), frame(40)], 3);
    expect(same(a as RgbImage, b as RgbImage)).toBe(true);
    const [other] = await makeScreenReplayClip([frame(40)], 4);
    expect(same(a as RgbImage, other as RgbImage)).toBe(false);
  });

  it('changes the picture: bezel at the border, not the live frame itself', async () => {
    const live = frame(60);
    const [shown] = await makeScreenReplayClip([live], 1);
    expect(same(shown as RgbImage, live)).toBe(false);
    // The top-left pixel lies on the black bezel (12, 12, 14 before cast and moiré).
    expect(shown?.data[0]).toBeLessThan(40);
  });
});

describe('syntheticClips', () => {
  it('makes a still, a planar, a tilted print and a screen replay, named KIND:FILE, as long as the live clip', async () => {
    const live = [frame(0), frame(50), frame(100), frame(150)];
    const clips = await syntheticClips('person-x.y4m', live, { fps: 15, seed: 1 });
    expect(SYNTHETIC_CLIP_KINDS).toEqual(['still', 'planar', 'tilt', 'replay']);
    expect(clips.map((c) => c.kind)).toEqual(['still', 'planar', 'tilt', 'replay']);
    expect(clips.map((c) => c.name)).toEqual([
      'still:person-x.y4m',
      'planar:person-x.y4m',
      'tilt:person-x.y4m',
      'replay:person-x.y4m',
    ]);
    clips.forEach((c) => expect(c.frames).toHaveLength(4));
    const replay = clips[3]?.frames ?? [];
    const direct = await makeScreenReplayClip(live, 1);
    replay.forEach((image, i) => expect(same(image, direct[i] as RgbImage)).toBe(true));
  });

  it('makes nothing from an empty clip', async () => {
    expect(await syntheticClips('empty.y4m', [], { fps: 15, seed: 1 })).toEqual([]);
  });
});
