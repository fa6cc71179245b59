/**
 * The face evaluation: embeds every image of a set once (as a live frame, and its card-like
 * version through the enrolment path), then scores both conditions from those embeddings.
 */
import { join } from 'node:path';
import type { RgbImage } from '../../photo/rgb-image';
import type { GatedFace } from '../face-guidance';
import type { Embedding } from '../match/embedding-math';
import { makeCardLike, type PixelBox } from './card-condition';
import { summarizeCondition, type ConditionSummary } from './condition-summary';
import { readImageFile, type FaceSet } from './face-set';
import { scorePairs } from './pair-scoring';

/** What the evaluation needs from the face engine. */
export interface SetEmbedder {
  /** Embeds a photo as a live frame: the chosen face's box, embedding and gate measures, or null when none is found. */
  live(image: RgbImage): Promise<{
    readonly box: PixelBox;
    readonly embedding: Embedding;
    readonly face: GatedFace;
  } | null>;
  /** Embeds a card photo through the enrolment path, or null when no face is found. */
  card(image: RgbImage): Promise<Embedding | null>;
}

/** Per-image embeddings of a set, by image index; null where no face was found. */
export interface SetEmbeddings {
  readonly live: readonly (Embedding | null)[];
  readonly card: readonly (Embedding | null)[];
  /** What the kiosk's frame gates read of each image's live face. */
  readonly faces: readonly (GatedFace | null)[];
}

/** The two conditions of the evaluation. */
export interface EvaluationResult {
  readonly asIs: ConditionSummary;
  readonly card: ConditionSummary;
}

/**
 * Embeds every image of the set once. The card-like version is framed around the face found in
 * the live pass, so an image without a face has neither embedding.
 */
export async function embedSet(
  set: FaceSet,
  embedder: SetEmbedder,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<SetEmbeddings> {
  const live: (Embedding | null)[] = [];
  const card: (Embedding | null)[] = [];
  const faces: (GatedFace | null)[] = [];
  for (const image of set.images) {
    const rgb = await readImageFile(join(set.dir, image.file));
    const found = await embedder.live(rgb);
    live.push(found?.embedding ?? null);
    faces.push(found?.face ?? null);
    card.push(found ? await embedder.card(await makeCardLike(rgb, found.box)) : null);
    onProgress(live.length, set.images.length);
  }
  return { live, card, faces };
}

const failuresAmong = (embeddings: readonly (Embedding | null)[], indices: readonly number[]) =>
  indices.filter((k) => embeddings[k] === null).length;

/**
 * Scores both conditions, over the whole set or one group. As-is: live against live, each
 * unordered pair once. Card: the card-like version of image A against live image B, for every
 * ordered combination. `failures` counts missing embeddings among those the condition uses.
 */
export function evaluateSet(
  set: FaceSet,
  embeddings: SetEmbeddings,
  group?: string,
): EvaluationResult {
  const indices = sectionIndices(set, group);
  const { live, card } = embeddings;
  const asIs = scorePairs(set.images, { a: live, b: live, symmetric: true }, indices);
  const cardScores = scorePairs(set.images, { a: card, b: live, symmetric: false }, indices);
  return {
    asIs: summarizeCondition(asIs, failuresAmong(live, indices)),
    card: summarizeCondition(
      cardScores,
      failuresAmong(live, indices) + failuresAmong(card, indices),
    ),
  };
}

/** The groups present in a set, in order of first appearance. */
export const groupsOf = (set: FaceSet): string[] => [
  ...new Set(set.images.map((image) => image.group)),
];

/** The indices of one group's images, or of the whole set when no group is given. */
export const sectionIndices = (set: FaceSet, group?: string): number[] =>
  set.images.flatMap((image, k) => (group === undefined || image.group === group ? [k] : []));
