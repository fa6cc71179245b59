import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FaceSetError,
  groupOf,
  loadFaceSet,
  spreadSubset,
  type FaceSetImage,
} from '../../../../src/core/face/eval/face-set';
import { FAILURE_SCORE, scorePairs } from '../../../../src/core/face/eval/pair-scoring';
import { l2Normalize } from '../../../../src/core/face/match/embedding-math';

const image = (identity: string, n: number): FaceSetImage => ({
  file: `${identity}/00${n}.jpg`,
  identity,
  group: groupOf(identity),
});
// Two identities with two images each, one with three.
const images = [
  image('a_1', 1),
  image('a_1', 2),
  image('b_2', 1),
  image('b_2', 2),
  image('b_2', 3),
];
const e = (x: number, y: number) => l2Normalize([x, y]);

describe('scorePairs', () => {
  const live = [e(1, 0), e(1, 0), e(0, 1), e(0, 1), e(0, 1)];

  it('scores every same-identity pair once and every cross-identity pair once when symmetric', () => {
    const { genuine, impostors } = scorePairs(images, { a: live, b: live, symmetric: true });
    expect(genuine).toHaveLength(1 + 3);
    expect(impostors).toHaveLength(2 * 3);
    expect(genuine.every((s) => Math.abs(s - 1) < 1e-6)).toBe(true);
    expect(impostors.every((s) => Math.abs(s) < 1e-6)).toBe(true);
  });

  it('scores every ordered cross-identity combination when the sides differ', () => {
    const card = [e(1, 1), e(1, 0), e(0, 1), e(0, 1), e(0, 1)];
    const { genuine, impostors } = scorePairs(images, { a: card, b: live, symmetric: false });
    expect(genuine).toHaveLength(4);
    expect(impostors).toHaveLength(2 * 2 * 3);
    // Genuine pair a_1/001 -> a_1/002 uses the card of the first image.
    expect(genuine[0]).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('scores a missing embedding as a rejection', () => {
    const withFailure = [null, e(1, 0), e(0, 1), e(0, 1), e(0, 1)];
    const { genuine, impostors } = scorePairs(images, {
      a: withFailure,
      b: withFailure,
      symmetric: true,
    });
    expect(genuine[0]).toBe(FAILURE_SCORE);
    expect(impostors.filter((s) => s === FAILURE_SCORE)).toHaveLength(3);
  });

  it('restricts to the listed images', () => {
    const { genuine, impostors } = scorePairs(
      images,
      { a: live, b: live, symmetric: true },
      [2, 3, 4],
    );
    expect([genuine.length, impostors.length]).toEqual([3, 0]);
  });
});

describe('face set helpers', () => {
  it('takes the group from the identity prefix', () => {
    expect(groupOf('london_001')).toBe('london');
    expect(groupOf('solo')).toBe('solo');
  });

  it('spreads a subset evenly over the list', () => {
    expect(spreadSubset(['a', 'b', 'c', 'd', 'e', 'f'], 3)).toEqual(['a', 'c', 'e']);
    expect(spreadSubset(['a', 'b'], 5)).toEqual(['a', 'b']);
  });
});

describe('loadFaceSet', () => {
  it('lists images by identity and file name, and refuses a folder without images', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'face-set-'));
    try {
      await expect(loadFaceSet(dir)).rejects.toMatchObject({ reason: 'empty' });
      await mkdir(join(dir, 'b_1'));
      await mkdir(join(dir, 'a_1'));
      for (const file of ['b_1/002.jpg', 'b_1/001.jpg', 'a_1/001.png', 'a_1/notes.txt'])
        await writeFile(join(dir, file), '');
      const set = await loadFaceSet(dir);
      expect(set.images.map((image) => image.file)).toEqual([
        'a_1/001.png',
        'b_1/001.jpg',
        'b_1/002.jpg',
      ]);
      await expect(loadFaceSet(join(dir, 'absent'))).rejects.toBeInstanceOf(FaceSetError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
