/**
 * Records the embedding fixture of the face engine tests (test/fixtures/face/embeddings.json):
 * the card-photo embedding of ../shared/data/camera/idphoto-london_104.png and the live embedding
 * of frame 0 of person-london_104.y4m. Run it again (`npx tsx scripts/record-face-fixtures.ts`)
 * only when a model or the preprocessing changes on purpose, and say why in the commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createFacePipeline } from '../src/core/face/pipeline';
import { toRgbImage } from '../src/core/photo/to-rgb-image';
import { readY4mFrames } from '../src/core/face/eval/y4m-reader';
import { sharedDataDir } from '../test/support/shared-data';

const root = resolve(import.meta.dirname, '..');
const data = sharedDataDir();
if (!data) throw new Error('record-face-fixtures needs ../shared/data (or KIOSK_SHARED_DIR)');
const round = (values: Float32Array) => Array.from(values, (v) => Number(v.toFixed(6)));

const pipeline = await createFacePipeline({ modelsDir: join(root, 'models') });
try {
  const card = await pipeline.enroll(
    await toRgbImage(readFileSync(join(data, 'camera/idphoto-london_104.png'))),
  );
  if (!card.ok) throw new Error(`No face in the card photo: ${card.error.kind}`);
  const [frame] = readY4mFrames(join(data, 'camera/person-london_104.y4m'), [0]);
  const live = frame ? (await pipeline.analyze(frame)).chosen : null;
  if (!live) throw new Error('No face in frame 0 of the clip');
  const fixture = {
    note: 'Recorded by scripts/record-face-fixtures.ts; see that file before regenerating.',
    cardPhoto: { file: 'camera/idphoto-london_104.png', embedding: round(card.value.embedding) },
    clipFrame0: {
      file: 'camera/person-london_104.y4m',
      frame: 0,
      box: live.box,
      embedding: round(live.embedding),
    },
  };
  writeFileSync(join(root, 'test/fixtures/face/embeddings.json'), `${JSON.stringify(fixture)}\n`);
  console.log('wrote test/fixtures/face/embeddings.json');
} finally {
  await pipeline.close();
}
