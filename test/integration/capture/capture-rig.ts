// The capture tests' rig: the demo rig (pty emulator child, reader loop, engine process, SQLite
// store, collector on 127.0.0.1) with a memory logger, an event waiter and a frame feeder.
import { afterEach } from 'vitest';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { startDemoRig, type DemoRig, type DemoRigOptions } from '../../../src/demo/demo-rig';
import { EventWaiter } from '../../../src/demo/event-waiter';
import { isState } from '../../support/session-events';
import type { Frame } from '../../../src/shared/kiosk-api/frame';
import { forkEngine } from '../../../src/core/face/engine/engine-child';
import { Listeners } from '../../../src/shared/listeners';

export { queueOf, queueUntil } from '../../support/kiosk-queue';
export { isFinalResult, isState } from '../../support/session-events';

/** A started rig and what its helpers wait on. */
interface Running {
  readonly rig: DemoRig;
  readonly events: EventWaiter;
  /** Fires on every answer or exit of the engine process and on every kiosk event. */
  readonly progress: Listeners<void>;
  readonly unsubscribe: () => void;
}

const running: Running[] = [];
afterEach(async () => {
  for (const { rig, events, unsubscribe } of running.splice(0)) {
    unsubscribe();
    events.close();
    await rig.close();
  }
});

/** Starts a rig for one test (stopped after it); its engine answers and exits and kiosk events are `progress`. */
export async function startCaptureRig(options: Omit<DemoRigOptions, 'logger'>) {
  const logger = createMemoryLogger();
  const progress = new Listeners<void>();
  const launch = options.launchEngine ?? forkEngine;
  const rig = await startDemoRig({
    ...options,
    logger,
    launchEngine: (engineOptions) => {
      const engine = launch(engineOptions);
      engine.on('message', () => progress.emit());
      engine.on('exit', () => progress.emit());
      return engine;
    },
  });
  const events = new EventWaiter(rig.kiosk.api);
  const unsubscribe = rig.kiosk.api.subscribe(() => progress.emit());
  running.push({ rig, events, progress, unsubscribe });
  return { rig, events, logger, api: rig.kiosk.api };
}

/** Resolves on the rig's next progress: an engine answer or exit, or a kiosk event. */
export function nextProgress(rig: DemoRig): Promise<void> {
  const entry = running.find((r) => r.rig === rig);
  if (!entry) throw new Error('the rig was not started by startCaptureRig');
  return new Promise((resolve) => {
    const off = entry.progress.add(() => {
      off();
      resolve();
    });
  });
}

/**
 * Submits frames (cycling) until `done` settles; resolves with its value. A new frame goes in
 * once the engine has answered or the kiosk has moved on, so frames come at engine speed (none
 * replaced before analysis) and the test waits on events, not on a frame rate.
 */
export async function feedUntil<T>(
  rig: DemoRig,
  frames: readonly Frame[],
  done: Promise<T>,
): Promise<T> {
  let settled = false;
  const finished = done.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; !settled; i += 1) {
    const moved = nextProgress(rig);
    const answer = await rig.kiosk.api['frame.submit'](frames[i % frames.length] as Frame);
    // Keep one frame waiting behind the one in analysis, as a camera faster than the engine
    // would, so the engine never idles between frames.
    if (answer.ok && answer.value.disposition === 'analyzing') continue;
    await Promise.race([moved, finished]);
  }
  return done;
}

/** Starts a session, accepts the consent and places the rig's card; resolves in the face state. */
export async function startToFace(rig: DemoRig, events: EventWaiter): Promise<void> {
  const consent = events.next(isState('consent'));
  await rig.kiosk.api['session.start']({});
  await consent;
  await rig.kiosk.api['session.consent']({ accepted: true, consentVersion: 'v1' });
  const face = events.next(isState('face'));
  await rig.emulator.control(`place ${rig.profile}`);
  await face;
}
