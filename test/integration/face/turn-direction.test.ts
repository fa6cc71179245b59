import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageFile } from '../../../src/core/face/eval/face-set';
import { mirror } from '../../../src/core/face/image-warp';
import { createFacePipeline, type FacePipeline } from '../../../src/core/face/pipeline';
import { DEFAULT_LIVENESS } from '../../../src/core/face/liveness-config';
import { turnedTowards, turnSample, type TurnSample } from '../../../src/core/face/turn-evidence';
import type { RgbImage } from '../../../src/core/photo/rgb-image';
import { NEEDS_SHARED_DATA, sharedDataDir } from '../../support/shared-data';

const data = sharedDataDir();
const modelsDir = resolve(import.meta.dirname, '../../../models');
const thresholds = {
  yawDegrees: DEFAULT_LIVENESS.turnYawDegrees,
  noseOffset: DEFAULT_LIVENESS.turnNoseOffset,
};

// The kiosk analyses camera frames unmirrored (the preview alone is mirrored, by CSS), so a worker
// turning to their own left shows the camera their nose moving to the image's right. One person of
// ../shared/data/faces facing the camera (003) and turned with the nose to the image's right (002).
describe.skipIf(!data)(
  `turn direction on real faces (${data ? 'shared data present' : NEEDS_SHARED_DATA})`,
  () => {
    let pipeline: FacePipeline;
    const image = (file: string) => readImageFile(join(data ?? '', 'faces/celeba_7244', file));
    const analyse = async (picture: RgbImage) => {
      const face = (await pipeline.analyze(picture)).chosen;
      if (!face) throw new Error('no face found');
      return { face, sample: turnSample(face.landmarks, face.pose.yaw) };
    };
    const held = (sample: TurnSample) => [sample, sample, sample];

    beforeAll(async () => {
      pipeline = await createFacePipeline({ modelsDir });
    });
    afterAll(() => pipeline.close());

    it('reads a head turned to the image right (the worker’s left) as a left turn, and its mirror as a right turn', async () => {
      const frontal = (await analyse(await image('003.jpg'))).sample;
      const turnedPicture = await image('002.jpg');
      const { face, sample: turned } = await analyse(turnedPicture);
      const outlineMiddle = (face.landmarks[0]!.x + face.landmarks[16]!.x) / 2;
      expect(face.landmarks[30]!.x).toBeGreaterThan(outlineMiddle + 0.1 * face.box.width);
      // The pose model's yaw falls as the nose goes to the image's right.
      expect(turned.yaw).toBeLessThan(frontal.yaw - thresholds.yawDegrees);
      expect(turnedTowards(frontal, held(turned), 'left', thresholds)).toBe(true);
      expect(turnedTowards(frontal, held(turned), 'right', thresholds)).toBe(false);

      const mirrored = (await analyse(mirror(turnedPicture))).sample;
      expect(mirrored.yaw).toBeGreaterThan(frontal.yaw + thresholds.yawDegrees);
      expect(turnedTowards(frontal, held(mirrored), 'right', thresholds)).toBe(true);
      expect(turnedTowards(frontal, held(mirrored), 'left', thresholds)).toBe(false);
    });
  },
);
