/**
 * The kiosk's own frame gates applied to a face set (`eval:faces --sessions --kiosk-gates`): the
 * kiosk never matches a frame its gates refuse, and a card photo is taken to the ID-photo standard,
 * so an image that fails them is no live attempt, or no card. Only the gates that judge the face
 * itself apply; where a photo sits in its frame says nothing about a kiosk camera's framing.
 */
import {
  DEFAULT_GUIDANCE,
  FACE_GATES,
  failedFaceGates,
  type FaceGate,
  type GatedFace,
  type GuidanceThresholds,
} from '../face-guidance';
import { groupsOf, sectionIndices } from './face-evaluation';
import type { FaceSet } from './face-set';
import { ALL_SECTION } from './session-evaluation';
import type { ImageRoles } from './session-scores';

/**
 * The gates a live attempt must pass. Sharpness is left out: on these photos it measures the
 * resolution of the face, which the kiosk's size gate guarantees, not motion blur (docs/accuracy.md).
 */
export const LIVE_GATES: readonly FaceGate[] = ['pose', 'eyes', 'brightness'];

/** The gates a card source must pass: an ID photo is frontal with the eyes open. */
export const CARD_GATES: readonly FaceGate[] = ['pose', 'eyes'];

/** The gates each image fails, by image index; null where no face was found. */
const failedGates = (
  faces: readonly (GatedFace | null)[],
  limits: GuidanceThresholds,
): (readonly FaceGate[] | null)[] =>
  faces.map((face) => (face ? failedFaceGates(face, limits) : null));

const passing = (failed: readonly (readonly FaceGate[] | null)[], gates: readonly FaceGate[]) =>
  failed.map((gatesFailed) => gatesFailed !== null && !gatesFailed.some((g) => gates.includes(g)));

const rolesOf = (failed: readonly (readonly FaceGate[] | null)[]): ImageRoles => ({
  live: passing(failed, LIVE_GATES),
  card: passing(failed, CARD_GATES),
});

/** Which images may be a live attempt and which a card under the kiosk's gates; no face, neither. */
export function gateRoles(
  faces: readonly (GatedFace | null)[],
  limits: GuidanceThresholds = DEFAULT_GUIDANCE,
): ImageRoles {
  return rolesOf(failedGates(faces, limits));
}

/** What the gates do to one section of the set. */
export interface GateCounts {
  readonly images: number;
  readonly noFace: number;
  /** Images failing each gate, applied or not (one image may fail several). */
  readonly failing: Readonly<Record<FaceGate, number>>;
  /** Images left as live attempts and as cards. */
  readonly live: number;
  readonly card: number;
}

/** Gate counts of the whole set (`all`) and of each group. */
export function gateCounts(
  set: FaceSet,
  faces: readonly (GatedFace | null)[],
  limits: GuidanceThresholds = DEFAULT_GUIDANCE,
): Readonly<Record<string, GateCounts>> {
  const failed = failedGates(faces, limits);
  const roles = rolesOf(failed);
  const count = (indices: readonly number[]): GateCounts => {
    const among = (test: (k: number) => boolean) => indices.filter(test).length;
    return {
      images: indices.length,
      noFace: among((k) => failed[k] === null),
      failing: Object.fromEntries(
        FACE_GATES.map((gate) => [gate, among((k) => failed[k]?.includes(gate) ?? false)]),
      ) as Record<FaceGate, number>,
      live: among((k) => roles.live[k] ?? false),
      card: among((k) => roles.card[k] ?? false),
    };
  };
  return Object.fromEntries([
    [ALL_SECTION, count(sectionIndices(set))],
    ...groupsOf(set).map((group) => [group, count(sectionIndices(set, group))]),
  ]);
}
