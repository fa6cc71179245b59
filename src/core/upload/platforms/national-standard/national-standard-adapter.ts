// The adapter for platforms that follow the national construction-worker data standard's OpenAPI
// style: a POST of the person object, signed in the query (api_key, api_version, timestamp,
// signature), the ID number DES-wrapped where the province says so, `{code, message, data}` back.
import type { NationalStandardSettings } from '../../../../shared/config/upload-platform-schema';
import type { Clock } from '../../../clock';
import type { SignedEnvelope } from '../../../records/envelope';
import type { CaptureRecordV1 } from '../../../records/record-schema';
import { estimateSkewMs } from '../../clock-skew';
import type { PlatformAdapter, SendOutcome } from '../../platform-adapter';
import { postToPlatform } from '../../platform-post';
import type { PlatformCredentials } from '../platform-credentials';
import { outcomeOfAnswer, outcomeOfHttp, parseStandardAnswer } from './answer-outcome';
import { formatChinaTime } from './china-time';
import { encryptIdNumber } from './id-number-cipher';
import { toPersonObject, type PersonObject } from './person-object';
import { fitPhotoJpeg } from './photo-fit';
import { signParams } from './request-signature';

/** Where and how the national-standard adapter sends. */
export interface NationalStandardAdapterOptions {
  /** The platform method's URL; the signed query parameters are added to it. */
  readonly endpoint: string;
  readonly credentials: PlatformCredentials;
  readonly settings: NationalStandardSettings;
  readonly clock: Clock;
  readonly timeoutMs: number;
}

/** The signed query of one request: api_key, api_version, timestamp and signature over them and the body. */
export function signedQuery(
  credentials: Pick<PlatformCredentials, 'api_key' | 'api_secret'>,
  apiVersion: string,
  timestamp: string,
  body: string,
): URLSearchParams {
  const params = { api_key: credentials.api_key, api_version: apiVersion, timestamp };
  const signature = signParams(credentials.api_secret, { ...params, body });
  return new URLSearchParams({ ...params, signature });
}

type Photos = CaptureRecordV1['photos'];
const photoOf = (photos: Photos, which: 'card' | 'live') => {
  if (which === 'card' && (photos.transmitted === 'card' || photos.transmitted === 'card-and-live'))
    return photos.cardPhoto.data;
  if (which === 'live' && (photos.transmitted === 'live' || photos.transmitted === 'card-and-live'))
    return photos.livePhoto.data;
  return undefined;
};

/** A record the adapter cannot turn into a request: it is held back for the technician, never dropped. */
const unsendable = (title: string): SendOutcome => ({
  kind: 'rejected',
  rejection: { status: 0, code: 'local-mapping', title },
});

/** Creates the national-standard adapter. */
export function createNationalStandardAdapter(
  options: NationalStandardAdapterOptions,
): PlatformAdapter {
  const { credentials, settings, clock } = options;
  const cipher = settings.idNumberCipher;
  const desKey = credentials.des_key;

  async function person(record: CaptureRecordV1): Promise<PersonObject | string> {
    const fit = async (which: 'card' | 'live') => {
      const data = photoOf(record.photos, which);
      return data === undefined ? null : ((await fitPhotoJpeg(data, settings.photo)) ?? undefined);
    };
    const headImage = await fit('card');
    const livePhoto = settings.mapping.livePhoto ? await fit('live') : null;
    if (headImage === undefined || livePhoto === undefined)
      return `photo does not fit in ${settings.photo.maxBytes} bytes`;
    if (cipher.enabled && desKey === undefined) return 'ID number encryption is on but no des_key';
    return toPersonObject(record, {
      headImage,
      livePhoto,
      withAddress: settings.mapping.address,
      idCardTypeCodes: settings.mapping.idCardTypeCodes,
      idCardNumber: (plain) =>
        cipher.enabled && desKey !== undefined ? encryptIdNumber(plain, desKey, cipher) : plain,
    });
  }

  return {
    async send(
      _recordId: string,
      envelope: SignedEnvelope,
      signal: AbortSignal,
    ): Promise<SendOutcome> {
      const mapped = await person(envelope.record);
      if (typeof mapped === 'string') return unsendable(mapped);
      const body = JSON.stringify(mapped);
      const sentAtMs = clock.now();
      const query = signedQuery(credentials, settings.apiVersion, formatChinaTime(sentAtMs), body);
      const url = new URL(options.endpoint);
      for (const [name, value] of query) url.searchParams.set(name, value);
      return postToPlatform(
        {
          url: url.href,
          signal,
          timeoutMs: options.timeoutMs,
          headers: { 'content-type': 'application/json;charset=utf-8' },
          body: Buffer.from(body, 'utf8'),
        },
        async (response) => {
          const nowMs = clock.now();
          const headerSkewMs = estimateSkewMs(response.headers.get('date'), sentAtMs, nowMs);
          const { status } = response;
          // A busy gateway's body says nothing about the record, whatever JSON it carries.
          const transient = status === 408 || status === 429 || status >= 500;
          const answer = transient ? undefined : parseStandardAnswer(await response.text());
          const outcome = answer
            ? outcomeOfAnswer(answer, {
                codes: settings.codes,
                midpointMs: (sentAtMs + nowMs) / 2,
                headerSkewMs,
              })
            : outcomeOfHttp(status, response.headers.get('retry-after'), nowMs);
          if (outcome.skewMs !== undefined || headerSkewMs === undefined) return outcome;
          return { ...outcome, skewMs: headerSkewMs };
        },
      );
    },
  };
}
