/** One instruction at a time, without flicker: a new instruction shows only once it has persisted. */
import type { GuidanceKey } from '../../shared/kiosk-api/capture-keys';
import type { Clock } from '../clock';

/** Debounces the per-frame instruction into the one the screen shows and speaks. */
export class GuidanceDebounce {
  private shown: GuidanceKey | null = null;
  private candidate: GuidanceKey | null = null;
  private candidateSinceMs = 0;

  constructor(
    private readonly debounceMs: number,
    private readonly clock: Clock,
  ) {}

  /** Offers the latest frame's instruction; returns true when the shown instruction changes. */
  offer(instruction: GuidanceKey | null): boolean {
    const now = this.clock.now();
    if (instruction === this.shown) {
      this.candidate = this.shown;
      return false;
    }
    if (instruction !== this.candidate) {
      this.candidate = instruction;
      this.candidateSinceMs = now;
    }
    if (now - this.candidateSinceMs < this.debounceMs) return false;
    this.shown = instruction;
    return true;
  }

  /** Shows an instruction at once (a liveness challenge must not wait); returns true when it changed. */
  force(instruction: GuidanceKey): boolean {
    const changed = instruction !== this.shown;
    this.shown = instruction;
    this.candidate = instruction;
    return changed;
  }

  /** The instruction the screen shows now. */
  get current(): GuidanceKey | null {
    return this.shown;
  }
}
