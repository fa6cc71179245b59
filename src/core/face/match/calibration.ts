/**
 * The matcher's calibration: thresholds for named operating points (target false accept rates),
 * with the evaluation they came from. Written by `npm run eval:faces -- --calibrate FILE`.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { FACE_MATCH_MESSAGES } from '../../../shared/i18n/face-match-messages';
import { localize } from '../../../shared/i18n/locale';
import { KioskError } from '../../kiosk-error';

/**
 * Name of an operating point: the per-attempt target FAR as a power of ten (`far-1e-3`), or the
 * target impostor session pass rate (`session-1e-3`, measured over whole simulated sessions).
 */
const OperatingPointName = z.string().regex(/^(far|session)-1e-\d+$/);

/** Runtime schema of `models/calibration.json`. */
const CalibrationSchema = z.object({
  version: z.literal(1),
  /** Documents the decision rule the thresholds were computed for. */
  rule: z.literal('match when cosine similarity > threshold'),
  defaultOperatingPoint: OperatingPointName,
  operatingPoints: z.record(
    OperatingPointName,
    z.object({
      /** Per attempt: the false accept rate measured at the threshold. */
      far: z.number().min(0).lt(1),
      threshold: z.number().min(-1).max(1),
      /** Per attempt: the true accept rate measured at the threshold. */
      tar: z.number().min(0).max(1),
      /** Session-level points: the worst session pass rates over every group and attempt bound. */
      session: z
        .object({
          attempts: z.int().positive(),
          genuinePass: z.number().min(0).max(1),
          impostorPass: z.number().min(0).max(1),
        })
        .optional(),
    }),
  ),
  computedOn: z.object({
    set: z.string().min(1),
    condition: z.enum(['asIs', 'card']),
    date: z.iso.datetime(),
    genuine: z.number().int().positive(),
    impostors: z.number().int().positive(),
    /** How embeddings were made (e.g. flip test-time augmentation): the runtime must do the same. */
    embedding: z.string().min(1),
    /** Whether embeddings were the mean of the aligned face and its mirror: start the engine the same way. */
    flipEmbedding: z.boolean(),
    /** sha256 of each model file the scores came from, by file name. */
    models: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  }),
});

/** A validated calibration. */
export type Calibration = z.infer<typeof CalibrationSchema>;

/** One operating point as the calibration file stores it. */
export type CalibrationPoint = Calibration['operatingPoints'][string];

/** An operating point's name: the per-attempt target FAR, or the session-level impostor target. */
export const operatingPointName = (kind: 'far' | 'session', rate: number): string =>
  `${kind}-1e-${Math.round(-Math.log10(rate))}`;

/** Why a calibration cannot be used; callers branch on `reason`. */
export class CalibrationError extends KioskError {
  constructor(
    readonly reason: 'missing' | 'invalid' | 'unknown-operating-point' | 'model-mismatch',
    params: Readonly<Record<string, string>>,
    options?: { cause?: unknown },
  ) {
    const key = {
      missing: 'calibrationMissing',
      invalid: 'calibrationInvalid',
      'unknown-operating-point': 'operatingPointUnknown',
      'model-mismatch': 'calibrationModelMismatch',
    } as const;
    super(
      `face.calibration.${reason}`,
      localize(FACE_MATCH_MESSAGES[key[reason]], params),
      false,
      options,
    );
  }
}

/** Validates a parsed calibration document, including that the default operating point exists. */
export function parseCalibration(document: unknown, file = 'calibration.json'): Calibration {
  const parsed = CalibrationSchema.safeParse(document);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new CalibrationError('invalid', { file, detail });
  }
  const calibration = parsed.data;
  if (!(calibration.defaultOperatingPoint in calibration.operatingPoints)) {
    throw new CalibrationError('invalid', {
      file,
      detail: `defaultOperatingPoint ${calibration.defaultOperatingPoint} is not listed`,
    });
  }
  return calibration;
}

/** Reads and validates a calibration file. */
export async function loadCalibration(file: string): Promise<Calibration> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CalibrationError('missing', { file }, { cause: error });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new CalibrationError('invalid', { file, detail: 'not JSON' }, { cause: error });
  }
  return parseCalibration(document, file);
}
