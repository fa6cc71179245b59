/**
 * Frames arrive at the camera's rate (FRAME_INTERVAL_MS, the one place that sets it) and leave at
 * engine speed: at most one is analysed and one (the latest) waits; an older waiting frame is
 * dropped, so nothing queues up and latency stays bounded. No rate is decided here.
 */
import type { Frame } from '../../shared/kiosk-api/frame';

/** What became of a submitted frame. */
export type FrameDisposition = 'analyzing' | 'waiting';

/** One analysis in flight, the latest frame waiting, everything else dropped. */
export class FrameGate {
  private waiting: Frame | null = null;
  private busy = false;
  private droppedCount = 0;

  /** `analyze` must settle (resolve or reject); its failure is the caller's to handle inside. */
  constructor(private readonly analyze: (frame: Frame) => Promise<void>) {}

  /** Takes a frame: analysed now if the engine is idle, otherwise it replaces the waiting one. */
  submit(frame: Frame): FrameDisposition {
    if (!this.busy) {
      this.busy = true;
      void this.run(frame);
      return 'analyzing';
    }
    if (this.waiting) this.droppedCount += 1;
    this.waiting = frame;
    return 'waiting';
  }

  /** Forgets the waiting frame (it is personal data); the one in flight finishes and is ignored by its owner. */
  clear(): void {
    this.waiting = null;
  }

  /** Frames replaced before they were analysed, since the gate was made. */
  get dropped(): number {
    return this.droppedCount;
  }

  /** Whether a frame is waiting (never more than one). */
  get hasWaiting(): boolean {
    return this.waiting !== null;
  }

  private async run(first: Frame): Promise<void> {
    let frame: Frame | null = first;
    while (frame) {
      await this.analyze(frame).catch(() => undefined);
      frame = this.waiting;
      this.waiting = null;
    }
    this.busy = false;
  }
}
