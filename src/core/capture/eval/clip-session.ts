/**
 * One capture session over a camera clip, through the kiosk's own CaptureSession (state machine,
 * frame gate, liveness, challenge, attempts, retries, spoof policy) and face engine port, with a
 * card holding a given portrait. The clip loops as Chromium's fake camera loops it; time is
 * virtual: a frame every 1/fps s, each analysed before the next arrives (the engine keeps up with
 * the camera's rate on the reference machine: docs/performance.md), so results do not depend on
 * this machine's load. A challenge is answered only by what the clip happens to show.
 */
import type { CapturePolicy } from '../../../shared/config/capture-policy-schema';
import type { ChallengeKey, FinalOutcome, ReasonKey } from '../../../shared/kiosk-api/capture-keys';
import type { Frame } from '../../../shared/kiosk-api/frame';
import type { Matcher } from '../../face/match/match-decision';
import type { ResidentIdCard } from '../../idcard/card/card';
import { silentLogger } from '../../log/logger';
import type { RgbImage } from '../../photo/rgb-image';
import { faceEnginePort, type FaceAnalyzer } from '../../devices/face-engine-port';
import type { RandomSource } from '../../face/liveness-session';
import { passiveScorePair, type PassiveScorePair } from '../../face/eval/liveness-eval';
import type { LivenessLevel } from '../../../shared/config/config-schema';
import { CaptureSession } from '../capture-session';
import type { CardSourceEvent } from '../ports';
import { createManualClock } from '../../manual-clock';

/** What every session of an evaluation shares. */
export interface ClipSessionRig {
  readonly engine: FaceAnalyzer;
  readonly matcher: Matcher;
  readonly policy: CapturePolicy;
  readonly livenessLevel: LivenessLevel;
  readonly fps: number;
  /** Draws the side of each turn challenge (seeded, so a run repeats). */
  readonly random: RandomSource;
}

/** How one session ended. */
export interface ClipSessionResult {
  /** `undecided` only if the session ran past the cap without a final result (a defect). */
  readonly outcome: FinalOutcome | 'undecided';
  readonly reasonKey: ReasonKey | null;
  /** Camera time from the face step's start to the final result. */
  readonly decisionMs: number;
  /** Attempts in which a liveness challenge was asked. */
  readonly challenges: number;
  /** The challenge each of those attempts asked, in order (blink, or the drawn turn). */
  readonly challengeKeys: readonly ChallengeKey[];
  readonly attempts: number;
  /**
   * Passive liveness of the followed face over every frame the session analysed: mean and min at
   * the model's crop, and the mean across crops (what speech alone is trusted by).
   */
  readonly passive: {
    readonly mean: number;
    readonly min: number;
    readonly acrossCropsMean: number;
  } | null;
}

/** A card with no real person's data: only its photo matters here. */
const EVAL_CARD: ResidentIdCard = {
  type: 'resident',
  name: '测试',
  idNumber: '11010119900307803X',
  nation: { kind: 'known', code: '01', name: '汉' },
  address: '测试地址',
  issuingAuthority: '测试',
  gender: { kind: 'known', code: '1', label: { 'zh-CN': '男', en: 'Male' } },
  birthDate: { kind: 'date', iso: '1990-03-07' },
  validFrom: { kind: 'date', iso: '2020-01-01' },
  validTo: { kind: 'long-term' },
};

/** Counts the engine calls in flight, so the driver can wait until the session has settled. */
function tracked(engine: FaceAnalyzer) {
  let inFlight = 0;
  let idle: (() => void) | null = null;
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight += 1;
    return work.finally(() => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    });
  };
  const passive: PassiveScorePair[] = [];
  const analyzer: FaceAnalyzer = {
    analyze: (frame) =>
      track(engine.analyze(frame)).then((analysis) => {
        if (analysis.chosen) passive.push(passiveScorePair(analysis.chosen));
        return analysis;
      }),
    enroll: (photo) => track(engine.enroll(photo)),
  };
  const engineIdle = () =>
    inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (idle = resolve));
  const settle = async () => {
    do {
      await engineIdle();
      // The session's answer to an analysis (matching, saving the record) is a chain of promises
      // only: one macrotask turn runs it to its end, unless it asked the engine for more.
      await new Promise<void>((resolve) => setImmediate(resolve));
    } while (inFlight > 0);
  };
  return { analyzer, settle, passive };
}

/** An RGB image as an RGBA frame, the form `frame.submit` takes from a canvas. */
export function rgbaFrame(image: RgbImage): Frame {
  const pixels = image.width * image.height;
  const data = new Uint8Array(pixels * 4);
  for (let i = 0; i < pixels; i += 1) {
    data[i * 4] = image.data[i * 3] as number;
    data[i * 4 + 1] = image.data[i * 3 + 1] as number;
    data[i * 4 + 2] = image.data[i * 3 + 2] as number;
    data[i * 4 + 3] = 255;
  }
  return { width: image.width, height: image.height, format: 'rgba', data };
}

/** Runs one session: consent, the card with `cardPhoto`, then the clip until a final result. */
export async function runClipSession(
  rig: ClipSessionRig,
  frames: readonly Frame[],
  cardPhoto: RgbImage,
): Promise<ClipSessionResult> {
  const time = createManualClock(Date.UTC(2026, 0, 1));
  const { analyzer, settle, passive } = tracked(rig.engine);
  let listener: (event: CardSourceEvent) => void = () => undefined;
  let final: { outcome: FinalOutcome; reasonKey: ReasonKey } | null = null;
  const challenged = new Map<number, ChallengeKey>();
  let attempts = 0;
  const session = new CaptureSession({
    cards: { on: (l) => ((listener = l), () => undefined) },
    face: faceEnginePort(analyzer, rig.random),
    matcher: rig.matcher,
    records: {
      append: () => Promise.resolve({ ok: true, value: { recordId: 'eval' } }),
      canAccept: () => true,
    },
    clock: time,
    timers: time,
    logger: silentLogger,
    policy: rig.policy,
    livenessLevel: rig.livenessLevel,
    emit: (event) => {
      if (
        event.name === 'session.result' &&
        (event.payload.outcome === 'pass' || event.payload.outcome === 'fail')
      )
        final ??= { outcome: event.payload.outcome, reasonKey: event.payload.reasonKey };
      if (event.name === 'session.state' && event.payload.state === 'face') {
        attempts = Math.max(attempts, event.payload.attempt);
        const { attempt, challenge } = event.payload;
        if (challenge && !challenged.has(attempt)) challenged.set(attempt, challenge);
      }
    },
  });
  try {
    session.start();
    session.consent(true, rig.policy.consentVersion);
    listener({
      type: 'card-read',
      card: { card: EVAL_CARD, photo: cardPhoto, photoPreview: null },
    });
    const started = time.now();
    const frameMs = 1000 / rig.fps;
    // Every attempt, retry and review timeout together, with room to spare.
    const capMs =
      Object.values(rig.policy.timeoutsMs).reduce((a, b) => a + b, 0) * rig.policy.attempts;
    for (let i = 0; final === null && time.now() - started < capMs; i += 1) {
      session.submitFrame(frames[i % frames.length] as Frame);
      await settle();
      time.advance(frameMs);
      await settle();
    }
    const decided = final as { outcome: FinalOutcome; reasonKey: ReasonKey } | null;
    return {
      outcome: decided?.outcome ?? 'undecided',
      reasonKey: decided?.reasonKey ?? null,
      decisionMs: time.now() - started,
      challenges: challenged.size,
      challengeKeys: [...challenged.values()],
      attempts,
      passive: passiveSummary(passive),
    };
  } finally {
    session.dispose();
  }
}

/** The session's passive figures, null when no analysed frame had a face. */
function passiveSummary(
  frames: readonly PassiveScorePair[],
): ClipSessionResult['passive'] {
  if (frames.length === 0) return null;
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const modelCrop = frames.map((f) => f.modelCrop);
  return {
    mean: mean(modelCrop),
    min: Math.min(...modelCrop),
    acrossCropsMean: mean(frames.map((f) => f.acrossCrops)),
  };
}
