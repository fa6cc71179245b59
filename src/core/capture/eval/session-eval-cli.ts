/**
 * `npm run eval:sessions -- --set DIR [--json] [--synthetic-attacks] [--operating-point NAME]
 * [--models DIR] [--fps N]`: every labelled clip of a set through the real capture session. A live
 * clip runs once with its own person's card (genuine) and once with every other person's card
 * (impostor); an attack clip with the card of the person it shows. `--synthetic-attacks` adds the
 * attacks of `synthetic-clips.ts` made from every live clip.
 */
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../../../shared/config/config-defaults';
import type { Frame } from '../../../shared/kiosk-api/frame';
import { CAMERA_FPS } from '../../../shared/kiosk-api/frame-rate';
import { evalFailureExitCode } from '../../face/eval/eval-exit-code';
import { readAllY4mFrames } from '../../face/eval/y4m-reader';
import type { FrameAnalysis } from '../../face/frame-analysis';
import { loadBoundCalibration } from '../../face/match/calibration-binding';
import { createMatcher } from '../../face/match/match-decision';
import { engineFrameToRgb } from '../../face/engine/engine-frame';
import { createFacePipeline, type FacePipeline } from '../../face/pipeline';
import type { FaceAnalyzer } from '../../devices/face-engine-port';
import type { RgbImage } from '../../photo/rgb-image';
import { toRgbImage } from '../../photo/to-rgb-image';
import { readFile } from 'node:fs/promises';
import { seededRandom } from '../../seeded-random';
import { rgbaFrame, runClipSession, type ClipSessionRig } from './clip-session';
import { sessionTables, summarizeSessions, type EvaluatedSession } from './session-report';
import { loadSessionSet, SessionSetError, type ClipKind, type SessionSet } from './session-set';
import { syntheticClips } from './synthetic-clips';

const USAGE =
  'Usage: npm run eval:sessions -- --set DIR [--json] [--synthetic-attacks] [--operating-point NAME (session-1e-3, far-1e-N)] [--models DIR] [--fps N]';

/** The same frame is analysed once: clips loop and every live clip runs against several cards. */
function cachedAnalyzer(pipeline: FacePipeline): FaceAnalyzer {
  const cache = new Map<string, Promise<FrameAnalysis>>();
  return {
    analyze(frame) {
      const key = createHash('sha1').update(frame.data).digest('hex');
      const known = cache.get(key);
      if (known) return known;
      const analysis = engineFrameToRgb(frame).then((image) => pipeline.analyze(image));
      cache.set(key, analysis);
      return analysis;
    },
    enroll: (photo) => pipeline.enroll(photo),
  };
}

interface EvalClip {
  readonly name: string;
  readonly kind: ClipKind;
  readonly person: string;
  /** Made by code (`--synthetic-attacks`), not recorded. */
  readonly synthetic: boolean;
  readonly frames: readonly Frame[];
}

async function clipsOf(set: SessionSet, synthetic: boolean, fps: number): Promise<EvalClip[]> {
  const clips: EvalClip[] = [];
  for (const [i, clip] of set.clips.entries()) {
    const rgb = readAllY4mFrames(join(set.dir, clip.file));
    const { person } = clip;
    clips.push({
      name: clip.file,
      kind: clip.kind,
      person,
      synthetic: false,
      frames: rgb.map(rgbaFrame),
    });
    if (!synthetic || clip.kind !== 'live') continue;
    for (const made of await syntheticClips(clip.file, rgb, { fps, seed: i + 1 }))
      clips.push({ ...made, person, synthetic: true, frames: made.frames.map(rgbaFrame) });
  }
  return clips;
}

/** Runs the evaluation; resolves to the exit code (2 for bad usage or an unusable set, 1 for the engine). */
export async function runSessionEvalCli(args: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        set: { type: 'string' },
        json: { type: 'boolean', default: false },
        'synthetic-attacks': { type: 'boolean', default: false },
        'operating-point': { type: 'string', default: DEFAULT_CONFIG.face.operatingPoint },
        models: { type: 'string', default: DEFAULT_CONFIG.face.modelsDir },
        fps: { type: 'string', default: String(CAMERA_FPS) },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const fps = Number(values.fps);
  if (!values.set || !(fps > 0 && fps <= 60)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let pipeline: FacePipeline | undefined;
  try {
    const set = await loadSessionSet(values.set);
    const calibration = await loadBoundCalibration(values.models);
    const policy = DEFAULT_CONFIG.capture;
    const operatingPoint = values['operating-point'];
    const matcher = createMatcher({
      calibration,
      operatingPoint,
      bestFrames: policy.framesForMatch,
    });
    pipeline = await createFacePipeline({
      modelsDir: values.models,
      flipEmbedding: calibration.computedOn.flipEmbedding,
    });
    const rig: ClipSessionRig = {
      engine: cachedAnalyzer(pipeline),
      matcher,
      policy,
      livenessLevel: DEFAULT_CONFIG.face.livenessLevel,
      fps,
      random: seededRandom(1),
    };
    const cards = new Map<string, RgbImage>();
    for (const [person, file] of Object.entries(set.portraits))
      cards.set(person, await toRgbImage(await readFile(file)));
    const sessions: EvaluatedSession[] = [];
    for (const clip of await clipsOf(set, values['synthetic-attacks'], fps)) {
      const cardsFor = clip.kind === 'live' ? [...cards.keys()] : [clip.person];
      for (const cardOf of cardsFor) {
        const result = await runClipSession(rig, clip.frames, cards.get(cardOf)!);
        const role =
          clip.kind !== 'live' ? 'attack' : cardOf === clip.person ? 'genuine' : 'impostor';
        sessions.push({
          ...result,
          clip: clip.name,
          kind: clip.kind,
          person: clip.person,
          synthetic: clip.synthetic,
          cardOf,
          role,
        });
        process.stderr.write(
          `${clip.name} / card of ${cardOf}: ${result.outcome} (${result.reasonKey})\n`,
        );
      }
    }
    const summary = summarizeSessions(sessions);
    const context = {
      set: values.set,
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown' },
      operatingPoint,
      livenessLevel: rig.livenessLevel,
      fps,
    };
    process.stdout.write(
      values.json
        ? `${JSON.stringify({ ...context, summary, sessions })}\n`
        : `${sessionTables(summary, sessions)}\n`,
    );
    return 0;
  } catch (error) {
    return evalFailureExitCode(error, SessionSetError);
  } finally {
    await pipeline?.close();
  }
}
