// One heartbeat over HTTP: the beat POSTed with the device key's signature (the uploads' scheme),
// the reply validated, and the clock skew read from the service's Date header.
import {
  heartbeatReplySchema,
  type Heartbeat,
  type HeartbeatReply,
} from '../../shared/fleet/heartbeat-schema';
import { err, ok, type Result } from '../../shared/result';
import type { Clock } from '../clock';
import type { DeviceKey } from '../device/device-key';
import { estimateSkewMs } from '../upload/clock-skew';
import { signedPostHeaders } from '../upload/signed-post-headers';

/** Why a beat got no usable reply; the next beat simply tries again. */
export type BeatFailure =
  | { readonly kind: 'network' }
  | { readonly kind: 'refused'; readonly status: number }
  | { readonly kind: 'bad-reply' };

/** A reply with the skew it showed. */
export interface BeatAnswer {
  readonly reply: HeartbeatReply;
  readonly skewMs: number | undefined;
}

/** The heartbeats resource under the fleet endpoint. */
function heartbeatsUrl(endpoint: string): string {
  return new URL('v1/heartbeats', endpoint.endsWith('/') ? endpoint : `${endpoint}/`).href;
}

/** Sends one beat; never throws for network or server trouble. */
export async function sendHeartbeat(
  endpoint: string,
  beat: Heartbeat,
  key: Pick<DeviceKey, 'keyId' | 'privateKey'>,
  clock: Clock,
  timeoutMs = 15_000,
): Promise<Result<BeatAnswer, BeatFailure>> {
  const url = heartbeatsUrl(endpoint);
  const body = Buffer.from(JSON.stringify(beat), 'utf8');
  const sentAtMs = clock.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: signedPostHeaders(url, body, key, sentAtMs),
      body,
    });
  } catch {
    return err({ kind: 'network' });
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    return err({ kind: 'refused', status: response.status });
  }
  const parsed = heartbeatReplySchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) return err({ kind: 'bad-reply' });
  const skewMs = estimateSkewMs(response.headers.get('date'), sentAtMs, clock.now());
  return ok({ reply: parsed.data, skewMs });
}
