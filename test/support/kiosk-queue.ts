// The upload queue as the operator console sees it, for tests that drive a whole kiosk (the
// capture rig, the e2e stage): read once, or waited for as `queue.changed` pushes it.
import type { QueueStatus } from '../../src/shared/kiosk-api/device-status';
import type { KioskApi } from '../../src/shared/kiosk-api/kiosk-api';

/** Anything that holds a running kiosk. */
interface HoldsKiosk {
  readonly kiosk: { readonly api: Pick<KioskApi, 'queue.status' | 'subscribe'> };
}

/** The queue as `queue.status` answers it now. */
export async function queueOf({ kiosk }: HoldsKiosk): Promise<QueueStatus> {
  const answer = await kiosk.api['queue.status']({});
  if (!answer.ok) throw new Error(answer.error.text.en);
  return answer.value;
}

/** Waits until the queue, as `queue.changed` pushes it, passes `test` (the uploader works in the background). */
export async function queueUntil(
  holder: HoldsKiosk,
  test: (queue: QueueStatus) => boolean,
): Promise<QueueStatus> {
  let arrived!: (queue: QueueStatus) => void;
  const changed = new Promise<QueueStatus>((resolve) => (arrived = resolve));
  const unsubscribe = holder.kiosk.api.subscribe((event) => {
    if (event.name === 'queue.changed' && test(event.payload)) arrived(event.payload);
  });
  try {
    // The queue may already be there with no change left to push.
    const now = await queueOf(holder);
    return test(now) ? now : await changed;
  } finally {
    unsubscribe();
  }
}
