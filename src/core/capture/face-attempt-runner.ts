/** One face attempt: frames through the gate to the engine, best frames kept, liveness followed, one instruction shown. */
import type { ChallengeKey, GuidanceKey } from '../../shared/kiosk-api/capture-keys';
import type { Frame } from '../../shared/kiosk-api/frame';
import { assertNever } from '../../shared/result';
import type { Clock } from '../clock';
import { isUnusableFrame } from '../face/face-errors';
import { BestFrames, type KeptFrame } from './best-frames';
import { FrameGate, type FrameDisposition } from './frame-gate';
import { GuidanceDebounce } from './guidance-debounce';
import type { FaceAttempt, FrameAssessment } from './ports';

/** What an attempt reports to the session; after `ready`, `spoof` or `failed` it reports nothing more. */
export interface AttemptListener {
  /** The shown instruction or challenge changed (read them from the runner). */
  instruction(): void;
  ready(bestFirst: readonly KeptFrame[], liveness: { score: number; threshold: number }): void;
  spoof(): void;
  failed(): void;
}

/** Settings of an attempt, from the capture policy. */
export interface AttemptOptions {
  readonly framesForMatch: number;
  readonly minFrameQuality: number;
  readonly guidanceDebounceMs: number;
  /** Keep the frame images (only when the record transmits the live photo). */
  readonly keepImages: boolean;
  readonly clock: Clock;
}

/** Runs one attempt until it is ready to match, sees a spoof, or the engine fails. */
export class FaceAttemptRunner {
  private readonly gate = new FrameGate((frame) => this.analyze(frame));
  private readonly best: BestFrames;
  private readonly guidance: GuidanceDebounce;
  private live: { score: number; threshold: number } | null = null;
  private currentChallenge: ChallengeKey | null = null;
  private stopped = false;
  private faceSeen = false;
  private faceChangeCount = 0;

  constructor(
    private readonly attempt: FaceAttempt,
    private readonly options: AttemptOptions,
    private readonly listener: AttemptListener,
  ) {
    this.best = new BestFrames(options.framesForMatch, options.minFrameQuality);
    this.guidance = new GuidanceDebounce(options.guidanceDebounceMs, options.clock);
  }

  /** Hands a frame to the gate; frames after the attempt ended are ignored. */
  submit(frame: Frame): FrameDisposition | 'ignored' {
    return this.stopped ? 'ignored' : this.gate.submit(frame);
  }

  /** Ends the attempt and forgets its frames; a frame still in the engine is ignored when it returns. */
  stop(): void {
    this.stopped = true;
    this.gate.clear();
    this.best.clear();
  }

  /** The one instruction to show now. */
  get instruction(): GuidanceKey | null {
    return this.guidance.current;
  }

  /** The liveness challenge asked for now, if any. */
  get challenge(): ChallengeKey | null {
    return this.currentChallenge;
  }

  /** Whether any analysed frame showed a face (a timeout then says "too slow", not "no face"). */
  get sawFace(): boolean {
    return this.faceSeen;
  }

  /** How often the followed face was replaced by another (each time its liveness evidence restarted). */
  get faceChanges(): number {
    return this.faceChangeCount;
  }

  /** Whether the attempt still takes frames (not stopped, not yet ready, spoofed or failed). */
  get active(): boolean {
    return !this.stopped;
  }

  /** Frames dropped unanalysed so far (the engine was busy). */
  get dropped(): number {
    return this.gate.dropped;
  }

  private async analyze(frame: Frame): Promise<void> {
    let assessment: FrameAssessment;
    try {
      assessment = await this.attempt.analyze(frame);
    } catch (error) {
      // A frame that does not decode says nothing about the person or the engine: skip it.
      if (this.stopped || isUnusableFrame(error)) return;
      this.stop();
      this.listener.failed();
      return;
    }
    if (this.stopped) return;
    const { face, liveness } = assessment;
    this.faceSeen ||= face !== null;
    if (assessment.faceChanged) {
      this.faceChangeCount += 1;
      // The best frames must show the person whose liveness is being judged, seen continuously.
      this.best.clear();
      this.live = null;
    }
    if (face)
      this.best.offer({
        quality: face.quality,
        embedding: face.embedding,
        frame: this.options.keepImages ? frame : null,
      });
    switch (liveness.kind) {
      case 'spoof':
        this.stop();
        this.listener.spoof();
        return;
      case 'live':
        this.live = { score: liveness.score, threshold: liveness.threshold };
        this.currentChallenge = null;
        break;
      case 'need-challenge':
        this.currentChallenge = liveness.challenge;
        break;
      case 'undecided':
        break;
      default:
        assertNever(liveness, 'liveness verdict');
    }
    if (this.live && this.best.full) {
      const frames = this.best.bestFirst();
      this.stop();
      this.listener.ready(frames, this.live);
      return;
    }
    const challenge = this.currentChallenge;
    const changed = challenge
      ? this.guidance.force(challenge)
      : this.guidance.offer(assessment.instruction);
    if (changed) this.listener.instruction();
  }
}
