// Staged rollout: each kiosk falls in a fixed bucket 0..99 derived from its device id, so raising
// a release's percentage only ever adds kiosks and a kiosk never flips between versions.
import { createHash } from 'node:crypto';

/** The kiosk's rollout bucket, 0..99. */
export function rolloutBucket(deviceId: string): number {
  return createHash('sha256').update(deviceId).digest().readUInt16BE(0) % 100;
}

/** Whether a kiosk is inside a rollout of `percentage` (0 reaches none, 100 all). */
export function inRollout(deviceId: string, percentage: number): boolean {
  return rolloutBucket(deviceId) < percentage;
}
