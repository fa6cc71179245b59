/**
 * The message envelope between the face engine client and its process (a forked Node process
 * today, an Electron utilityProcess later: same messages). Both sides validate what they receive.
 */
import { z } from 'zod';
import { rgbImageSchema } from './analysis-schema';
import { engineFrameSchema } from './engine-frame';

const problem = z.object({
  code: z.string(),
  text: z.object({ 'zh-CN': z.string(), en: z.string() }),
  retryable: z.boolean(),
});

/** A request from the client: one method call with its payload. */
const engineRequestSchema = z.discriminatedUnion('method', [
  z.object({
    kind: z.literal('request'),
    id: z.number().int(),
    method: z.literal('analyze'),
    payload: z.object({ frame: engineFrameSchema }),
  }),
  z.object({
    kind: z.literal('request'),
    id: z.number().int(),
    method: z.literal('enroll'),
    payload: z.object({ photo: rgbImageSchema }),
  }),
]);

/** Everything the client sends to the engine process. */
export const toEngineSchema = z.union([
  engineRequestSchema,
  z.object({ kind: z.literal('shutdown') }),
]);

/** A model problem at start, with what the client needs to rebuild the typed FaceModelError. */
const modelFailure = z.object({
  problem: z.enum(['missing', 'altered', 'manifest-invalid', 'load-failed']),
  file: z.string(),
  detail: z.string(),
});

/** Everything the engine process sends back. The value of a response is validated per method by the client. */
export const fromEngineSchema = z.union([
  z.object({ kind: z.literal('ready') }),
  z.object({ kind: z.literal('start-failed'), problem, model: modelFailure.nullable() }),
  z.object({
    kind: z.literal('response'),
    id: z.number().int(),
    ok: z.literal(true),
    value: z.unknown(),
  }),
  z.object({ kind: z.literal('response'), id: z.number().int(), ok: z.literal(false), problem }),
]);

/** A request to the engine. */
export type EngineRequest = z.infer<typeof engineRequestSchema>;
/** A message to the engine process. */
export type ToEngine = z.infer<typeof toEngineSchema>;
/** A message from the engine process. */
export type FromEngine = z.infer<typeof fromEngineSchema>;
