import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFaces } from '../../../src/core/face/face-detector';
import { alignFace, embedAlignedFace } from '../../../src/core/face/face-embedding';
import { locateLandmarks } from '../../../src/core/face/face-landmarks';
import { estimateHeadPose } from '../../../src/core/face/head-pose';
import { mirror } from '../../../src/core/face/image-warp';
import { toInputTensor } from '../../../src/core/face/input-tensor';
import { cosineSimilarity, l2Normalize } from '../../../src/core/face/match/embedding-math';
import { scoreLiveness } from '../../../src/core/face/face-liveness';
import { loadModelRegistry, type ModelRegistry } from '../../../src/core/face/model-registry';
import { toRgbImage } from '../../../src/core/photo/to-rgb-image';
import { NEEDS_SHARED_DATA, sharedDataDir } from '../../support/shared-data';

const data = sharedDataDir();
const modelsDir = resolve(import.meta.dirname, '../../../models');
// Every 4th image of each class keeps the test to a few seconds of inference.
const STRIDE = 4;

/**
 * Which liveness output means "live" is not documented by the package; this test is the proof
 * that the manifest's `liveClass: 0` is right: with it, live images score high and attacks low.
 */
describe.skipIf(!data)(
  `model stages on real images: liveness class, flip augmentation (${data ? 'shared data present' : NEEDS_SHARED_DATA})`,
  () => {
    let registry: ModelRegistry;
    const labels = data
      ? readFileSync(join(data, 'spoof/labels.tsv'), 'utf8')
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => line.split('\t') as [string, string])
      : [];

    beforeAll(async () => {
      registry = await loadModelRegistry(modelsDir);
    });
    afterAll(() => registry.close());

    async function meanScore(kind: string): Promise<number> {
      const files = labels.filter(([, label]) => label === kind).filter((_, i) => i % STRIDE === 0);
      let sum = 0;
      for (const [file] of files) {
        const frame = await toRgbImage(readFileSync(join(data ?? '', 'spoof', file)));
        const { faces } = await detectFaces(frame, registry);
        const face = faces[0];
        if (!face) throw new Error(`no face in ${file}`);
        sum += (await scoreLiveness(frame, face.box, registry)).live;
      }
      return sum / files.length;
    }

    it('scores live faces high and prints and replays low with class 0 = live', async () => {
      const live = await meanScore('live');
      const print = await meanScore('print');
      const replay = await meanScore('replay');
      // Read as class 1, live faces would average below 0.1 and prints above 0.8.
      expect(live).toBeGreaterThan(0.9);
      expect(print).toBeLessThan(0.2);
      // Replays are the close-up MSU-MFSD clips, the single-frame model's weak spot (docs/performance.md):
      // clearly lower than live on average, but not separated; multi-frame evidence has to do the rest.
      expect(replay).toBeLessThan(live - 0.3);
    });

    it('adds the mirrored crop with flip test-time augmentation: a unit vector near, not equal to, the plain one', async () => {
      const frame = await toRgbImage(
        readFileSync(join(data ?? '', 'camera/idphoto-london_104.png')),
      );
      const { faces } = await detectFaces(frame, registry);
      const box = faces[0]?.box;
      if (!box) throw new Error('no face in the card photo');
      const aligned = alignFace(
        frame,
        (await locateLandmarks(frame, box, registry)).points,
        registry,
      );
      const plain = await embedAlignedFace(aligned, registry);
      const flipped = await embedAlignedFace(aligned, registry, true);
      expect(Math.hypot(...flipped.embedding)).toBeCloseTo(1, 5);
      const similarity = cosineSimilarity(plain.embedding, flipped.embedding);
      expect(similarity).toBeGreaterThan(0.8);
      expect(similarity).toBeLessThan(0.9999);
    });

    it('reads a turned head as a large yaw, and its mirror image as the opposite yaw (pose input is RGB)', async () => {
      const photo = await toRgbImage(readFileSync(join(data ?? '', 'faces/celeba_7236/001.jpg')));
      const yawOf = async (image: typeof photo) => {
        const box = (await detectFaces(image, registry)).faces[0]?.box;
        if (!box) throw new Error('no face');
        return (await estimateHeadPose(image, box, registry)).pose.yaw;
      };
      const yaw = await yawOf(photo);
      const mirrored = await yawOf(mirror(photo));
      expect(Math.abs(yaw)).toBeGreaterThan(30);
      expect(Math.sign(mirrored)).toBe(-Math.sign(yaw));
      expect(Math.abs(yaw + mirrored)).toBeLessThan(10);
    });

    it('separates studio faces better with BGR embedding input than with RGB (the manifest says bgr)', async () => {
      const faces = join(data ?? '', 'faces');
      const identities = readdirSync(faces)
        .filter((name) => name.startsWith('london_'))
        .slice(0, 12);
      const spec = registry.manifest.models.embedding.preprocessing;
      expect(spec.channels).toBe('bgr');
      const embed = async (file: string) => {
        const frame = await toRgbImage(readFileSync(join(faces, file)));
        const box = (await detectFaces(frame, registry)).faces[0]?.box;
        if (!box) throw new Error(`no face in ${file}`);
        const aligned = alignFace(
          frame,
          (await locateLandmarks(frame, box, registry)).points,
          registry,
        );
        const run = async (channels: 'rgb' | 'bgr') =>
          l2Normalize(
            (await registry.run('embedding', toInputTensor(aligned, { ...spec, channels }))).outputs
              .output ?? [],
          );
        return { bgr: await run('bgr'), rgb: await run('rgb') };
      };
      const pairs: (readonly [
        Awaited<ReturnType<typeof embed>>,
        Awaited<ReturnType<typeof embed>>,
      ])[] = [];
      for (const identity of identities) {
        const [a, b] = readdirSync(join(faces, identity)).slice(0, 2);
        pairs.push([await embed(`${identity}/${a}`), await embed(`${identity}/${b}`)] as const);
      }
      const separation = (order: 'rgb' | 'bgr') => {
        const genuine = pairs.map(([a, b]) => cosineSimilarity(a[order], b[order]));
        const impostor = pairs.flatMap(([a], i) =>
          pairs.filter((_, j) => j !== i).map(([, b]) => cosineSimilarity(a[order], b[order])),
        );
        const mean = genuine.reduce((x, y) => x + y, 0) / genuine.length;
        return { mean, margin: Math.min(...genuine) - Math.max(...impostor) };
      };
      const bgr = separation('bgr');
      const rgb = separation('rgb');
      expect(bgr.mean).toBeGreaterThan(rgb.mean);
      expect(bgr.margin).toBeGreaterThan(rgb.margin);
    });
  },
);
