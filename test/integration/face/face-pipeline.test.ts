import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosineSimilarity } from '../../../src/core/face/match/embedding-math';
import { createFacePipeline, type FacePipeline } from '../../../src/core/face/pipeline';
import { toRgbImage } from '../../../src/core/photo/to-rgb-image';
import { NEEDS_SHARED_DATA, sharedDataDir } from '../../support/shared-data';
import { readY4mFrames } from '../../../src/core/face/eval/y4m-reader';

const data = sharedDataDir();
const modelsDir = resolve(import.meta.dirname, '../../../models');

/**
 * Golden embeddings, recorded by scripts/record-face-fixtures.ts. When a model or the
 * preprocessing changes on purpose, rerun that script and commit the new fixture with the reason.
 */
const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/face/embeddings.json'), 'utf8'),
) as {
  cardPhoto: { embedding: number[] };
  clipFrame0: { embedding: number[]; box: { x: number; y: number; width: number; height: number } };
};

const expectSameVector = (actual: Float32Array, recorded: readonly number[]) => {
  expect(actual).toHaveLength(recorded.length);
  // onnxruntime may pick other kernels on another CPU: allow float noise, nothing more.
  const worst = Math.max(...recorded.map((v, i) => Math.abs(v - (actual[i] as number))));
  expect(worst).toBeLessThan(2e-3);
  expect(cosineSimilarity(actual, recorded)).toBeGreaterThan(0.9995);
};

describe.skipIf(!data)(
  `face pipeline on real models and images (${data ? 'shared data present' : NEEDS_SHARED_DATA})`,
  () => {
    let pipeline: FacePipeline;
    const dir = data ?? '';
    const cardPhoto = () => toRgbImage(readFileSync(join(dir, 'camera/idphoto-london_104.png')));
    const frames = () => readY4mFrames(join(dir, 'camera/person-london_104.y4m'), [0, 22, 44]);

    beforeAll(async () => {
      pipeline = await createFacePipeline({ modelsDir });
    });
    afterAll(() => pipeline.close());

    it('finds exactly one face in the 102x126 card photo, inside the portrait', async () => {
      const analysis = await pipeline.analyze(await cardPhoto());
      expect(analysis.faces).toHaveLength(1);
      const { box, score } = analysis.faces[0]!;
      expect(score).toBeGreaterThan(0.9);
      expect(box.height / 126).toBeGreaterThan(0.4);
      expect(box.x + box.width / 2).toBeCloseTo(51, -1);
    });

    it('enrols the card photo to the recorded embedding', async () => {
      const enrollment = await pipeline.enroll(await cardPhoto());
      if (!enrollment.ok) throw new Error(`enrolment failed: ${enrollment.error.kind}`);
      expectSameVector(enrollment.value.embedding, fixture.cardPhoto.embedding);
    });

    it('analyses a camera frame to the recorded box and embedding', async () => {
      const analysis = await pipeline.analyze(frames()[0]!);
      const chosen = analysis.chosen;
      if (!chosen) throw new Error('no face in frame 0');
      expect(chosen.box.x).toBeCloseTo(fixture.clipFrame0.box.x, 0);
      expect(chosen.box.height).toBeCloseTo(fixture.clipFrame0.box.height, 0);
      expectSameVector(chosen.embedding, fixture.clipFrame0.embedding);
      expect(Math.hypot(...chosen.embedding)).toBeCloseTo(1, 5);
    });

    it('follows the face through the clip: found, frontal, eyes open (eye class 1 = open), live, same person as the card', async () => {
      const enrollment = await pipeline.enroll(await cardPhoto());
      if (!enrollment.ok) throw new Error('enrolment failed');
      for (const frame of frames()) {
        const { chosen, faces, timings } = await pipeline.analyze(frame);
        if (!chosen) throw new Error('no face');
        expect(faces).toHaveLength(1);
        expect(Math.abs(chosen.pose.yaw)).toBeLessThan(15);
        expect(Math.min(chosen.eyes.leftOpen, chosen.eyes.rightOpen)).toBeGreaterThan(0.9);
        expect(chosen.liveness).toBeGreaterThan(0.5);
        expect(chosen.landmarks).toHaveLength(68);
        expect(chosen.quality.faceHeight).toBeGreaterThan(0.3);
        expect(timings.modelsMs).toBeLessThanOrEqual(timings.totalMs);
        // SOURCE.md: about 0.74 against the clip frames, 0.09 against another person.
        expect(cosineSimilarity(chosen.embedding, enrollment.value.embedding)).toBeGreaterThan(0.6);
      }
    });

    it('reports a typed failure for a card photo without a face or too small to hold one', async () => {
      const blank = { width: 102, height: 126, data: new Uint8Array(102 * 126 * 3).fill(235) };
      expect(await pipeline.enroll(blank)).toEqual({ ok: false, error: { kind: 'no-face' } });
      const tiny = { width: 10, height: 12, data: new Uint8Array(10 * 12 * 3) };
      expect(await pipeline.enroll(tiny)).toEqual({
        ok: false,
        error: { kind: 'image-too-small', width: 10, height: 12 },
      });
    });

    it('returns no chosen face, with timings, for an empty frame', async () => {
      const analysis = await pipeline.analyze({
        width: 640,
        height: 480,
        data: new Uint8Array(640 * 480 * 3).fill(90),
      });
      expect(analysis.chosen).toBeNull();
      expect(analysis.faces).toEqual([]);
      expect(analysis.timings.detectMs).toBeGreaterThan(0);
    });
  },
);
