/** The command line of `npm run eval:faces`: options, progress on stderr, the report on stdout. */
import { parseArgs } from 'node:util';
import { buildCalibration, writeCalibration } from './calibration-writer';
import { reportDocument, reportTable, type EvaluationReport } from './eval-report';
import { embedSet, evaluateSet, groupsOf } from './face-evaluation';
import { FaceSetError, loadFaceSet } from './face-set';
import type { CardFraming } from '../card-photo-framing';
import { livenessRows, livenessTable, scoreSpoofSet, type LivenessRow } from './liveness-eval';
import {
  openPipelineEmbedder,
  parseCardFraming,
  type EmbeddingMode,
  type PipelineEmbedder,
} from './pipeline-embedder';

/** Usage text of the evaluation command. */
export const EVAL_USAGE = `Usage: npm run eval:faces -- --set DIR [options]
  --set DIR          evaluation set: identity folders of images (like ../shared/data/faces)
  --json             print one JSON object {"conditions": {"asIs": C, "card": C}} instead of the table
  --by-group         also report each identity-name prefix (london_, celeba_) on its own
  --calibrate FILE   write the matcher calibration (card condition) to FILE
  --limit N          only N identities, spread evenly over the sorted list
  --embedding MODE   flip (default: mean of the face and its mirror) or plain
  --card-framing F   how the card path frames the card photo: as-is, pad:MARGIN or upscale:FACTOR
                     (default: the engine's measured best)
  --liveness DIR     also evaluate liveness on a set like ../shared/data/spoof
  --models DIR       model folder (default: models)`;

interface EvalOptions {
  readonly set?: string;
  readonly json: boolean;
  readonly byGroup: boolean;
  readonly calibrate?: string;
  readonly limit?: number;
  readonly embedding: EmbeddingMode;
  readonly cardFraming?: CardFraming;
  readonly liveness?: string;
  readonly models: string;
}

function parseOptions(args: readonly string[]): EvalOptions | string {
  const { values } = parseArgs({
    args: [...args],
    options: {
      set: { type: 'string' },
      json: { type: 'boolean', default: false },
      'by-group': { type: 'boolean', default: false },
      calibrate: { type: 'string' },
      limit: { type: 'string' },
      embedding: { type: 'string', default: 'flip' },
      'card-framing': { type: 'string' },
      liveness: { type: 'string' },
      models: { type: 'string', default: 'models' },
    },
    strict: true,
  });
  if (!values.set && !values.liveness) return 'Give --set DIR (and/or --liveness DIR).';
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 2))
    return '--limit needs a whole number of identities, at least 2.';
  if (values.embedding !== 'flip' && values.embedding !== 'plain')
    return '--embedding is flip or plain.';
  const framing = values['card-framing'];
  const cardFraming = framing === undefined ? undefined : parseCardFraming(framing);
  if (cardFraming === null) return '--card-framing is as-is, pad:MARGIN or upscale:FACTOR.';
  return {
    json: values.json,
    byGroup: values['by-group'],
    embedding: values.embedding,
    models: values.models,
    ...(values.set ? { set: values.set } : {}),
    ...(values.calibrate ? { calibrate: values.calibrate } : {}),
    ...(limit ? { limit } : {}),
    ...(cardFraming ? { cardFraming } : {}),
    ...(values.liveness ? { liveness: values.liveness } : {}),
  };
}

async function evaluateFaces(
  setDir: string,
  options: EvalOptions,
  embedder: PipelineEmbedder,
): Promise<EvaluationReport> {
  const set = await loadFaceSet(setDir, options.limit);
  const started = Date.now();
  const embeddings = await embedSet(set, embedder, (done, total) => {
    if (done % 50 === 0 || done === total)
      process.stderr.write(`embedded ${done}/${total} images\n`);
  });
  const groups = options.byGroup
    ? Object.fromEntries(groupsOf(set).map((g) => [g, evaluateSet(set, embeddings, g)]))
    : {};
  const report: EvaluationReport = { all: evaluateSet(set, embeddings), groups };
  process.stderr.write(`evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (options.calibrate) {
    const source = {
      set: setDir,
      modelsDir: options.models,
      embedding: embedder.description,
      date: new Date(),
    };
    await writeCalibration(options.calibrate, await buildCalibration(report.all.card, source));
    process.stderr.write(`calibration written to ${options.calibrate}\n`);
  }
  return report;
}

/** Prints the figures: one JSON object with --json, Markdown tables otherwise. */
function printReport(
  options: EvalOptions,
  faces: EvaluationReport | null,
  liveness: LivenessRow[] | null,
): void {
  if (options.json) {
    const document = {
      ...(faces ? reportDocument(faces, options.byGroup) : {}),
      ...(liveness ? { liveness } : {}),
    };
    process.stdout.write(`${JSON.stringify(document)}\n`);
    return;
  }
  if (faces) process.stdout.write(`${reportTable(faces)}\n`);
  if (liveness)
    process.stdout.write(`\nLiveness (${options.liveness}):\n${livenessTable(liveness)}\n`);
}

/** Runs the evaluation; resolves to the exit code (2 for bad usage or an unusable set). */
export async function runFaceEvalCli(args: readonly string[]): Promise<number> {
  let options: EvalOptions | string;
  try {
    options = parseOptions(args);
  } catch (error) {
    options = (error as Error).message;
  }
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n\n${EVAL_USAGE}\n`);
    return 2;
  }
  const embedder = await openPipelineEmbedder(
    options.models,
    options.embedding,
    options.cardFraming,
  );
  try {
    const faces = options.set ? await evaluateFaces(options.set, options, embedder) : null;
    const liveness = options.liveness
      ? livenessRows(await scoreSpoofSet(options.liveness, embedder.liveness))
      : null;
    printReport(options, faces, liveness);
  } catch (error) {
    if (!(error instanceof FaceSetError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  } finally {
    await embedder.close();
  }
  return 0;
}
