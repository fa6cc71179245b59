import { KioskError } from '../../kiosk-error';
import { readSamId, SamClient, type SamTimers } from '../protocol';
import { TransportError, type SamTransport } from '../transport/sam-link';

/** How hard a probe tries before it calls a candidate silent. */
export interface ProbeOptions {
  /** SAM ID requests per candidate (one SDK retries 3× against occasional bad answers). Default 3. */
  readonly attempts?: number;
  /** Wait for each answer. Default 500 ms. */
  readonly timeoutMs?: number;
  readonly timers?: SamTimers;
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
 * Opens a transport and asks for the SAM ID. Only a well-formed frame with SW3=90 and a 16-byte
 * SAM ID counts: the SAM client rejects anything else (bad checksum, other status, wrong size),
 * so a modem or printer that echoes or babbles is never taken for a reader.
 */
export async function probeTransport(
  transport: SamTransport,
  options: ProbeOptions = {},
): Promise<ProbeOutcome> {
  const attempts = options.attempts ?? 3;
  const timeoutMs = options.timeoutMs ?? 500;
  let link;
  try {
    link = await transport.open();
  } catch (error) {
    if (error instanceof TransportError) return { status: 'unavailable', transport, error };
    throw error;
  }
  const client = new SamClient(link, { timers: options.timers, settleMs: 50 });
  try {
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        return { status: 'found', transport, samId: await readSamId(client, { timeoutMs }) };
      } catch (error) {
        if (error instanceof TransportError) return { status: 'unavailable', transport, error };
        // A typed SAM, frame or timeout error means "not (yet) a good answer": try again. Bugs propagate.
        if (!(error instanceof KioskError)) throw error;
      }
    }
    return { status: 'silent', transport };
  } finally {
    client.close();
    await link.close();
  }
}
