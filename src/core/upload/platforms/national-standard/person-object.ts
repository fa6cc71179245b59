// A capture record as the national construction-worker data standard's person object
// (WorkerMaster): dictionary codes for gender, nation and ID type, China Standard Time stamps,
// the match result as pass/fail and never the score. docs/platforms.md lists every field.
import type { CardFields } from '../../../records/card-fields';
import { recordCardNumber, recordHolderName } from '../../../records/record-card-number';
import type { CaptureRecordV1 } from '../../../records/record-schema';
import { nationCodeOfName } from '../../../idcard/card/nation-codes';
import { assertNever } from '../../../../shared/result';
import { formatChinaTime } from './china-time';

/** The person object as sent (field names of the standard); photos are base64 JPEG. */
export interface PersonObject {
  readonly serialNo: string;
  readonly workerName: string;
  readonly gender: '1' | '2';
  /** GB 3304 code; the printed name when the dictionary lacks it (the platform then refuses it). */
  readonly nation: string | null;
  /** GB/T 2659 alpha-3 for foreign cards, CHN otherwise. */
  readonly nationality: string;
  readonly birthday: string;
  readonly idCardType: string;
  /** The ID number, DES-wrapped when the deployment says so. */
  readonly idCardNumber: string;
  readonly address: string | null;
  readonly grantOrg: string | null;
  readonly startDate: string;
  /** A date, or 长期 for a card valid without end. */
  readonly expiryDate: string;
  readonly headImage: string | null;
  readonly livePhoto: string | null;
  readonly collectPointCode: string;
  readonly deviceId: string;
  readonly collectTime: string;
  readonly verifyMethod: 'face' | 'operator';
  readonly verifyResult: 'pass' | 'fail';
}

/** What the mapping needs besides the record: the wrapped ID number and the fitted photos. */
export interface PersonExtras {
  readonly idCardNumber: (plain: string) => string;
  readonly headImage: string | null;
  readonly livePhoto: string | null;
  readonly withAddress: boolean;
  /** The ID type dictionary code per card type (configured). */
  readonly idCardTypeCodes: Readonly<Record<CardFields['type'], string>>;
}

function cardPart(card: CardFields) {
  switch (card.type) {
    case 'resident-id':
    case 'hk-macao-taiwan-residence-permit':
      return {
        // Permits carry no nation field; the standard leaves it empty for them.
        nation:
          card.type === 'resident-id' ? (nationCodeOfName(card.ethnicity) ?? card.ethnicity) : null,
        nationality: 'CHN',
        address: card.address,
        grantOrg: card.issuingAuthority,
      };
    case 'foreign-permanent-2017':
    case 'foreign-permanent-2023':
      return {
        nation: null,
        nationality: card.nationality,
        address: null,
        grantOrg: null,
      };
    default:
      return assertNever(card, 'card type');
  }
}

/** Maps a record to the person object. */
export function toPersonObject(record: CaptureRecordV1, extras: PersonExtras): PersonObject {
  const card = cardPart(record.card);
  return {
    serialNo: record.recordId,
    workerName: recordHolderName(record.card),
    gender: record.card.sex === 'male' ? '1' : '2',
    nation: card.nation,
    nationality: card.nationality,
    birthday: record.card.birthDate,
    idCardType: extras.idCardTypeCodes[record.card.type],
    idCardNumber: extras.idCardNumber(recordCardNumber(record.card)),
    address: extras.withAddress ? card.address : null,
    grantOrg: card.grantOrg,
    startDate: record.card.validFrom,
    expiryDate: record.card.validUntil === 'long-term' ? '长期' : record.card.validUntil,
    headImage: extras.headImage,
    livePhoto: extras.livePhoto,
    collectPointCode: record.device.pointCode,
    deviceId: record.device.deviceId,
    collectTime: formatChinaTime(Date.parse(record.capturedAt)),
    verifyMethod: record.verification.method === 'face' ? 'face' : 'operator',
    verifyResult: record.verification.decision,
  };
}
