import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { forkEngine, type EngineOptions } from '../../../src/core/face/engine/engine-child';
import { FaceEngineClient } from '../../../src/core/face/engine/face-engine-client';
import {
  FaceEngineCrashedError,
  FaceEngineStoppedError,
  FaceEngineTimeoutError,
  FaceFrameInvalidError,
  FaceModelError,
  isUnusableFrame,
} from '../../../src/core/face/face-errors';
import { rgbFrame } from '../../../src/core/face/engine/engine-frame';
import type { FrameAnalysis } from '../../../src/core/face/frame-analysis';
import { KioskError } from '../../../src/core/kiosk-error';
import { loadDemoClip } from '../../../src/demo/demo-clip';
import sharp from 'sharp';
import { createMemoryLogger } from '../../../src/core/log/logger';

const modelsDir = resolve(import.meta.dirname, '../../../models');
const frame = rgbFrame({ width: 320, height: 240, data: new Uint8Array(320 * 240 * 3).fill(128) });

/** The demo clip's first frame: the JPEG as the renderer sends it, and its RGB and RGBA pixels. */
async function demoFrames() {
  const [jpeg] = await loadDemoClip();
  if (!jpeg) throw new Error('the demo clip holds no frame');
  const raw = (alpha: boolean) =>
    (alpha ? sharp(jpeg.data).ensureAlpha() : sharp(jpeg.data).removeAlpha())
      .raw()
      .toBuffer()
      .then((data) => new Uint8Array(data));
  const { width, height } = jpeg;
  const rgb = rgbFrame({ width, height, data: await raw(false) });
  return { jpeg, rgb, rgba: { width, height, format: 'rgba' as const, data: await raw(true) } };
}

const withoutTimings = ({ timings: _, ...analysis }: FrameAnalysis) => analysis;

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('face engine process', () => {
  let client: FaceEngineClient;
  const logger = createMemoryLogger();

  beforeAll(async () => {
    client = await FaceEngineClient.start({ modelsDir, logger, requestTimeoutMs: 30_000 });
  });
  afterAll(() => client.stop());
  afterEach(() => vi.useRealTimers());

  it('answers analyze and enroll across the process boundary with typed arrays intact', async () => {
    const analysis = await client.analyze(frame);
    expect(analysis).toMatchObject({ width: 320, height: 240, faces: [], chosen: null });
    expect(await client.enroll({ width: 8, height: 8, data: new Uint8Array(8 * 8 * 3) })).toEqual({
      ok: false,
      error: { kind: 'image-too-small', width: 8, height: 8 },
    });
  });

  it('fails the pending call with FaceEngineCrashedError when the process dies mid-request, then restarts', async () => {
    const pid = await client.pid();
    const pending = client.analyze(frame);
    process.kill(pid as number, 'SIGKILL');
    const error = await pending.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FaceEngineCrashedError);
    expect(error).toMatchObject({ signal: 'SIGKILL', retryable: true });
    expect(logger.lines.some((line) => line.event === 'face.engine.crashed')).toBe(true);
    // The next call waits for the restarted process and succeeds.
    expect((await client.analyze(frame)).chosen).toBeNull();
    expect(await client.pid()).not.toBe(pid);
  });

  it('times a request out with FaceEngineTimeoutError and recovers by restarting the process', async () => {
    const pid = await client.pid();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Handler attached before the clock moves, so the rejection is never momentarily unhandled.
    const outcome = client.analyze(frame).then(
      () => null,
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(30_000);
    const error = await outcome;
    expect(error).toBeInstanceOf(FaceEngineTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 30_000 });
    vi.useRealTimers();
    expect((await client.analyze(frame)).faces).toEqual([]);
    expect(await client.pid()).not.toBe(pid);
  });

  it('refuses a frame whose byte length does not match its size before sending it', async () => {
    const bad = rgbFrame({ width: 10, height: 10, data: new Uint8Array(5) });
    const error = await client.analyze(bad).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FaceFrameInvalidError);
    expect(error).toMatchObject({ detail: expect.stringContaining('width × height × 3') });
  });

  it('decodes a camera JPEG itself: the answer is the one its decoded RGB or RGBA pixels get', async () => {
    const { jpeg, rgb, rgba } = await demoFrames();
    const fromJpeg = await client.analyze(jpeg);
    expect(fromJpeg.chosen).not.toBeNull();
    expect(withoutTimings(fromJpeg)).toEqual(withoutTimings(await client.analyze(rgb)));
    expect(withoutTimings(fromJpeg)).toEqual(withoutTimings(await client.analyze(rgba)));
  });

  it('answers a JPEG that does not decode with a typed error and analyses the next frame', async () => {
    const { jpeg } = await demoFrames();
    const pid = await client.pid();
    const corrupt = { ...jpeg, data: jpeg.data.slice(0, 600) };
    const error = await client.analyze(corrupt).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KioskError);
    expect(error).toMatchObject({ code: 'face.frame.undecodable', retryable: true });
    expect(isUnusableFrame(error)).toBe(true);
    expect((await client.analyze(jpeg)).chosen).not.toBeNull();
    expect(await client.pid()).toBe(pid);
  });

  it('stops cleanly: the process exits and is reaped, later calls get FaceEngineStoppedError', async () => {
    const pid = (await client.pid()) as number;
    await client.stop();
    expect(isAlive(pid)).toBe(false);
    await expect(client.analyze(frame)).rejects.toBeInstanceOf(FaceEngineStoppedError);
  });
});

describe('face engine process speaking the raw protocol', () => {
  it('answers a malformed request with a typed refusal instead of leaving the caller to time out', async () => {
    const child = forkEngine({ modelsDir, threads: 1 });
    const next = () => new Promise<unknown>((resolve) => child.once('message', resolve));
    expect(await next()).toEqual({ kind: 'ready' });
    child.send({
      kind: 'request',
      id: 7,
      method: 'analyze',
      payload: { frame: { width: 4, height: 4, data: new Uint8Array(3) } },
    });
    expect(await next()).toMatchObject({
      kind: 'response',
      id: 7,
      ok: false,
      problem: { code: 'face.frame.invalid' },
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send({ kind: 'shutdown' });
    expect(await exited).toBe(0);
  });
});

describe('face engine start with a broken model folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'face-engine-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails to start with a FaceModelError naming the missing file, through the launcher it was given', async () => {
    copyFileSync(join(modelsDir, 'manifest.json'), join(dir, 'manifest.json'));
    const launched: EngineOptions[] = [];
    const launch = (options: EngineOptions) => {
      launched.push(options);
      return forkEngine(options);
    };
    const error = await FaceEngineClient.start({ modelsDir: dir, threads: 1, launch }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FaceModelError);
    expect(error).toMatchObject({ problem: 'missing', file: join(dir, 'fr_detect.onnx') });
    expect(launched).toEqual([{ modelsDir: dir, threads: 1 }]);
  });
});
