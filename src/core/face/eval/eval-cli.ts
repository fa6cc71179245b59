/** The command line of `npm run eval:faces`: progress on stderr, the report on stdout. */
import { DEFAULT_CONFIG } from '../../../shared/config/config-defaults';
import { evalFailureExitCode } from './eval-exit-code';
import { buildCalibration, writeCalibration } from './calibration-writer';
import { EVAL_USAGE, parseEvalOptions, type EvalOptions } from './eval-options';
import { reportDocument, reportTable, type EvaluationReport } from './eval-report';
import { embedSet, evaluateSet, groupsOf } from './face-evaluation';
import { FaceSetError, loadFaceSet } from './face-set';
import {
  livenessRows,
  livenessTable,
  livenessThresholds,
  PASSIVE_SCORE_KINDS,
  passiveScores,
  type PassiveScoreKind,
  scoreSpoofSet,
  type LivenessRow,
  type LivenessThreshold,
} from './liveness-eval';
import { subjectRows, subjectTable, type SubjectRow } from './liveness-subjects';
import { buildGatedReport, gateTable } from './gated-session-report';
import { openPipelineEmbedder, type PipelineEmbedder } from './pipeline-embedder';
import { scoreSessions } from './session-evaluation';
import { buildSessionReport, sessionCalibrationPoint, sessionTable } from './session-report';

/** Liveness figures of one passive score with the thresholds they were taken at. */
interface PassiveReport {
  readonly thresholds: readonly LivenessThreshold[];
  readonly rows: readonly LivenessRow[];
  /** The set's own images by subject mean (empty without a subject_id column). */
  readonly subjectRows: readonly SubjectRow[];
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
  const all = evaluateSet(set, embeddings);
  // Sessions follow the kiosk's own capture policy: as many attempts as it allows.
  const table = options.sessions
    ? scoreSessions(set, embeddings, DEFAULT_CONFIG.capture.attempts)
    : null;
  const sessions = table ? buildSessionReport(table, all.card) : null;
  const gatedSessions =
    sessions && options.kioskGates ? buildGatedReport(set, embeddings, sessions) : null;
  const report: EvaluationReport = {
    all,
    groups,
    ...(sessions ? { sessions } : {}),
    ...(gatedSessions ? { gatedSessions } : {}),
  };
  process.stderr.write(`evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (options.calibrate) {
    const source = {
      set: setDir,
      modelsDir: options.models,
      embedding: embedder.description,
      flipEmbedding: embedder.flipEmbedding,
      date: new Date(),
    };
    const sessionPoint = table && sessions ? sessionCalibrationPoint(sessions, table) : null;
    const calibration = await buildCalibration(all.card, source, sessionPoint ?? undefined);
    await writeCalibration(options.calibrate, calibration);
    process.stderr.write(`calibration written to ${options.calibrate}\n`);
  }
  return report;
}

/** Both passive scores' figures: the model's crop (refusals) and across crops (speech trusted). */
type LivenessReport = Readonly<Record<PassiveScoreKind, PassiveReport>>;

async function evaluateLiveness(dir: string, embedder: PipelineEmbedder): Promise<LivenessReport> {
  const scored = await scoreSpoofSet(dir, embedder.liveness);
  const report = (kind: PassiveScoreKind): PassiveReport => {
    const scores = passiveScores(scored.scores, kind);
    const thresholds = livenessThresholds(scores, kind);
    const bySubject = Object.fromEntries(
      Object.entries(scored.bySubject).map(([cls, subjects]) => [
        cls,
        passiveScores(subjects, kind),
      ]),
    );
    return {
      thresholds,
      rows: livenessRows(scores, thresholds),
      subjectRows: subjectRows(bySubject, thresholds),
    };
  };
  return { modelCrop: report('modelCrop'), acrossCrops: report('acrossCrops') };
}

const PASSIVE_TITLES: Readonly<Record<PassiveScoreKind, string>> = {
  modelCrop: "the model's own crop: what refusals and a challenge's answer go by",
  acrossCrops: 'across crops (tight, own, wide): what speech or a blink alone is trusted by',
};

/** Prints the figures: one JSON object with --json, Markdown tables otherwise. */
function printReport(
  options: EvalOptions,
  faces: EvaluationReport | null,
  liveness: LivenessReport | null,
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
  if (faces?.sessions)
    process.stdout.write(
      `\nSessions (${faces.sessions.attempts} attempts):\n${sessionTable(faces.sessions)}\n`,
    );
  if (faces?.gatedSessions)
    process.stdout.write(
      `\nKiosk gates:\n${gateTable(faces.gatedSessions)}\n` +
        `\nSessions through the kiosk gates:\n${sessionTable(faces.gatedSessions.sessions)}\n`,
    );
  if (!liveness) return;
  for (const kind of PASSIVE_SCORE_KINDS) {
    const { rows, thresholds, subjectRows: bySubject } = liveness[kind];
    const title = `${options.liveness}, ${PASSIVE_TITLES[kind]}`;
    process.stdout.write(`\nLiveness (${title}):\n${livenessTable(rows, thresholds)}\n`);
    if (bySubject.length)
      process.stdout.write(
        `\nBy subject (mean score of each subject's images):\n${subjectTable(bySubject, thresholds)}\n`,
      );
  }
}

/** Runs the evaluation; resolves to the exit code (2 for bad usage or an unusable set). */
export async function runFaceEvalCli(args: readonly string[]): Promise<number> {
  let options: EvalOptions | string;
  try {
    options = parseEvalOptions(args);
  } catch (error) {
    options = (error as Error).message;
  }
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n\n${EVAL_USAGE}\n`);
    return 2;
  }
  let embedder: PipelineEmbedder | undefined;
  try {
    embedder = await openPipelineEmbedder(options.models, options.embedding, options.cardFraming);
    const faces = options.set ? await evaluateFaces(options.set, options, embedder) : null;
    const liveness = options.liveness ? await evaluateLiveness(options.liveness, embedder) : null;
    printReport(options, faces, liveness);
    return 0;
  } catch (error) {
    return evalFailureExitCode(error, FaceSetError);
  } finally {
    await embedder?.close();
  }
}
