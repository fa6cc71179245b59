/** Fusion of several live frames into one score against the card photo's embedding. */
import { assertNever } from '../../../shared/result';
import { cosineSimilarity, meanEmbedding, type Embedding } from './embedding-math';

/**
 * How the best live frames are combined: one template from their mean embedding, or the
 * maximum or mean of their individual scores. docs/performance.md records which one helps.
 */
export type FrameFusion = 'mean-embedding' | 'max-score' | 'mean-score';

/** The score of the card embedding against several live embeddings (best frames first). */
export function fusedScore(
  reference: Embedding,
  frames: readonly Embedding[],
  fusion: FrameFusion,
): number {
  if (frames.length === 0) throw new RangeError('fusedScore needs at least one live frame');
  switch (fusion) {
    case 'mean-embedding':
      return cosineSimilarity(reference, meanEmbedding(frames));
    case 'max-score':
      return Math.max(...frames.map((frame) => cosineSimilarity(reference, frame)));
    case 'mean-score':
      return (
        frames.reduce((sum, frame) => sum + cosineSimilarity(reference, frame), 0) / frames.length
      );
    default:
      return assertNever(fusion, 'frame fusion');
  }
}
