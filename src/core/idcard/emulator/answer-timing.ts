import { assertNever } from '../../../shared/result';
import type { SamCommandName } from '../protocol/command-codes';

/** How fast the emulated SAM answers. */
export type AnswerSpeed =
  | { readonly kind: 'instant' }
  | { readonly kind: 'fixed'; readonly delayMs: number }
  /** Roughly a real SAM: about one second for find, select and read together, mostly RF and crypto. */
  | { readonly kind: 'real' };

// Spread of a real read cycle over its commands (the protocol document quotes ≈1 s per card).
const REAL_SPEED_MS: { readonly [N in SamCommandName]: number } = {
  reset: 150,
  status: 10,
  'sam-id': 15,
  'find-card': 60,
  'select-card': 70,
  'read-base-info': 850,
  'read-base-info-fingerprint': 1000,
  'read-appended-address': 120,
  'set-baud-rate': 10,
  'set-max-rf-frame': 10,
};

/** Milliseconds the SAM takes before answering a command (null name: an unknown or damaged request). */
export function answerDelayMs(speed: AnswerSpeed, command: SamCommandName | null): number {
  switch (speed.kind) {
    case 'instant':
      return 0;
    case 'fixed':
      return speed.delayMs;
    case 'real':
      return command ? REAL_SPEED_MS[command] : 10;
    default:
      return assertNever(speed, 'answer speed');
  }
}
