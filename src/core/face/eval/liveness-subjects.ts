/**
 * Liveness by subject: the mean passive score of each subject's images of one class, as a
 * stand-in for a session's running mean (one or two frames per subject in ../shared/data/spoof:
 * indicative only). A subject counts at a threshold when its mean is at or above it; an image
 * without a face counts as 0. docs/accuracy.md uses it for the replay band.
 */
import { tableRow } from './report-format';
import { liveFirst, type LivenessScores, type LivenessThreshold } from './liveness-eval';

/** Scores of the set's own images by class, then by subject (labels.tsv's `subject_id`). */
export type SubjectScores = Readonly<Record<string, LivenessScores>>;

/** One class: how many subjects, and how many reach each threshold by their mean. */
export interface SubjectRow {
  readonly kind: string;
  readonly subjects: number;
  readonly atOrAbove: readonly number[];
}

const meanOf = (scores: readonly (number | null)[]): number =>
  scores.reduce<number>((sum, s) => sum + (s ?? 0), 0) / scores.length;

/** The subject counts per class, live first, at each threshold in order. */
export function subjectRows(
  bySubject: SubjectScores,
  thresholds: readonly LivenessThreshold[],
): SubjectRow[] {
  return liveFirst(bySubject).map(([kind, subjects]) => {
    const means = Object.values(subjects).map(meanOf);
    return {
      kind,
      subjects: means.length,
      atOrAbove: thresholds.map(({ value }) => means.filter((m) => m >= value).length),
    };
  });
}

/** The Markdown table: subjects whose mean score reaches each threshold, per class. */
export function subjectTable(
  rows: readonly SubjectRow[],
  thresholds: readonly LivenessThreshold[],
): string {
  const header = ['kind', 'subjects', ...thresholds.map((t) => `mean ≥ ${t.label}`)];
  const lines = [header, header.map(() => '---')].map(tableRow);
  for (const row of rows) lines.push(tableRow([row.kind, row.subjects, ...row.atOrAbove]));
  return lines.join('\n');
}
