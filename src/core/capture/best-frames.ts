/** Keeps the few best live frames of an attempt by face quality; the matcher fuses them best first. */
import type { Frame } from '../../shared/kiosk-api/frame';
import type { Embedding } from '../face/match/embedding-math';

/** A frame worth matching: its quality, its embedding and (only if policy transmits it) the image. */
export interface KeptFrame {
  readonly quality: number;
  readonly embedding: Embedding;
  readonly frame: Frame | null;
}

/** The top `capacity` frames by quality, at or above `minQuality`. */
export class BestFrames {
  private frames: KeptFrame[] = [];

  constructor(
    private readonly capacity: number,
    private readonly minQuality: number,
  ) {}

  /** Offers a frame; returns whether it was kept. */
  offer(candidate: KeptFrame): boolean {
    if (candidate.quality < this.minQuality) return false;
    const worst = this.frames[this.frames.length - 1];
    if (this.frames.length >= this.capacity && worst && worst.quality >= candidate.quality)
      return false;
    this.frames = [...this.frames, candidate]
      .sort((a, b) => b.quality - a.quality)
      .slice(0, this.capacity);
    return true;
  }

  /** Whether enough good frames are kept to match. */
  get full(): boolean {
    return this.frames.length >= this.capacity;
  }

  /** How many frames are kept. */
  get size(): number {
    return this.frames.length;
  }

  /** The kept frames, best first. */
  bestFirst(): readonly KeptFrame[] {
    return this.frames;
  }

  /** Forgets every kept frame (personal data). */
  clear(): void {
    this.frames = [];
  }
}
