/**
 * The KioskApi over a message stream (the browser host's WebSocket): JSON text messages for
 * commands, answers and events; camera frames as binary messages with a small JSON header, so
 * pixels are never inflated by base64.
 */
import { z } from 'zod';
import { frameHeaderSchema, type FrameHeader } from './frame';

/** Correlates an answer with its command; chosen by the client. */
const messageId = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Text messages a client sends: first `hello` with the launch token, then commands. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), token: z.string().min(1).max(200) }),
  z.strictObject({
    type: z.literal('command'),
    id: messageId,
    name: z.string().min(1).max(60),
    payload: z.unknown(),
  }),
]);

/** Text messages the host sends; payloads are checked by the receiver against the command or event schema. */
export const serverMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('welcome') }),
  z.strictObject({ type: z.literal('response'), id: messageId, result: z.unknown() }),
  z.strictObject({ type: z.literal('event'), name: z.string(), payload: z.unknown() }),
]);

/** A host text message. */
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Header of a binary frame message: the frame fields and the id its answer carries. */
const frameMessageHeaderSchema = frameHeaderSchema.extend({ id: messageId });

/** A frame message header. */
export type FrameMessageHeader = FrameHeader & { readonly id: number };

const HEADER_LENGTH_BYTES = 2;
const MAX_HEADER_BYTES = 512;

/** Encodes a frame message: a 2-byte big-endian header length, the JSON header, then the pixels. */
export function encodeFrameMessage(header: FrameMessageHeader, data: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(HEADER_LENGTH_BYTES + json.byteLength + data.byteLength);
  new DataView(out.buffer).setUint16(0, json.byteLength);
  out.set(json, HEADER_LENGTH_BYTES);
  out.set(data, HEADER_LENGTH_BYTES + json.byteLength);
  return out;
}

/** Decodes a frame message; null when the envelope is malformed (the frame itself is checked later). */
export function decodeFrameMessage(
  message: Uint8Array,
): { header: FrameMessageHeader; data: Uint8Array } | null {
  if (message.byteLength < HEADER_LENGTH_BYTES) return null;
  const length = new DataView(message.buffer, message.byteOffset, message.byteLength).getUint16(0);
  if (length > MAX_HEADER_BYTES || HEADER_LENGTH_BYTES + length > message.byteLength) return null;
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        message.subarray(HEADER_LENGTH_BYTES, HEADER_LENGTH_BYTES + length),
      ),
    );
  } catch {
    return null;
  }
  const header = frameMessageHeaderSchema.safeParse(json);
  if (!header.success) return null;
  return { header: header.data, data: message.subarray(HEADER_LENGTH_BYTES + length) };
}
