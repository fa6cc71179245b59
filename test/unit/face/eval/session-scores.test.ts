import { describe, expect, it } from 'vitest';
import type { SetEmbeddings } from '../../../../src/core/face/eval/face-evaluation';
import type { FaceSetImage } from '../../../../src/core/face/eval/face-set';
import { FAILURE_SCORE } from '../../../../src/core/face/eval/pair-scoring';
import { sessionScores } from '../../../../src/core/face/eval/session-scores';

const image = (identity: string, n: number): FaceSetImage => ({
  file: `${identity}/00${n}.jpg`,
  identity,
  group: identity.split('_')[0] as string,
});

/** Unit vector at `degrees` in the plane: the cosine of two is the cosine of their angle difference. */
const at = (degrees: number) => {
  const radians = (degrees * Math.PI) / 180;
  return Float32Array.of(Math.cos(radians), Math.sin(radians));
};
const cos = (degrees: number) => Math.cos((degrees * Math.PI) / 180);

// Person a: four images at 0, 60, 10 and -60 degrees; person b: two images at 90 and 100 degrees.
const images = [1, 2, 3, 4].map((n) => image('x_a', n)).concat([1, 2].map((n) => image('x_b', n)));
const live = [0, 60, 10, -60, 90, 100].map(at);
const embeddings: Pick<SetEmbeddings, 'live' | 'card'> = { live, card: live };

describe('session scores', () => {
  it('same-view: one session per card and live image, scored as that pair', () => {
    const { genuine, impostors } = sessionScores(images, embeddings, {
      attempts: 3,
      views: 'same-view',
    });
    // a: 4 cards x 3 own images, b: 2 x 1; impostors: 4 x 2 + 2 x 4.
    expect(genuine).toHaveLength(14);
    expect(impostors).toHaveLength(16);
    expect(genuine.slice(0, 3)).toEqual(
      [cos(60), cos(10), cos(60)].map((v) => expect.closeTo(v, 6)),
    );
  });

  it('new-view: one session per card and person, the best of the first `attempts` other images', () => {
    const { genuine, impostors } = sessionScores(images, embeddings, {
      attempts: 2,
      views: 'new-view',
    });
    expect(genuine).toHaveLength(6);
    expect(impostors).toHaveLength(6);
    // Card 0 degrees, attempts see 60 then 10: the second attempt passes with cos(10).
    expect(genuine[0]).toBeCloseTo(cos(10), 6);
    // Card -60 degrees, attempts see 0 and 60 (10 would be the third): best cos(60), not cos(70).
    expect(genuine[3]).toBeCloseTo(cos(60), 6);
  });

  it('new-view-fused: attempt k matches the mean of attempts 1..k', () => {
    const { genuine } = sessionScores(images, embeddings, {
      attempts: 3,
      views: 'new-view-fused',
    });
    // Card 10 degrees, attempts see 0, 60, -60: the mean of 0 and 60 points at 30 (cos 20), the
    // mean of all three at 0 (cos 10); the best is attempt 1 or 3, cos(10).
    expect(genuine[2]).toBeCloseTo(cos(10), 6);
    // Card 60 degrees, attempts see 0, 10, -60: fused means point at 0, 5 and about -16 degrees.
    expect(genuine[1]).toBeCloseTo(cos(55), 6);
  });

  it('scores a card without a face as a failure and skips attempts without one', () => {
    const card = live.map((embedding, k) => (k === 0 ? null : embedding));
    const liveMissing = live.map((embedding, k) => (k === 2 ? null : embedding));
    const { genuine } = sessionScores(
      images,
      { live: liveMissing, card },
      { attempts: 3, views: 'new-view' },
    );
    expect(genuine[0]).toBe(FAILURE_SCORE);
    // Card 60 degrees against 0, (no face), -60: best cos(60).
    expect(genuine[1]).toBeCloseTo(cos(60), 6);
  });

  it('limits the sessions to the listed images, so a group draws its impostors inside it', () => {
    const { genuine, impostors } = sessionScores(
      images,
      embeddings,
      { attempts: 3, views: 'new-view' },
      [0, 1, 2, 3],
    );
    expect(genuine).toHaveLength(4);
    expect(impostors).toHaveLength(0);
  });

  it('leaves an image barred from a role out of it: no session, not a failed one', () => {
    // Image 1 (60 degrees) may be no card and no attempt; image 4 (person b, 90) no attempt.
    const roles = {
      live: [true, false, true, true, false, true],
      card: [true, false, true, true, true, true],
    };
    const { genuine, impostors } = sessionScores(images, embeddings, {
      attempts: 3,
      views: 'same-view',
      roles,
    });
    // a: cards 0, 2, 3 against a's other attempts (0, 2, 3 minus itself) = 6; b: card 4 against 5,
    // card 5 has no attempt left = 1. Impostors: 3 a-cards x 1 b-attempt + 2 b-cards x 3 a-attempts.
    expect(genuine).toHaveLength(7);
    expect(impostors).toHaveLength(9);
    expect(genuine).not.toContain(FAILURE_SCORE);
    // Card 0 degrees sees 10 and -60 only: the 60-degree image is gone.
    expect(genuine.slice(0, 2)).toEqual([cos(10), cos(60)].map((v) => expect.closeTo(v, 6)));
  });
});
