/**
 * Liveness evaluation on a set laid out like ../shared/data/spoof (labels.tsv: file, class):
 * BPCER on live images and APCER per attack type, real and synthetic, at operating points set
 * on the live scores. A face counts as live when its score is at or above the threshold; an
 * image where no face is found is a rejection (a live image wrongly rejected, an attack stopped).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RgbImage } from '../../photo/rgb-image';
import { SYNTHETIC_ATTACKS, synthesizeAttack } from './attack-synthesis';
import { FaceSetError, readImageFile } from './face-set';

/** What the liveness evaluation needs from the engine: the live probability, or null without a face. */
export type LivenessScorer = (image: RgbImage) => Promise<number | null>;

/** Target BPCERs whose thresholds the report uses (few live images: indicative only). */
export const TARGET_BPCERS = [0.01, 0.05] as const;

/** Scores by class: `live`, the set's attack classes, and the synthetic ones. */
export type LivenessScores = Readonly<Record<string, readonly (number | null)[]>>;

/** One row of the liveness report. */
export interface LivenessRow {
  readonly kind: string;
  readonly images: number;
  readonly noFace: number;
  /** BPCER for `live`, APCER for attacks, at each target BPCER's threshold. */
  readonly errorAt: Readonly<Record<string, number>>;
}

/** Reads labels.tsv and scores every image, plus synthetic attacks made from each live image. */
export async function scoreSpoofSet(dir: string, scorer: LivenessScorer): Promise<LivenessScores> {
  const text = await readFile(join(dir, 'labels.tsv'), 'utf8').catch(() => {
    throw new FaceSetError('not-found', `No labels.tsv in ${dir}`);
  });
  const scores: Record<string, (number | null)[]> = {};
  const rows = text.trim().split('\n').slice(1);
  for (const [index, row] of rows.entries()) {
    const [file, kind] = row.split('\t');
    if (!file || !kind)
      throw new FaceSetError('empty', `labels.tsv line ${index + 2} lacks file or class`);
    const image = await readImageFile(join(dir, file));
    (scores[kind] ??= []).push(await scorer(image));
    if (kind !== 'live') continue;
    for (const attack of SYNTHETIC_ATTACKS)
      (scores[attack] ??= []).push(await scorer(await synthesizeAttack(image, attack, index)));
  }
  return scores;
}

/** The threshold that rejects at most `bpcer` of the live images: the live score at that quantile. */
export function thresholdAtBpcer(live: readonly (number | null)[], bpcer: number): number {
  const sorted = live.map((s) => s ?? -Infinity).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(bpcer * sorted.length + 1e-9))] ?? Infinity;
}

/** The report rows: live first (BPCER), then each attack kind (APCER). */
export function livenessRows(scores: LivenessScores): LivenessRow[] {
  const live = scores.live ?? [];
  const thresholds = TARGET_BPCERS.map((b) => [String(b), thresholdAtBpcer(live, b)] as const);
  return Object.entries(scores)
    .sort(([a], [b]) => (a === 'live' ? -1 : b === 'live' ? 1 : a.localeCompare(b)))
    .map(([kind, list]) => {
      const isLive = kind === 'live';
      const wrong = (t: number) =>
        list.filter((s) => (isLive ? s === null || s < t : s !== null && s >= t)).length;
      return {
        kind,
        images: list.length,
        noFace: list.filter((s) => s === null).length,
        errorAt: Object.fromEntries(
          thresholds.map(([b, t]) => [b, list.length ? wrong(t) / list.length : 0]),
        ),
      };
    });
}

/** The Markdown table of the liveness figures; synthetic rows carry their label in the kind. */
export function livenessTable(rows: readonly LivenessRow[]): string {
  const header = [
    'kind',
    'images',
    'no face',
    ...TARGET_BPCERS.map((b) => `error at BPCER ${b * 100}% threshold`),
  ];
  const lines = [header, header.map(() => '---')].map((cells) => `| ${cells.join(' | ')} |`);
  for (const row of rows) {
    const cells = [
      row.kind === 'live' ? 'live (BPCER)' : `${row.kind} (APCER)`,
      String(row.images),
      String(row.noFace),
    ];
    lines.push(
      `| ${[...cells, ...TARGET_BPCERS.map((b) => `${((row.errorAt[String(b)] ?? 0) * 100).toFixed(1)}%`)].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
