// The person object checked against the standard: shapes, dictionaries (gender, nation, ID type),
// dates, the ID number's checksum and the photo limit. A field that fails is named in the answer;
// its value never is.
import { z } from 'zod';
import { parseChinaTime } from '../../core/upload/platforms/national-standard/china-time';
import { NATION_CODES } from '../../core/idcard/card/nation-codes';
import { parseIdNumber } from '../../core/idcard/card/id-number';
import { NATIONAL_STANDARD_DEFAULTS } from '../../shared/config/upload-platform-schema';
import { err, ok, type Result } from '../../shared/result';

const RESIDENT_ID_TYPE = NATIONAL_STANDARD_DEFAULTS.mapping.idCardTypeCodes['resident-id'];
const ID_TYPES = new Set(Object.values(NATIONAL_STANDARD_DEFAULTS.mapping.idCardTypeCodes));
const NATIONS = new Set<string>(NATION_CODES);

const date = z.iso.date();
const chinaTime = z.string().refine((text) => parseChinaTime(text) !== undefined);

const personSchema = z.strictObject({
  serialNo: z.uuid(),
  workerName: z.string().min(1).max(50),
  gender: z.enum(['1', '2']),
  nation: z
    .string()
    .refine((code) => NATIONS.has(code))
    .nullable(),
  nationality: z.string().regex(/^[A-Z]{3}$/),
  birthday: date,
  idCardType: z.string().refine((code) => ID_TYPES.has(code)),
  idCardNumber: z.string().min(1).max(128),
  address: z.string().min(1).max(200).nullable(),
  grantOrg: z.string().min(1).max(100).nullable(),
  startDate: date,
  expiryDate: z.union([date, z.literal('长期')]),
  headImage: z.base64().nullable(),
  livePhoto: z.base64().nullable(),
  collectPointCode: z.string().regex(/^[0-9A-Za-z]{4,32}$/),
  deviceId: z.string().min(1).max(64),
  collectTime: chinaTime,
  verifyMethod: z.enum(['face', 'operator']),
  verifyResult: z.enum(['pass', 'fail']),
});

/** A person object that passed the checks, with the ID number in clear. */
export type CheckedPerson = z.infer<typeof personSchema>;

/** The field that failed and why, in words for an integrator. */
export interface FieldProblem {
  readonly field: string;
  readonly reason: string;
}

const isJpeg = (base64: string) =>
  Buffer.from(base64.slice(0, 8), 'base64').readUInt16BE(0) === 0xffd8;

/**
 * Checks a parsed body; `clearIdNumber` undoes the DES wrapping (undefined: it does not decrypt).
 * Photos must be JPEG within `photoMaxBytes`.
 */
export function checkPerson(
  body: unknown,
  clearIdNumber: (sent: string) => string | undefined,
  photoMaxBytes: number,
): Result<CheckedPerson, FieldProblem> {
  // A field the standard does not have (a score, say) is named before anything missing.
  const unknown = Object.keys(typeof body === 'object' && body !== null ? body : {}).find(
    (name) => !Object.hasOwn(personSchema.shape, name),
  );
  if (unknown !== undefined) return err({ field: unknown, reason: 'not a field of the standard' });
  const parsed = personSchema.safeParse(body);
  if (!parsed.success)
    return err({ field: parsed.error.issues[0]?.path.join('.') || 'body', reason: 'invalid' });
  const person = parsed.data;
  const idNumber = clearIdNumber(person.idCardNumber);
  if (idNumber === undefined)
    return err({ field: 'idCardNumber', reason: 'does not decrypt with the DES key' });
  if (person.idCardType === RESIDENT_ID_TYPE) {
    const parts = parseIdNumber(idNumber);
    if (!parts?.checksumValid)
      return err({ field: 'idCardNumber', reason: 'GB 11643 check character is wrong' });
    if (person.nation === null)
      return err({ field: 'nation', reason: 'required for a resident ID card' });
  }
  for (const field of ['headImage', 'livePhoto'] as const) {
    const photo = person[field];
    if (photo === null) continue;
    if (!isJpeg(photo)) return err({ field, reason: 'not a JPEG' });
    if (Buffer.byteLength(photo, 'base64') > photoMaxBytes)
      return err({ field, reason: `larger than ${photoMaxBytes} bytes` });
  }
  return ok({ ...person, idCardNumber: idNumber });
}
