// The capture tests' rig: the demo rig (pty emulator child, reader loop, engine process, SQLite
// store, collector on 127.0.0.1) with a memory logger, an event waiter and a frame feeder.
import { afterEach } from 'vitest';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { startDemoRig, type DemoRig, type DemoRigOptions } from '../../../src/demo/demo-rig';
import { EventWaiter } from '../../../src/demo/event-waiter';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import type { Frame } from '../../../src/shared/kiosk-api/frame';
import type { QueueStatus } from '../../../src/shared/kiosk-api/device-status';

const running: Array<{ rig: DemoRig; events: EventWaiter }> = [];
afterEach(async () => {
  for (const { rig, events } of running.splice(0)) {
    events.close();
    await rig.close();
  }
});

/** Starts a rig for one test (stopped after it); the policy's timeouts are shortened unless given. */
export async function startCaptureRig(options: Omit<DemoRigOptions, 'logger'>) {
  const logger = createMemoryLogger();
  const rig = await startDemoRig({ ...options, logger });
  const events = new EventWaiter(rig.kiosk.api);
  running.push({ rig, events });
  return { rig, events, logger, api: rig.kiosk.api };
}

/** A session.state event of the given state. */
export const isState =
  (state: string, extra: (event: KioskEvent) => boolean = () => true) =>
  (event: KioskEvent) =>
    event.name === 'session.state' && event.payload.state === state && extra(event);

/** A final session.result (not a retry or a step to review). */
export const isFinalResult = (event: KioskEvent) =>
  event.name === 'session.result' &&
  (event.payload.outcome === 'pass' || event.payload.outcome === 'fail');

/** Submits frames at about `fps` (cycling) until `done` settles; resolves with its value. */
export async function feedUntil<T>(
  api: DemoRig['kiosk']['api'],
  frames: readonly Frame[],
  done: Promise<T>,
  fps = 8,
): Promise<T> {
  let settled = false;
  void done.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; !settled; i += 1) {
    await api['frame.submit'](frames[i % frames.length] as Frame);
    await new Promise((resolve) => setTimeout(resolve, 1000 / fps));
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

/** The queue as the console shows it. */
export async function queueOf(rig: DemoRig): Promise<QueueStatus> {
  const answer = await rig.kiosk.api['queue.status']({});
  if (!answer.ok) throw new Error(answer.error.text.en);
  return answer.value;
}

/** Polls the queue until `test` holds (the uploader works in the background). */
export async function queueUntil(
  rig: DemoRig,
  test: (queue: QueueStatus) => boolean,
): Promise<QueueStatus> {
  for (;;) {
    const queue = await queueOf(rig);
    if (test(queue)) return queue;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
