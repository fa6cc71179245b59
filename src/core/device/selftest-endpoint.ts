/** Self-test checks against the upload endpoint: reachability and TLS, and the clock skew from its Date header. */
import { DEVICE_TEXTS } from '../../shared/i18n/catalog-device';
import type { Clock } from '../clock';
import { estimateSkewMs } from '../upload/clock-skew';
import type { CheckResult } from './selftest-check';

/** Skew beyond which record times would be visibly wrong (they are shown to the minute). */
const MAX_CLOCK_SKEW_MS = 60_000;

/** The endpoint and clock results of one request. */
export interface EndpointResults {
  readonly endpoint: CheckResult;
  readonly clock: CheckResult;
}

function failureCode(error: unknown): string {
  // fetch wraps the socket or TLS error (ECONNREFUSED, CERT_HAS_EXPIRED, …) in `cause`.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message.slice(0, 80);
  return error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'error';
}

/** One HEAD request to the endpoint: any HTTP answer means reachable (and, over https, a certificate Node trusts). */
export async function checkEndpoint(
  endpoint: string | null,
  clock: Clock,
  timeoutMs = 5_000,
): Promise<EndpointResults> {
  if (!endpoint) {
    const missing: CheckResult = { status: 'fail', detail: DEVICE_TEXTS.endpointNotConfigured };
    return { endpoint: missing, clock: { status: 'warn', detail: DEVICE_TEXTS.clockUnknown } };
  }
  const url = new URL(endpoint);
  const sentAtMs = clock.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return {
      endpoint: {
        status: 'fail',
        detail: DEVICE_TEXTS.endpointUnreachable,
        params: { host: url.host, code: failureCode(error) },
      },
      clock: { status: 'warn', detail: DEVICE_TEXTS.clockUnknown },
    };
  }
  const receivedAtMs = clock.now();
  const params = { host: url.host, status: response.status };
  const reachable: CheckResult =
    url.protocol === 'https:'
      ? { status: 'pass', detail: DEVICE_TEXTS.endpointTls, params }
      : { status: 'warn', detail: DEVICE_TEXTS.endpointPlain, params };
  return {
    endpoint: reachable,
    clock: clockResult(estimateSkewMs(response.headers.get('date'), sentAtMs, receivedAtMs)),
  };
}

function clockResult(skewMs: number | undefined): CheckResult {
  if (skewMs === undefined) return { status: 'warn', detail: DEVICE_TEXTS.clockUnknown };
  const params = { skewS: Math.round(skewMs / 1000) };
  return Math.abs(skewMs) > MAX_CLOCK_SKEW_MS
    ? { status: 'fail', detail: DEVICE_TEXTS.clockSkewed, params }
    : { status: 'pass', detail: DEVICE_TEXTS.clockOk, params };
}
