// The adapter for the reference upload API (docs/upload-api.md): a signed POST per record.
import type { KeyObject } from 'node:crypto';
import type { Clock } from '../../../clock';
import type { SignedEnvelope } from '../../../records/envelope';
import { estimateSkewMs } from '../../clock-skew';
import type { PlatformAdapter, Rejection, SendOutcome } from '../../platform-adapter';
import { postToPlatform } from '../../platform-post';
import { signedPostHeaders } from '../../signed-post-headers';
import { parseRetryAfterMs } from '../../retry-after';

/** Where and how the reference adapter sends. */
export interface ReferenceAdapterOptions {
  /** The platform base URL, e.g. https://platform.example/ ; records go to `<base>/v1/records`. */
  readonly endpoint: string;
  /** The device key that signs requests, and its key id as registered with the platform. */
  readonly keyId: string;
  readonly privateKey: KeyObject;
  readonly clock: Clock;
  /** How long one request may take before it counts as a network error. */
  readonly timeoutMs?: number;
}

const TITLE_MAX_CHARS = 200;

/** The target URI of the records resource under a base endpoint. */
export function recordsUrl(endpoint: string): string {
  return new URL('v1/records', endpoint.endsWith('/') ? endpoint : `${endpoint}/`).href;
}

async function readRejection(response: Response): Promise<Rejection> {
  const rejection: { status: number; problemType?: string; title?: string } = {
    status: response.status,
  };
  if (!(response.headers.get('content-type') ?? '').includes('json')) return rejection;
  const problem: unknown = await response.json().catch(() => undefined);
  if (typeof problem !== 'object' || problem === null) return rejection;
  const { type, title } = problem as { type?: unknown; title?: unknown };
  if (typeof type === 'string') rejection.problemType = type.slice(0, TITLE_MAX_CHARS);
  if (typeof title === 'string') rejection.title = title.slice(0, TITLE_MAX_CHARS);
  return rejection;
}

/** Whether a 2xx answer carries the API's receipt for `recordId` (docs/openapi.yaml, `Receipt`). */
async function isReceiptFor(response: Response, recordId: string): Promise<boolean> {
  const receipt: unknown = await response.json().catch(() => undefined);
  return (
    typeof receipt === 'object' &&
    receipt !== null &&
    (receipt as { recordId?: unknown }).recordId === recordId
  );
}

async function outcomeOf(
  response: Response,
  recordId: string,
  nowMs: number,
): Promise<SendOutcome> {
  const status = response.status;
  if (status >= 200 && status < 300) {
    // A server that answers 2xx to anything (a wrong URL, a captive portal) has not stored the
    // record: without its receipt nothing is acknowledged, and the record waits like a 3xx does.
    if (!(await isReceiptFor(response, recordId)))
      return { kind: 'retry-later', reason: 'invalid-receipt' };
    if (status === 201) return { kind: 'stored' };
    if (status === 200) return { kind: 'already-stored' };
    // The API answers only 200 and 201; any other 2xx with the receipt still means stored.
    return { kind: 'stored' };
  }
  if (status === 401) return { kind: 'unauthorized' };
  const afterMs = parseRetryAfterMs(response.headers.get('retry-after'), nowMs);
  if (status === 408 || status === 429 || status >= 500) {
    return {
      kind: 'retry-later',
      reason: `http-${status}`,
      ...(afterMs === undefined ? {} : { afterMs }),
    };
  }
  // Redirects are not followed (the signature covers the target URI): a misconfigured endpoint
  // must not quarantine the whole queue, so they are retried while the technician fixes it.
  if (status < 400) return { kind: 'retry-later', reason: `http-${status}` };
  return { kind: 'rejected', rejection: await readRejection(response) };
}

/** Creates the reference adapter: signed POST /v1/records with Idempotency-Key, timeout and abort. */
export function createReferenceAdapter(options: ReferenceAdapterOptions): PlatformAdapter {
  const url = recordsUrl(options.endpoint);
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    async send(
      recordId: string,
      envelope: SignedEnvelope,
      signal: AbortSignal,
    ): Promise<SendOutcome> {
      const body = Buffer.from(JSON.stringify(envelope), 'utf8');
      const sentAtMs = options.clock.now();
      const headers = signedPostHeaders(url, body, options, sentAtMs);
      return postToPlatform(
        {
          url,
          signal,
          timeoutMs,
          headers: { ...headers, 'idempotency-key': recordId },
          body,
        },
        async (response) => {
          const outcome = await outcomeOf(response, recordId, options.clock.now());
          const date = response.headers.get('date');
          const skewMs = estimateSkewMs(date, sentAtMs, options.clock.now());
          return skewMs === undefined ? outcome : { ...outcome, skewMs };
        },
      );
    },
  };
}
