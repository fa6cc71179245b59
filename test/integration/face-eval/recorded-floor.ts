import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The sentence of docs/performance.md that records the regression floor; the doc is the single source. */
const FLOOR_LINE =
  /Regression floor \(CI\): card-condition TAR@FAR 0\.1% on the dev set = (\d+(?:\.\d+)?)%/;

/** The card-condition TAR@FAR 0.1% recorded in docs/performance.md, as a fraction. */
export async function recordedCardFloor(): Promise<number> {
  const doc = await readFile(resolve(import.meta.dirname, '../../../docs/performance.md'), 'utf8');
  const match = FLOOR_LINE.exec(doc);
  if (!match?.[1])
    throw new Error(
      'docs/performance.md lacks the "Regression floor (CI): card-condition TAR@FAR 0.1% ..." line',
    );
  return Number(match[1]) / 100;
}
