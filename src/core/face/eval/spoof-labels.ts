/**
 * A spoof set's labels.tsv (../shared/data/spoof): a header, then one image a line with its file
 * and class first, and the subject it shows in a `subject_id` column wherever the header puts it.
 */
import { FaceSetError } from './face-set';

/** One labelled image. */
export interface SpoofLabel {
  readonly file: string;
  /** `live` or the attack class. */
  readonly kind: string;
  /** The subject the image shows; null without a `subject_id` column or value. */
  readonly subject: string | null;
}

/** Parses labels.tsv; a line without file or class is an error naming the line. */
export function parseSpoofLabels(text: string): SpoofLabel[] {
  const [head = '', ...rows] = text.trim().split('\n');
  const subjectColumn = head.split('\t').indexOf('subject_id');
  return rows.map((row, index) => {
    const cells = row.split('\t');
    const [file, kind] = cells;
    if (!file || !kind)
      throw new FaceSetError('empty', `labels.tsv line ${index + 2} lacks file or class`);
    return { file, kind, subject: (subjectColumn >= 0 ? cells[subjectColumn] : '') || null };
  });
}
