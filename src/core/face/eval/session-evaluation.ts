/**
 * Session-level figures of a face set: genuine and impostor session pass rates for each bound of
 * how attempts relate, per group and over the whole set, at named thresholds; and the session
 * operating point, the lowest threshold that keeps the impostor session pass rate at or below a
 * target in every group under every bound.
 */
import { groupsOf, sectionIndices, type SetEmbeddings } from './face-evaluation';
import type { FaceSet } from './face-set';
import type { ScoreLists } from './pair-scoring';
import { tarAtFar } from './roc-metrics';
import { ATTEMPT_VIEWS, sessionScores, type AttemptViews, type ImageRoles } from './session-scores';

/** Session scores by bound, for one section (the whole set or one group). */
export type BoundScores = Readonly<Record<AttemptViews, ScoreLists>>;

/** Session scores of the whole set (`all`) and of each group, impostors drawn inside the group. */
export interface SessionScoreTable {
  readonly attempts: number;
  readonly sections: Readonly<Record<string, BoundScores>>;
}

/** Session pass rates at one threshold (fractions). */
export interface SessionPassRates {
  readonly genuineSessions: number;
  readonly impostorSessions: number;
  readonly genuinePass: number;
  readonly impostorPass: number;
}

/** The section holding the whole set, listed before the groups. */
export const ALL_SECTION = 'all';

/**
 * Scores every section under every bound; `attempts` is the capture policy's attempts per session,
 * `roles` bars images from serving as live attempts or cards (see `sessionScores`).
 */
export function scoreSessions(
  set: FaceSet,
  embeddings: SetEmbeddings,
  attempts: number,
  roles?: ImageRoles,
): SessionScoreTable {
  const bounds = (indices: readonly number[]): BoundScores =>
    Object.fromEntries(
      ATTEMPT_VIEWS.map((views) => [
        views,
        sessionScores(
          set.images,
          embeddings,
          { attempts, views, ...(roles ? { roles } : {}) },
          indices,
        ),
      ]),
    ) as Record<AttemptViews, ScoreLists>;
  const sections: Record<string, BoundScores> = { [ALL_SECTION]: bounds(sectionIndices(set)) };
  for (const group of groupsOf(set)) sections[group] = bounds(sectionIndices(set, group));
  return { attempts, sections };
}

const passing = (scores: readonly number[], threshold: number) =>
  scores.length === 0 ? 0 : scores.filter((score) => score > threshold).length / scores.length;

/** Pass rates of one section's sessions at a threshold (pass = strictly above, as the matcher decides). */
export function passRates(scores: ScoreLists, threshold: number): SessionPassRates {
  return {
    genuineSessions: scores.genuine.length,
    impostorSessions: scores.impostors.length,
    genuinePass: passing(scores.genuine, threshold),
    impostorPass: passing(scores.impostors, threshold),
  };
}

/**
 * The lowest threshold at which no section under no bound lets more than `impostorTarget` of its
 * impostor sessions pass; null when some section has too few impostor sessions to resolve it.
 */
export function sessionThreshold(table: SessionScoreTable, impostorTarget: number): number | null {
  let highest = -Infinity;
  for (const bounds of Object.values(table.sections)) {
    for (const views of ATTEMPT_VIEWS) {
      const { genuine, impostors } = bounds[views];
      const { threshold } = tarAtFar(genuine, impostors, impostorTarget);
      if (threshold === null) return null;
      highest = Math.max(highest, threshold);
    }
  }
  return highest;
}

/** The worst pass rates at a threshold over every section and bound: lowest genuine, highest impostor. */
export function worstPassRates(
  table: SessionScoreTable,
  threshold: number,
): { readonly genuinePass: number; readonly impostorPass: number } {
  const rates = Object.values(table.sections).flatMap((bounds) =>
    ATTEMPT_VIEWS.map((views) => passRates(bounds[views], threshold)),
  );
  return {
    genuinePass: Math.min(...rates.map((rate) => rate.genuinePass)),
    impostorPass: Math.max(...rates.map((rate) => rate.impostorPass)),
  };
}
