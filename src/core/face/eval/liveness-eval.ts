/**
 * Liveness evaluation on a set laid out like ../shared/data/spoof (labels.tsv: file, class):
 * BPCER on live images and APCER per attack type, real and synthetic, at operating points set
 * on the live scores. A face counts as live when its score is at or above the threshold; an
 * image where no face is found is a rejection (a live image wrongly rejected, an attack stopped).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RgbImage } from '../../photo/rgb-image';
import type { AnalyzedFace } from '../frame-analysis';
import { SYNTHETIC_ATTACKS, synthesizeAttack } from './attack-synthesis';
import { DEFAULT_LIVENESS } from '../liveness-config';
import { FaceSetError, readImageFile } from './face-set';
import { parseSpoofLabels } from './spoof-labels';
import { formatPercent, tableRow } from './report-format';

/** The passive scores, in report order: the one refusals go by, then the one speech is trusted by. */
export const PASSIVE_SCORE_KINDS = ['modelCrop', 'acrossCrops'] as const;

/** Which passive score a report is about. */
export type PassiveScoreKind = (typeof PASSIVE_SCORE_KINDS)[number];

/** One face's passive scores (face-liveness.ts). */
export type PassiveScorePair = Readonly<Record<PassiveScoreKind, number>>;

/** The passive scores of an analysed face. */
export const passiveScorePair = (
  face: Pick<AnalyzedFace, 'liveness' | 'livenessAcrossCrops'>,
): PassiveScorePair => ({ modelCrop: face.liveness, acrossCrops: face.livenessAcrossCrops });

/** The engine's passive scores of one image, or null without a face. */
export type LivenessScorer = (image: RgbImage) => Promise<PassiveScorePair | null>;

/** Target BPCERs whose thresholds the report uses (few live images: indicative only). */
const TARGET_BPCERS = [0.01, 0.05] as const;

/** Scores by class: `live`, the set's attack classes, and the synthetic ones. */
export type LivenessScores = Readonly<Record<string, readonly (number | null)[]>>;

/** Both passive scores of every image, by class (and by subject), as scoreSpoofSet returns them. */
type ScoredImages = Readonly<Record<string, readonly (PassiveScorePair | null)[]>>;

/** One row of the liveness report. */
export interface LivenessRow {
  readonly kind: string;
  readonly images: number;
  readonly noFace: number;
  /** BPCER for `live`, APCER for attacks, at each threshold of the report, in order. */
  readonly errorAt: readonly number[];
}

/**
 * Reads labels.tsv and scores every image, plus synthetic attacks made from each live image; the
 * set's own images also by subject when labels.tsv has a `subject_id` column.
 */
export async function scoreSpoofSet(
  dir: string,
  scorer: LivenessScorer,
): Promise<{
  readonly scores: ScoredImages;
  readonly bySubject: Readonly<Record<string, ScoredImages>>;
}> {
  const text = await readFile(join(dir, 'labels.tsv'), 'utf8').catch(() => {
    throw new FaceSetError('not-found', `No labels.tsv in ${dir}`);
  });
  type Scored = Awaited<ReturnType<LivenessScorer>>;
  const scores: Record<string, Scored[]> = {};
  const bySubject: Record<string, Record<string, Scored[]>> = {};
  for (const [index, { file, kind, subject }] of parseSpoofLabels(text).entries()) {
    const image = await readImageFile(join(dir, file));
    const score = await scorer(image);
    (scores[kind] ??= []).push(score);
    if (subject) ((bySubject[kind] ??= {})[subject] ??= []).push(score);
    if (kind !== 'live') continue;
    for (const attack of SYNTHETIC_ATTACKS)
      (scores[attack] ??= []).push(await scorer(await synthesizeAttack(image, attack, index)));
  }
  return { scores, bySubject };
}

/** The threshold that rejects at most `bpcer` of the live images: the live score at that quantile. */
export function thresholdAtBpcer(live: readonly (number | null)[], bpcer: number): number {
  const sorted = live.map((s) => s ?? -Infinity).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(bpcer * sorted.length + 1e-9))] ?? Infinity;
}

/** A liveness threshold the report applies: set on the live scores, or the engine's configured one. */
export interface LivenessThreshold {
  readonly label: string;
  readonly value: number;
}

/** One passive score of every image, by class or by subject and class. */
export function passiveScores(images: ScoredImages, kind: PassiveScoreKind): LivenessScores {
  return Object.fromEntries(
    Object.entries(images).map(([key, list]) => [key, list.map((s) => (s ? s[kind] : null))]),
  );
}

/** The engine's configured thresholds on each passive score (DEFAULT_LIVENESS, medium). */
const ENGINE_THRESHOLDS: Readonly<Record<PassiveScoreKind, readonly LivenessThreshold[]>> = {
  acrossCrops: [
    {
      label: `engine pass on speech or a blink alone (${DEFAULT_LIVENESS.confidentScore})`,
      value: DEFAULT_LIVENESS.confidentScore,
    },
  ],
  modelCrop: [
    {
      label: `engine pass with a challenge, blink or turn (${DEFAULT_LIVENESS.liveScore})`,
      value: DEFAULT_LIVENESS.liveScore,
    },
    {
      label: `engine spoof cut-off (${DEFAULT_LIVENESS.spoofScore})`,
      value: DEFAULT_LIVENESS.spoofScore,
    },
  ],
};

/** The thresholds at the target BPCERs, then the engine's configured ones on that score. */
export function livenessThresholds(
  scores: LivenessScores,
  kind: PassiveScoreKind,
): LivenessThreshold[] {
  const live = scores.live ?? [];
  const atBpcer = TARGET_BPCERS.map((b) => {
    const value = thresholdAtBpcer(live, b);
    return { label: `BPCER ${b * 100}% threshold (${value.toFixed(3)})`, value };
  });
  return [...atBpcer, ...ENGINE_THRESHOLDS[kind]];
}

/** The entries of a by-class record in report order: live first, then the attack classes by name. */
export function liveFirst<T>(byClass: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(byClass).sort(([a], [b]) =>
    a === 'live' ? -1 : b === 'live' ? 1 : a.localeCompare(b),
  );
}

/** The report rows: live first (BPCER), then each attack kind (APCER), one error rate per threshold. */
export function livenessRows(
  scores: LivenessScores,
  thresholds: readonly LivenessThreshold[],
): LivenessRow[] {
  return liveFirst(scores).map(([kind, list]) => {
    const isLive = kind === 'live';
    const wrong = (t: number) =>
      list.filter((s) => (isLive ? s === null || s < t : s !== null && s >= t)).length;
    return {
      kind,
      images: list.length,
      noFace: list.filter((s) => s === null).length,
      errorAt: thresholds.map(({ value }) => (list.length ? wrong(value) / list.length : 0)),
    };
  });
}

/** The Markdown table of the liveness figures; synthetic rows carry their label in the kind. */
export function livenessTable(
  rows: readonly LivenessRow[],
  thresholds: readonly LivenessThreshold[],
): string {
  const header = ['kind', 'images', 'no face', ...thresholds.map((t) => `error at ${t.label}`)];
  const lines = [header, header.map(() => '---')].map(tableRow);
  for (const row of rows) {
    const kind = row.kind === 'live' ? 'live (BPCER)' : `${row.kind} (APCER)`;
    const rates = row.errorAt.map((rate) => formatPercent(rate, 1));
    lines.push(tableRow([kind, String(row.images), String(row.noFace), ...rates]));
  }
  return lines.join('\n');
}
