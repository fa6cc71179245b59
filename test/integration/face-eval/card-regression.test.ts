import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedSet, evaluateSet } from '../../../src/core/face/eval/face-evaluation';
import { loadFaceSet } from '../../../src/core/face/eval/face-set';
import { openPipelineEmbedder } from '../../../src/core/face/eval/pipeline-embedder';
import { NEEDS_SHARED_DATA, sharedDataDir } from '../../support/shared-data';
import { recordedCardFloor } from './recorded-floor';

const shared = sharedDataDir();

describe.skipIf(!shared)(
  `face evaluation regression guard on the dev set (${NEEDS_SHARED_DATA})`,
  () => {
    it('keeps card-condition TAR@FAR 0.1% at or above the figure recorded in docs/performance.md', async () => {
      // The doc names the deterministic subset (--limit) the floor was measured on.
      const { floor, limit } = await recordedCardFloor();
      const set = await loadFaceSet(join(shared as string, 'faces'), limit);
      const embedder = await openPipelineEmbedder(
        resolve(import.meta.dirname, '../../../models'),
        'flip',
      );
      try {
        const { card } = evaluateSet(set, await embedSet(set, embedder));
        // One genuine pair of slack: floating point may differ by a hair across CPUs and flip one pair.
        const onePair = 1 / card.figures.genuine;
        expect(card.figures.impostors).toBeGreaterThanOrEqual(1000);
        expect(card.figures.tarAtFar['0.001']).toBeGreaterThanOrEqual(floor - onePair);
      } finally {
        await embedder.close();
      }
    }, 900_000);
  },
);
