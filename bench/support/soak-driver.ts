// Drives one session of the busy day as the people at the kiosk would, and brings the kiosk back
// to idle afterwards as they would (card lifted, result dismissed, an operator unlocking).
import type { CaptureSession } from '../../src/core/capture/capture-session';
import type { ReaderEvent } from '../../src/core/idcard/reader/reader-events';
import type { KioskEvent } from '../../src/shared/kiosk-api/events';
import type { Frame } from '../../src/shared/kiosk-api/frame';
import type { SoakKind, SoakMaterial } from './soak-scenarios';
import { FRAME_INTERVAL_MS } from '../../src/shared/kiosk-api/frame-rate';
import { isFinalResult, isState } from '../../test/support/session-events';

/** The kiosk parts a session is driven through. */
export interface SoakRig {
  readonly session: CaptureSession;
  readonly material: SoakMaterial;
  readonly reader: (event: ReaderEvent) => void;
  readonly subscribe: (listener: (event: KioskEvent) => void) => () => void;
}

/** How a session went: its time from the card to the end, and how it ended. */
export interface SoakResult {
  readonly ms: number;
  /** `pass`, a fail's reason key, `locked`, or `idle` (ended by a timeout without a result). */
  readonly outcome: string;
  /** Attempts that failed because the engine process died. */
  readonly engineFailures: number;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, FRAME_INTERVAL_MS));

const isEnd = (e: KioskEvent) => isFinalResult(e) || isState('locked')(e) || isState('idle')(e);

function nextEvent(rig: SoakRig, test: (e: KioskEvent) => boolean): Promise<KioskEvent> {
  return new Promise((resolve) => {
    const off = rig.subscribe((event) => {
      if (!test(event)) return;
      off();
      resolve(event);
    });
  });
}

function outcomeOf(end: KioskEvent): string {
  if (end.name === 'session.result')
    return end.payload.outcome === 'pass' ? 'pass' : end.payload.reasonKey;
  return end.name === 'session.state' ? end.payload.state : end.name;
}

async function feed(
  rig: SoakRig,
  frames: readonly Frame[],
  ended: Promise<unknown>,
  killPid?: number,
) {
  let done = false;
  void ended.then(() => (done = true));
  for (let i = 0; !done; i += 1) {
    rig.session.submitFrame(frames[i % frames.length] as Frame);
    // The engine dies with a frame in it, a few frames into the face step.
    if (killPid !== undefined && i === 3) process.kill(killPid, 'SIGKILL');
    await tick();
  }
}

const FRAMES: Record<'pass' | 'impostor' | 'spoof', (m: SoakMaterial) => readonly Frame[]> = {
  pass: (m) => m.liveFrames,
  impostor: (m) => m.liveFrames,
  spoof: (m) => m.nextAttack(),
};

/** Runs one session of `kind`; with `killPid`, SIGKILLs that engine process during the face step. */
export async function driveSession(
  rig: SoakRig,
  kind: SoakKind,
  killPid?: number,
): Promise<SoakResult> {
  const started = performance.now();
  let engineFailures = 0;
  const offFailures = rig.subscribe((e) => {
    if (e.name === 'session.result' && e.payload.reasonKey === 'engine-failed') engineFailures += 1;
  });
  const ended = nextEvent(rig, isEnd);
  const consent = nextEvent(rig, isState('consent'));
  if (kind === 'pulled-mid-read') {
    // The card is lifted before the read completes; the person leaves the consent screen.
    rig.reader({ type: 'card-present' });
    await consent;
    rig.reader({ type: 'card-removed' });
  } else if (kind === 'walked-away') {
    rig.reader(rig.material.ownCard());
  } else {
    const face = nextEvent(rig, isState('face'));
    rig.reader(kind === 'impostor' ? rig.material.otherCard() : rig.material.ownCard());
    await consent;
    rig.session.consent(true, 'v1');
    await face;
    await feed(rig, FRAMES[kind](rig.material), ended, killPid);
  }
  const end = await ended;
  const ms = performance.now() - started;
  offFailures();
  const outcome = outcomeOf(end);
  if (outcome !== 'idle') {
    const idle = nextEvent(rig, isState('idle'));
    rig.reader({ type: 'card-removed' });
    if (outcome === 'locked') rig.session.unlock();
    else rig.session.cancel();
    await idle;
  }
  return { ms, outcome, engineFailures };
}
