/** Connects the evaluation to the in-process face pipeline (src/core/face/pipeline.ts). */
import type { CardFraming } from '../card-photo-framing';
import { createFacePipeline, DEFAULT_CARD_FRAMING } from '../pipeline';
import type { SetEmbedder } from './face-evaluation';
import { passiveScorePair, type LivenessScorer } from './liveness-eval';

/** How embeddings are made: with flip test-time augmentation (the default) or without. */
export type EmbeddingMode = 'flip' | 'plain';

/** The engine as the evaluation uses it. */
export interface PipelineEmbedder extends SetEmbedder {
  readonly liveness: LivenessScorer;
  /** Recorded in the calibration: how the embeddings were made. */
  readonly description: string;
  readonly flipEmbedding: boolean;
  close(): Promise<void>;
}

/** Parses `as-is`, `pad:0.25` or `upscale:2` into a card framing. */
export function parseCardFraming(text: string): CardFraming | null {
  const [kind, value] = text.split(':');
  const number = Number(value);
  if (kind === 'as-is' && value === undefined) return { kind: 'as-is' };
  if (!(number > 0)) return null;
  if (kind === 'pad') return { kind: 'pad', marginOfHeight: number };
  if (kind === 'upscale') return { kind: 'upscale', factor: number };
  return null;
}

const describeFraming = (framing: CardFraming): string =>
  framing.kind === 'as-is'
    ? 'as-is'
    : framing.kind === 'pad'
      ? `pad:${framing.marginOfHeight}`
      : `upscale:${framing.factor}`;

/** Loads the models and wraps the pipeline; a missing or altered model fails here with its typed error. */
export async function openPipelineEmbedder(
  modelsDir: string,
  mode: EmbeddingMode,
  cardFraming: CardFraming = DEFAULT_CARD_FRAMING,
): Promise<PipelineEmbedder> {
  const pipeline = await createFacePipeline({
    modelsDir,
    flipEmbedding: mode === 'flip',
    cardFraming,
  });
  return {
    flipEmbedding: mode === 'flip',
    description: `${mode === 'flip' ? 'flip TTA (aligned crop + mirror)' : 'plain'}; card framing ${describeFraming(cardFraming)}`,
    async live(image) {
      const { chosen } = await pipeline.analyze(image);
      if (!chosen) return null;
      const { box, embedding, pose, eyes, quality } = chosen;
      return { box, embedding, face: { pose, eyes, quality } };
    },
    async card(image) {
      const enrollment = await pipeline.enroll(image);
      return enrollment.ok ? enrollment.value.embedding : null;
    },
    async liveness(image) {
      const { chosen } = await pipeline.analyze(image);
      return chosen && passiveScorePair(chosen);
    },
    close: () => pipeline.close(),
  };
}
