// One POST to a platform with a timeout and the uploader's abort signal; what every adapter does
// on the wire before reading the answer its own way.
import type { SendOutcome } from './platform-adapter';

/** A POST to send: the target, its headers and body, and how long it may take. */
export interface PlatformPost {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
}

/** The network failure outcome of a POST that got no answer. */
export type NoAnswer = Extract<SendOutcome, { kind: 'network-error' }>;

/**
 * Sends the POST (redirects are not followed: signatures cover the target) and hands the answer
 * to `read` before the timeout ends; a network failure becomes an outcome, anything else throws.
 */
export async function postToPlatform<T>(
  post: PlatformPost,
  read: (response: Response) => Promise<T>,
): Promise<T | NoAnswer> {
  // One controller per request, tied to the uploader's long-lived signal by a listener removed when
  // the request ends. AbortSignal.any would leave a dependant on that signal after every request,
  // never cleaned up on Node 20 (nodejs/node#55351): about 55 bytes per upload, for good.
  const request = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, post.timeoutMs);
  const cancel = () => request.abort();
  post.signal.addEventListener('abort', cancel, { once: true });
  if (post.signal.aborted) cancel();
  try {
    const response = await fetch(post.url, {
      method: 'POST',
      redirect: 'manual',
      signal: request.signal,
      headers: post.headers,
      body: post.body,
    });
    const result = await read(response);
    if (!response.bodyUsed) await response.body?.cancel();
    return result;
  } catch (error) {
    if (post.signal.aborted) return { kind: 'network-error', cause: 'aborted' };
    if (timedOut) return { kind: 'network-error', cause: 'timeout' };
    if (error instanceof TypeError || (error instanceof Error && error.name === 'AbortError')) {
      return { kind: 'network-error', cause: 'connection' };
    }
    throw error;
  } finally {
    clearTimeout(timer);
    post.signal.removeEventListener('abort', cancel);
  }
}
