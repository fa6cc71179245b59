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

/** Which images may serve as a live attempt and which as a card, by image index. */
export interface ImageRoles {
  readonly live: readonly boolean[];
  readonly card: readonly boolean[];
}

/** Each session's probes: what its attempts are matched with, in order. */
type SessionProbes = readonly (readonly Embedding[])[];

/**
 * The sessions of one card against one person's live images: each image its own session
 * (same-view), or one session whose first `attempts` attempts see the images in turn, matched
 * alone or as the running mean of the attempts so far. An attempt without a face gives no probe.
 */
function sessionProbes(
  views: readonly (Embedding | null)[],
  attempts: number,
  mode: AttemptViews,
): SessionProbes {
  if (views.length === 0) return [];
  const seen = views.slice(0, attempts).filter((view): view is Embedding => view !== null);
  switch (mode) {
    case 'same-view':
      return views.map((view) => (view ? [view] : []));
    case 'new-view':
      return [seen];
    case 'new-view-fused':
      return [seen.map((_, k) => meanEmbedding(seen.slice(0, k + 1)))];
    default:
      return assertNever(mode, 'attempt views');
  }
}

/** The session score: the highest attempt score, a failure when the card or every attempt had no face. */
const sessionScore = (card: Embedding | null, probes: readonly Embedding[]): number =>
  card && probes.length > 0
    ? Math.max(...probes.map((probe) => cosineSimilarity(card, probe)))
    : FAILURE_SCORE;

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
 * impostor otherwise (all of that identity's images, first `attempts` in file order). With
 * `roles`, an image barred from a role is left out of it (no session, not a failed one).
 */
export function sessionScores(
  images: readonly FaceSetImage[],
  embeddings: Pick<SetEmbeddings, 'live' | 'card'>,
  options: {
    readonly attempts: number;
    readonly views: AttemptViews;
    readonly roles?: ImageRoles;
  },
  indices: readonly number[] = images.map((_, k) => k),
): ScoreLists {
  const identities = byIdentity(images, indices);
  const { attempts, views: mode, roles } = options;
  const viewsOf = (members: readonly number[]) =>
    members.filter((k) => roles?.live[k] ?? true).map((k) => embeddings.live[k] ?? null);
  // An impostor's attempts do not depend on the card: their probes are made once per person.
  const impostorProbes = new Map(
    [...identities].map(([identity, members]) => [
      identity,
      sessionProbes(viewsOf(members), attempts, mode),
    ]),
  );
  const genuine: number[] = [];
  const impostors: number[] = [];
  for (const c of indices.filter((k) => roles?.card[k] ?? true)) {
    const card = embeddings.card[c] ?? null;
    const own = (images[c] as FaceSetImage).identity;
    for (const [identity, members] of identities) {
      const probes =
        identity === own
          ? sessionProbes(viewsOf(members.filter((k) => k !== c)), attempts, mode)
          : (impostorProbes.get(identity) ?? []);
      (identity === own ? genuine : impostors).push(
        ...probes.map((session) => sessionScore(card, session)),
      );
    }
  }
  return { genuine, impostors };
}
