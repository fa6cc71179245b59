/** Calls to the engine process that await their answer, by request id, each with its own timeout. */
import type { z } from 'zod';
import { KioskError } from '../../kiosk-error';
import { fromEngineSchema } from './engine-protocol';

interface Pending {
  readonly schema: z.ZodType;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** The open calls of one client. */
export class PendingCalls {
  private readonly calls = new Map<number, Pending>();
  private nextId = 1;

  /**
   * Opens a call: `send` gets its id; the promise settles with the answer (validated by `schema`)
   * or with `onTimeout()`'s error after `timeoutMs`.
   */
  open(
    schema: z.ZodType,
    timeoutMs: number,
    send: (id: number) => void,
    onTimeout: () => Error,
  ): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.calls.delete(id);
        reject(onTimeout());
      }, timeoutMs);
      this.calls.set(id, { schema, resolve, reject, timer });
      send(id);
    });
  }

  /** Settles the call a message from the engine answers; anything else is ignored. */
  answer(raw: unknown): void {
    const parsed = fromEngineSchema.safeParse(raw);
    if (!parsed.success || parsed.data.kind !== 'response') return;
    const message = parsed.data;
    const call = this.calls.get(message.id);
    if (!call) return;
    this.calls.delete(message.id);
    clearTimeout(call.timer);
    if (!message.ok) {
      const { code, text, retryable } = message.problem;
      call.reject(new KioskError(code, text, retryable));
      return;
    }
    const value = call.schema.safeParse(message.value);
    if (value.success) call.resolve(value.data);
    else call.reject(new Error(`Face engine sent an invalid response: ${value.error.message}`));
  }

  /** Fails every open call (the process died or the client stops). */
  failAll(error: () => Error): void {
    for (const call of this.calls.values()) {
      clearTimeout(call.timer);
      call.reject(error());
    }
    this.calls.clear();
  }
}
