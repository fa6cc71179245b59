import { KioskError } from '../../kiosk-error';
import { readSamId, SamClient, type SamCommandRunner } from '../protocol';
import type { Timers } from '../../clock';
import { TransportError, type SamTransport } from '../transport/sam-link';

/** How hard a probe tries before it calls a candidate silent. */
export interface ProbeOptions {
  /** SAM ID requests per candidate (one SDK retries 3× against occasional bad answers). Default 3. */
  readonly attempts?: number;
  /** Wait for each answer. Default 500 ms. */
  readonly timeoutMs?: number;
  readonly timers?: Timers;
}

/** What probing one transport found. */
export type ProbeOutcome =
  | { readonly status: 'found'; readonly transport: SamTransport; readonly samId: string }
  | { readonly status: 'silent'; readonly transport: SamTransport }
  | {
      readonly status: 'unavailable';
      readonly transport: SamTransport;
      readonly error: TransportError;
    };

/**
 * Reads the SAM ID, trying again after a typed SAM, frame or timeout failure (one SDK retries 3×
 * against occasional bad answers). A transport failure or a bug propagates at once.
 */
export async function readSamIdRetrying(
  sam: SamCommandRunner,
  attempts: number,
  timeoutMs?: number,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readSamId(sam, timeoutMs === undefined ? {} : { timeoutMs });
    } catch (error) {
      if (attempt >= attempts || error instanceof TransportError || !(error instanceof KioskError))
        throw error;
    }
  }
}

/**
 * Opens a transport and asks for the SAM ID. Only a well-formed frame with SW3=90 and a 16-byte
 * SAM ID counts: the SAM client rejects anything else (bad checksum, other status, wrong size),
 * so a modem or printer that echoes or babbles is never taken for a reader.
 */
export async function probeTransport(
  transport: SamTransport,
  options: ProbeOptions = {},
): Promise<ProbeOutcome> {
  let link;
  try {
    link = await transport.open();
  } catch (error) {
    if (error instanceof TransportError) return { status: 'unavailable', transport, error };
    throw error;
  }
  const client = new SamClient(link, { timers: options.timers, settleMs: 50 });
  try {
    const samId = await readSamIdRetrying(client, options.attempts ?? 3, options.timeoutMs ?? 500);
    return { status: 'found', transport, samId };
  } catch (error) {
    if (error instanceof TransportError) return { status: 'unavailable', transport, error };
    if (error instanceof KioskError) return { status: 'silent', transport };
    throw error;
  } finally {
    client.close();
    await link.close();
  }
}
