/** Which platform the kiosk uploads to, and each adapter's own validated settings. */
import { z } from 'zod';
import { err, ok, type Result } from '../result';

/** The platform adapters this build carries; `upload.platform` names one. */
export const PLATFORM_NAMES = ['reference', 'national-standard'] as const;

/** A platform adapter's name. */
export type PlatformName = (typeof PLATFORM_NAMES)[number];

/** A code of a national-standard platform (answer or dictionary code), as the province documents it. */
const answerCode = z.string().regex(/^-?[0-9A-Za-z_.]{1,16}$/);

/**
 * The national-standard adapter (api_key + timestamp + MD5 signature): what each province's
 * documents vary. Credentials are not here: they live in the key vault.
 */
const nationalStandardSchema = z.strictObject({
  apiVersion: z.string().regex(/^\d{1,2}\.\d{1,2}$/),
  /** DES wrapping of the ID number where the province issues a DES key per integrator. */
  idNumberCipher: z.strictObject({
    enabled: z.boolean(),
    /** CBC uses the key as IV, as the provinces' Java samples do. */
    mode: z.enum(['ecb', 'cbc']),
    padding: z.enum(['pkcs5', 'zero']),
    output: z.enum(['base64', 'hex']),
  }),
  mapping: z.strictObject({
    /** Send the live photo too (only when the record transmits it: the consent text decides). */
    livePhoto: z.boolean(),
    /** Send the card address; some provinces take only the region code from the ID number. */
    address: z.boolean(),
    /** The province's ID type dictionary (证件类型) code for each card type the reader knows. */
    idCardTypeCodes: z.strictObject({
      'resident-id': answerCode,
      'hk-macao-taiwan-residence-permit': answerCode,
      'foreign-permanent-2017': answerCode,
      'foreign-permanent-2023': answerCode,
    }),
  }),
  /** What the platform accepts for a photo: a JPEG re-encoded to fit. */
  photo: z.strictObject({
    maxBytes: z
      .int()
      .min(4 * 1024)
      .max(2 * 1024 * 1024),
    maxSidePx: z.int().min(64).max(2048),
  }),
  /** Which answer codes mean what; any other code is a permanent rejection the operator reviews. */
  codes: z.strictObject({
    stored: z.array(answerCode).min(1).max(8),
    alreadyStored: z.array(answerCode).max(8),
    unauthorized: z.array(answerCode).max(8),
    clockSkew: z.array(answerCode).max(8),
    retryLater: z.array(answerCode).max(8),
  }),
});

/** The national-standard adapter's settings. */
export type NationalStandardSettings = z.infer<typeof nationalStandardSchema>;

/** What a platform issues to an integrator: `{"api_key", "api_secret", "des_key"?}` (kept in the key vault). */
export const platformCredentialsSchema = z.strictObject({
  api_key: z.string().min(1).max(128),
  api_secret: z.string().min(1).max(256),
  /** DES takes the first 8 bytes, as the provinces' Java samples do. */
  des_key: z.string().min(8).max(64).optional(),
});

/** The upload section: the platform, where it is, and how the queue runs. */
export const uploadSchema = z.strictObject({
  platform: z.enum(PLATFORM_NAMES),
  endpoint: z.url({ protocol: /^https?$/ }).nullable(),
  concurrency: z.int().min(1).max(8),
  retentionDays: z.int().min(1).max(365),
  /** A record still not acknowledged this many days after capture raises an alarm (it is never purged). */
  unackedAlarmDays: z.int().min(1).max(365),
  /** How long one request may take before it counts as a network failure. */
  timeoutMs: z.int().min(200).max(120_000),
  nationalStandard: nationalStandardSchema,
});

/** The upload section of the configuration. */
export type UploadSettings = z.infer<typeof uploadSchema>;

/** The answer codes the reference receiver uses (docs/platforms.md); the default code table maps them. */
export const STANDARD_ANSWER_CODES = {
  ok: '0',
  unknownKey: '1001',
  badSignature: '1002',
  timestampOutOfWindow: '1003',
  duplicate: '1004',
  fieldRejected: '2001',
  serialConflict: '2002',
  malformedBody: '2003',
  busy: '5000',
} as const;

const C = STANDARD_ANSWER_CODES;

/** Defaults of the national-standard section: DES/ECB/PKCS5 base64 and the codes docs/platforms.md lists. */
export const NATIONAL_STANDARD_DEFAULTS: NationalStandardSettings = {
  apiVersion: '1.0',
  idNumberCipher: { enabled: false, mode: 'ecb', padding: 'pkcs5', output: 'base64' },
  mapping: {
    livePhoto: false,
    address: true,
    idCardTypeCodes: {
      'resident-id': '01',
      'hk-macao-taiwan-residence-permit': '07',
      'foreign-permanent-2017': '06',
      'foreign-permanent-2023': '06',
    },
  },
  photo: { maxBytes: 100 * 1024, maxSidePx: 640 },
  codes: {
    stored: [C.ok],
    alreadyStored: [C.duplicate],
    unauthorized: [C.unknownKey, C.badSignature],
    clockSkew: [C.timestampOutOfWindow],
    retryLater: [C.busy],
  },
};

/** A `--platform` option's value checked against upload.platform; the error names the choices. */
export function platformOption(value: string): Result<PlatformName, string> {
  const parsed = uploadSchema.shape.platform.safeParse(value);
  return parsed.success
    ? ok(parsed.data)
    : err(`--platform must be one of ${PLATFORM_NAMES.join(', ')}`);
}
