import type { ReaderEvent } from './reader-events';
import type { ReaderLoop } from './reader-loop';

/** No event of the awaited type came in time. */
export class ReaderEventTimeout extends Error {
  override name = 'ReaderEventTimeout';
}

/**
 * Resolves with the loop's next event of `type` (subscribe before causing it), or rejects with
 * ReaderEventTimeout after `timeoutMs`; the subscription and timer are gone either way.
 */
export function nextReaderEvent<T extends ReaderEvent['type']>(
  loop: ReaderLoop,
  type: T,
  timeoutMs: number,
): Promise<Extract<ReaderEvent, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new ReaderEventTimeout(`no ${type} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const unsubscribe = loop.on((event) => {
      if (event.type !== type) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(event as Extract<ReaderEvent, { type: T }>);
    });
  });
}
