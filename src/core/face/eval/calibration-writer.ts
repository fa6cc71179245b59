/** Turns an evaluation's card-condition operating points into the matcher's calibration file. */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  operatingPointName,
  parseCalibration,
  type Calibration,
  type CalibrationPoint,
} from '../match/calibration';
import type { ConditionSummary } from './condition-summary';

/** What the calibration records about where its thresholds came from. */
export interface CalibrationSource {
  readonly set: string;
  readonly modelsDir: string;
  /** How embeddings were made, e.g. "flip TTA (mean of image and mirror)". */
  readonly embedding: string;
  /** Whether the engine ran with flip test-time augmentation. */
  readonly flipEmbedding: boolean;
  readonly date: Date;
}

const DEFAULT_POINT = 'far-1e-3';

/** sha256 of every ONNX file in the models folder, by file name. */
async function modelHashes(modelsDir: string): Promise<Record<string, string>> {
  const files = (await readdir(modelsDir)).filter((name) => name.endsWith('.onnx')).sort();
  const entries = await Promise.all(
    files.map(
      async (name) =>
        [
          name,
          createHash('sha256')
            .update(await readFile(join(modelsDir, name)))
            .digest('hex'),
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/**
 * The calibration of the card condition: one operating point per supported FAR, named by its
 * power of ten; the default is FAR 0.1% (GB/T 38671's operating point), or the session operating
 * point when one is given (measured over whole sessions, which is what a worker goes through).
 */
export async function buildCalibration(
  card: ConditionSummary,
  source: CalibrationSource,
  session?: { readonly name: string; readonly point: CalibrationPoint },
): Promise<Calibration> {
  const operatingPoints = Object.fromEntries(
    card.operatingPoints.flatMap((point) =>
      point.threshold === null || point.tar === null
        ? []
        : [
            [
              operatingPointName('far', point.far),
              { far: point.far, threshold: point.threshold, tar: point.tar },
            ],
          ],
    ),
  );
  if (session) operatingPoints[session.name] = session.point;
  return parseCalibration({
    version: 1,
    rule: 'match when cosine similarity > threshold',
    defaultOperatingPoint: session?.name ?? DEFAULT_POINT,
    operatingPoints,
    computedOn: {
      set: basename(source.set),
      condition: 'card',
      date: source.date.toISOString(),
      genuine: card.figures.genuine,
      impostors: card.figures.impostors,
      embedding: source.embedding,
      flipEmbedding: source.flipEmbedding,
      models: await modelHashes(source.modelsDir),
    },
  });
}

/** Writes a calibration as pretty JSON. */
export async function writeCalibration(file: string, calibration: Calibration): Promise<void> {
  await writeFile(file, `${JSON.stringify(calibration, null, 2)}\n`);
}
