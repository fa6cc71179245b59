// What goes wrong mid-capture, over the real parts: the card is pulled, the engine process dies,
// the platform is down. Each must end typed and clean, and lose nothing that was recorded.
import { describe, expect, it } from 'vitest';
import {
  forkEngine,
  type EngineLauncher,
  type EngineOptions,
  type EngineProcess,
} from '../../../src/core/face/engine/engine-child';
import { loadDemoClip } from '../../../src/demo/demo-clip';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import {
  feedUntil,
  isFinalResult,
  nextProgress,
  isState,
  queueOf,
  queueUntil,
  startCaptureRig,
  startToFace,
} from './capture-rig';

const clip = loadDemoClip();
const timeouts = { ...DEFAULT_CONFIG.capture.timeoutsMs, retry: 1_000 };

describe('capture interruptions over the real parts', () => {
  it('aborts and wipes the session when the card is pulled during the face step; nothing is stored', async () => {
    const { rig, events, api } = await startCaptureRig({ holder: 'worker' });
    await startToFace(rig, events);
    await api['frame.submit']((await clip)[0]!);
    const idle = events.next(isState('idle'));
    await rig.emulator.control('remove');
    expect((await idle).payload).toEqual({ state: 'idle', endedBy: 'card-removed' });
    expect(await api['frame.submit']((await clip)[1]!)).toEqual({
      ok: true,
      value: { disposition: 'ignored' },
    });
    expect(await queueOf(rig)).toMatchObject({ pending: 0, sending: 0, acked: 0, quarantined: 0 });
  });

  it('fails the attempt with engine-failed when the engine process is killed, then passes on the restarted engine', async () => {
    const engines: EngineProcess[] = [];
    const launchedWith: EngineOptions[] = [];
    const launchEngine: EngineLauncher = (options) => {
      launchedWith.push(options);
      const engine = forkEngine(options);
      engines.push(engine);
      return engine;
    };
    const { rig, events, api } = await startCaptureRig({
      holder: 'worker',
      launchEngine,
      capture: { timeoutsMs: timeouts },
    });
    await startToFace(rig, events);
    const retry = events.next((e) => e.name === 'session.result' && e.payload.outcome === 'retry');
    const pid = engines[0]?.pid;
    expect(pid).toBeTypeOf('number');
    // The card photo is enrolled by now; once the first frame is answered (or the kiosk has moved
    // on), the next one is in the engine, or waiting for it, when it dies.
    const answered = nextProgress(rig);
    await api['frame.submit']((await clip)[0]!);
    await answered;
    void api['frame.submit']((await clip)[1]!);
    process.kill(pid as number, 'SIGKILL');
    expect((await retry).payload).toMatchObject({ outcome: 'retry', reasonKey: 'engine-failed' });
    const result = await feedUntil(rig, await clip, events.next(isFinalResult));
    expect(result.payload).toMatchObject({ outcome: 'pass', reasonKey: 'matched' });
    expect(engines).toHaveLength(2);
    // The calibration's thresholds were computed with flip test-time augmentation on.
    expect(launchedWith.map((o) => o.flipEmbedding)).toEqual([true, true]);
    expect(engines[1]?.pid).not.toBe(pid);
    await queueUntil(rig, (q) => q.acked === 1);
  }, 60_000);

  it('skips camera JPEGs the engine cannot decode and passes on the same attempt', async () => {
    const { rig, events } = await startCaptureRig({
      holder: 'worker',
      capture: { attempts: 1 },
    });
    await startToFace(rig, events);
    // Every other frame is cut short: with one attempt allowed, failing it on a frame would end in fail.
    const frames = (await clip).flatMap((frame) => [
      { ...frame, data: frame.data.slice(0, 600) },
      frame,
    ]);
    const result = await feedUntil(rig, frames, events.next(isFinalResult));
    expect(result.payload).toMatchObject({ outcome: 'pass', reasonKey: 'matched' });
    await queueUntil(rig, (q) => q.acked === 1);
  }, 60_000);

  it('keeps the record while the collector is down and drains the queue once it is up', async () => {
    const { rig, events } = await startCaptureRig({
      holder: 'worker',
      collectorDown: true,
    });
    await startToFace(rig, events);
    const result = await feedUntil(rig, await clip, events.next(isFinalResult));
    expect(result.payload).toMatchObject({ outcome: 'pass' });
    // The failed send is pushed too: the console sees the record back in pending, not stuck in sending.
    const waiting = await queueUntil(rig, (q) => q.pending === 1 && q.sending === 0);
    expect(waiting).toMatchObject({ acked: 0, lastUploadOkAtMs: null });
    const collector = await rig.startCollector();
    const drained = await queueUntil(rig, (q) => q.acked === 1);
    expect(drained).toMatchObject({ pending: 0, sending: 0 });
    expect(collector.db.listRecords()).toHaveLength(1);
  }, 60_000);
});
