// Reads a national-standard answer `{code, message, data}`: the code, not the HTTP status, says
// what happened; the deployment's code table says which code means what.
import type { NationalStandardSettings } from '../../../../shared/config/upload-platform-schema';
import type { SendOutcome } from '../../platform-adapter';
import { parseRetryAfterMs } from '../../retry-after';
import { parseChinaTime } from './china-time';

/** A national-standard answer body. */
export interface StandardAnswer {
  readonly code: string;
  readonly message: string;
  readonly data: unknown;
}

const MESSAGE_MAX_CHARS = 200;

/** Reads `{code, message, data}` from a body; undefined when it is not one. */
export function parseStandardAnswer(text: string): StandardAnswer | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, message, data } = body as Record<string, unknown>;
  if (typeof code !== 'string' && typeof code !== 'number') return undefined;
  return {
    code: String(code),
    message: typeof message === 'string' ? message.slice(0, MESSAGE_MAX_CHARS) : '',
    data: data ?? null,
  };
}

/** What the adapter knows when the answer arrives. */
export interface AnswerContext {
  readonly codes: NationalStandardSettings['codes'];
  /** Midpoint of the request on our clock, to compare with the platform's time. */
  readonly midpointMs: number;
  /** Our skew estimate from the Date header, when there was one. */
  readonly headerSkewMs: number | undefined;
}

// A platform that refuses the timestamp may say its own time in data.serverTime (our receiver
// does); that is more precise than the Date header, and the only clue without one.
function skewFrom(answer: StandardAnswer, ctx: AnswerContext): number | undefined {
  const serverTime = (answer.data as { serverTime?: unknown } | null)?.serverTime;
  const serverMs = typeof serverTime === 'string' ? parseChinaTime(serverTime) : undefined;
  return serverMs === undefined ? ctx.headerSkewMs : serverMs + 500 - ctx.midpointMs;
}

/** Maps an answer code to an outcome; a code the table does not list is a permanent rejection. */
export function outcomeOfAnswer(answer: StandardAnswer, ctx: AnswerContext): SendOutcome {
  const { codes } = ctx;
  if (codes.stored.includes(answer.code)) return { kind: 'stored' };
  if (codes.alreadyStored.includes(answer.code)) return { kind: 'already-stored' };
  if (codes.unauthorized.includes(answer.code))
    return { kind: 'unauthorized', cause: 'credentials' };
  if (codes.clockSkew.includes(answer.code)) {
    const skewMs = skewFrom(answer, ctx);
    return { kind: 'unauthorized', cause: 'clock', ...(skewMs === undefined ? {} : { skewMs }) };
  }
  if (codes.retryLater.includes(answer.code))
    return { kind: 'retry-later', reason: `code-${answer.code}` };
  return {
    kind: 'rejected',
    rejection: { status: 200, code: answer.code, title: answer.message },
  };
}

/** Maps an HTTP answer without a readable `{code}` body: proxies and gateways speak HTTP. */
export function outcomeOfHttp(
  status: number,
  retryAfter: string | null,
  nowMs: number,
): SendOutcome {
  if (status === 401 || status === 403) return { kind: 'unauthorized', cause: 'credentials' };
  if (status === 408 || status === 429 || status >= 500 || status < 400) {
    const afterMs = parseRetryAfterMs(retryAfter, nowMs);
    return {
      kind: 'retry-later',
      reason: `http-${status}`,
      ...(afterMs === undefined ? {} : { afterMs }),
    };
  }
  return { kind: 'rejected', rejection: { status } };
}
