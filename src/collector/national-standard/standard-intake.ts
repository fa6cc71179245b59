// The checks of a national-standard request, in the order that gives the clearest answer: who
// signs (api_key), when (timestamp within the window), the signature over query and body, the
// body against the standard, then deduplication by serialNo. Pure apart from the receiver's store.
import { createHash } from 'node:crypto';
import {
  formatChinaTime,
  parseChinaTime,
} from '../../core/upload/platforms/national-standard/china-time';
import {
  decryptIdNumber,
  type IdNumberCipherSettings,
} from '../../core/upload/platforms/national-standard/id-number-cipher';
import { verifyParams } from '../../core/upload/platforms/national-standard/request-signature';
import type { PlatformCredentials } from '../../core/upload/platforms/platform-credentials';
import { STANDARD_ANSWER_CODES as C } from '../../shared/config/upload-platform-schema';
import type { ReceiverStore } from '../receiver-store';
import { checkPerson } from './standard-fields';

/** What the receiver accepts: its integrators, their DES settings, the time window, the photo limit. */
export interface StandardIntakeOptions {
  /** Integrators by api_key; those with a des_key must send the ID number DES-wrapped. */
  readonly integrators: ReadonlyMap<string, PlatformCredentials>;
  readonly cipher: IdNumberCipherSettings;
  readonly windowMs: number;
  readonly photoMaxBytes: number;
}

/** A received POST: its query parameters and raw body. */
export interface StandardRequest {
  readonly query: URLSearchParams;
  readonly body: string;
  readonly receivedAtMs: number;
}

/** The answer `{code, message, data}`. */
export interface StandardReply {
  readonly code: string;
  readonly message: string;
  readonly data: unknown;
}

const reply = (code: string, message: string, data: unknown = null): StandardReply => ({
  code,
  message,
  data,
});

/** Checks and stores one request; always answers in the standard's style, once stored for good. */
export async function acceptStandardRequest(
  receiver: Pick<ReceiverStore, 'store'>,
  options: StandardIntakeOptions,
  req: StandardRequest,
): Promise<StandardReply> {
  const apiKey = req.query.get('api_key') ?? '';
  const integrator = options.integrators.get(apiKey);
  if (!integrator) return reply(C.unknownKey, 'api_key is not registered');
  const timestamp = req.query.get('timestamp') ?? '';
  const sentAtMs = parseChinaTime(timestamp);
  const serverTime = formatChinaTime(req.receivedAtMs);
  if (sentAtMs === undefined || Math.abs(req.receivedAtMs - sentAtMs) > options.windowMs)
    return reply(C.timestampOutOfWindow, 'timestamp is outside the accepted window', {
      serverTime,
    });
  const params = {
    api_key: apiKey,
    api_version: req.query.get('api_version') ?? '',
    timestamp,
    body: req.body,
  };
  if (!verifyParams(integrator.api_secret, params, req.query.get('signature') ?? ''))
    return reply(C.badSignature, 'signature does not match');

  let body: unknown;
  try {
    body = JSON.parse(req.body);
  } catch {
    return reply(C.malformedBody, 'body is not JSON');
  }
  const desKey = integrator.des_key;
  const checked = checkPerson(
    body,
    (sent) => (desKey === undefined ? sent : decryptIdNumber(sent, desKey, options.cipher)),
    options.photoMaxBytes,
  );
  if (!checked.ok)
    return reply(C.fieldRejected, `${checked.error.field}: ${checked.error.reason}`, {
      field: checked.error.field,
    });
  const stored = await receiver.store({
    recordId: checked.value.serialNo,
    recordHash: createHash('sha256').update(req.body).digest('hex'),
    keyId: apiKey,
    envelopeJson: JSON.stringify(checked.value),
    receivedAtMs: req.receivedAtMs,
  });
  const data = { serialNo: checked.value.serialNo };
  if (stored === 'stored') return reply(C.ok, 'success', data);
  if (stored === 'already-stored') return reply(C.duplicate, 'already received', data);
  return reply(C.serialConflict, 'serialNo is taken by a different record', data);
}
