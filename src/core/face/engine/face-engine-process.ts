/**
 * Entry of the face engine process: loads the pipeline, says ready, then answers requests one at
 * a time (onnxruntime blocks its thread; queueing here keeps per-request timings honest).
 * Started by FaceEngineClient with `--import tsx`; options come in FACE_ENGINE_OPTIONS (JSON).
 */
import { z } from 'zod';
import { KioskError } from '../../kiosk-error';
import { FaceFrameInvalidError, FaceModelError } from '../face-errors';
import { createFacePipeline, type FacePipeline } from '../pipeline';
import { engineFrameToRgb } from './engine-frame';
import { toEngineSchema, type EngineRequest, type FromEngine } from './engine-protocol';

const optionsSchema = z.object({
  modelsDir: z.string(),
  threads: z.number().int().positive().optional(),
  flipEmbedding: z.boolean().optional(),
});

const send = (message: FromEngine) => process.send?.(message);

const requestIdSchema = z.object({ kind: z.literal('request'), id: z.number().int() });

const invalidRequest = (error: z.ZodError) =>
  new FaceFrameInvalidError(
    error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
  ).toProblem();

const problemOf = (error: unknown) =>
  error instanceof KioskError
    ? error.toProblem()
    : {
        code: 'face.engine.internal',
        text: { 'zh-CN': '人脸引擎内部错误。', en: `Face engine internal error: ${String(error)}` },
        retryable: false,
      };

async function answer(pipeline: FacePipeline, request: EngineRequest): Promise<FromEngine> {
  try {
    const value =
      request.method === 'analyze'
        ? await pipeline.analyze(await engineFrameToRgb(request.payload.frame))
        : await pipeline.enroll(request.payload.photo);
    return { kind: 'response', id: request.id, ok: true, value };
  } catch (error) {
    return { kind: 'response', id: request.id, ok: false, problem: problemOf(error) };
  }
}

async function main(): Promise<void> {
  if (!process.send) throw new Error('The face engine process must be started with an IPC channel');
  let pipeline: FacePipeline;
  try {
    pipeline = await createFacePipeline(
      optionsSchema.parse(JSON.parse(process.env.FACE_ENGINE_OPTIONS ?? '{}')),
    );
  } catch (error) {
    const model =
      error instanceof FaceModelError
        ? { problem: error.problem, file: error.file, detail: error.detail }
        : null;
    // Exit only once the message is out, or the client would see a bare crash.
    process.send(
      { kind: 'start-failed', problem: problemOf(error), model } satisfies FromEngine,
      () => process.exit(1),
    );
    return;
  }
  let queue = Promise.resolve();
  process.on('message', (raw) => {
    const parsed = toEngineSchema.safeParse(raw);
    if (!parsed.success) {
      // A request we can match to its caller gets a typed refusal instead of a silent timeout.
      const request = requestIdSchema.safeParse(raw);
      if (request.success)
        send({
          kind: 'response',
          id: request.data.id,
          ok: false,
          problem: invalidRequest(parsed.error),
        });
      return;
    }
    const message = parsed.data;
    if (message.kind === 'shutdown') {
      queue = queue.then(async () => {
        await pipeline.close();
        process.disconnect();
      });
      return;
    }
    queue = queue.then(async () => {
      send(await answer(pipeline, message));
    });
  });
  // The parent going away (crash or disconnect) ends the engine: no orphan keeps the models loaded.
  process.on('disconnect', () => process.exit(0));
  send({ kind: 'ready' });
}

await main();
