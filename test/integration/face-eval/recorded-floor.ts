import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * The sentence of docs/performance.md that records the regression floor and the subset it was
 * measured on; the doc is the single source of both.
 */
const FLOOR_LINE =
  /Regression floor \(CI\): card-condition TAR@FAR 0\.1% = (\d+(?:\.\d+)?)% on the dev set(?: with `--limit (\d+)`)?/;

/** The recorded card-condition TAR@FAR 0.1% (a fraction) and the `--limit` it was measured with. */
export async function recordedCardFloor(): Promise<{ floor: number; limit?: number }> {
  const doc = await readFile(resolve(import.meta.dirname, '../../../docs/performance.md'), 'utf8');
  const match = FLOOR_LINE.exec(doc);
  if (!match?.[1])
    throw new Error(
      'docs/performance.md lacks the "Regression floor (CI): card-condition TAR@FAR 0.1% = ..." line',
    );
  return { floor: Number(match[1]) / 100, ...(match[2] ? { limit: Number(match[2]) } : {}) };
}
