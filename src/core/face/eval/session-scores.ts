/**
 * Kiosk sessions simulated on a face set: the card-like version of one image against attempts
 * showing another identity's (or the same identity's other) live images. A session passes when any
 * attempt's score is above the threshold, so its score is the highest attempt score and the ROC
 * metrics apply to session scores as they do to pair scores.
 */
import { assertNever } from '../../../shared/result';
import { cosineSimilarity, meanEmbedding, type Embedding } from '../match/embedding-math';
import type { SetEmbeddings } from './face-evaluation';
import type { FaceSetImage } from './face-set';
import { FAILURE_SCORE, type ScoreLists } from './pair-scoring';

/**
 * How the attempts of a session relate, the two bounds of a real retry:
 * `same-view`: every attempt sees the same view (the same person in the same light fails again
 * for the same reason), one session per (card, live image);
 * `new-view`: attempt k sees the person's k-th other image, each attempt matched on its own;
 * `new-view-fused`: as `new-view`, but attempt k matches the mean of attempts 1..k (cross-attempt
 * fusion of one tracked person).
 */
export type AttemptViews = 'same-view' | 'new-view' | 'new-view-fused';

/** Every bound, in the order reports show them. */
export const ATTEMPT_VIEWS: readonly AttemptViews[] = ['same-view', 'new-view', 'new-view-fused'];

/** The highest score of a session whose attempts see `views` in turn (missing views score as failures). */
function sessionScore(
  card: Embedding,
  views: readonly (Embedding | null)[],
  fused: boolean,
): number {
  let best = FAILURE_SCORE;
  const seen: Embedding[] = [];
  for (const view of views) {
    // An attempt without a face found gives no score, but the session goes on.
    if (!view) continue;
    seen.push(view);
    const probe = fused ? meanEmbedding(seen) : view;
    best = Math.max(best, cosineSimilarity(card, probe));
  }
  return best;
}

/** The session scores of one card against one person's live images (the card's own image excluded). */
function scoresAgainst(
  card: Embedding | null,
  views: readonly (Embedding | null)[],
  attempts: number,
  mode: AttemptViews,
): number[] {
  if (views.length === 0) return [];
  switch (mode) {
    case 'same-view':
      return views.map((view) => (card && view ? cosineSimilarity(card, view) : FAILURE_SCORE));
    case 'new-view':
    case 'new-view-fused':
      return [
        card
          ? sessionScore(card, views.slice(0, attempts), mode === 'new-view-fused')
          : FAILURE_SCORE,
      ];
    default:
      return assertNever(mode, 'attempt views');
  }
}

/** Image indices by identity, in set order, among the listed indices. */
function byIdentity(
  images: readonly FaceSetImage[],
  indices: readonly number[],
): Map<string, number[]> {
  const identities = new Map<string, number[]>();
  for (const k of indices) {
    const identity = (images[k] as FaceSetImage).identity;
    identities.set(identity, [...(identities.get(identity) ?? []), k]);
  }
  return identities;
}

/**
 * Session scores of the listed images (all when omitted): every image's card-like version is the
 * card once against each identity; genuine when it is the card's own identity (its other images),
 * impostor otherwise (all of that identity's images, first `attempts` in file order).
 */
export function sessionScores(
  images: readonly FaceSetImage[],
  embeddings: SetEmbeddings,
  options: { readonly attempts: number; readonly views: AttemptViews },
  indices: readonly number[] = images.map((_, k) => k),
): ScoreLists {
  const identities = byIdentity(images, indices);
  const genuine: number[] = [];
  const impostors: number[] = [];
  for (const c of indices) {
    const card = embeddings.card[c] ?? null;
    const own = (images[c] as FaceSetImage).identity;
    for (const [identity, members] of identities) {
      const views = members.filter((k) => k !== c).map((k) => embeddings.live[k] ?? null);
      const scores = scoresAgainst(card, views, options.attempts, options.views);
      (identity === own ? genuine : impostors).push(...scores);
    }
  }
  return { genuine, impostors };
}
