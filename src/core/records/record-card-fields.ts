/** A card as read from the chip, in the record's card fields; a field the record cannot carry is named. */
import type { Card, CardDate, Gender, ValidityEnd } from '../idcard/card/card';
import type { CardFields } from './card-fields';
import { assertNever, err, ok, type Result } from '../../shared/result';

/** The card field whose read value a record cannot carry (e.g. an invalid date). */
export interface UnrecordableField {
  readonly field: string;
}

class Unrecordable extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

const date = (value: CardDate, field: string): string => {
  if (value.kind === 'date') return value.iso;
  throw new Unrecordable(field);
};

const sex = (gender: Gender): 'male' | 'female' => {
  if (gender.kind === 'known' && gender.code === '1') return 'male';
  if (gender.kind === 'known' && gender.code === '2') return 'female';
  throw new Unrecordable('gender');
};

const validUntil = (end: ValidityEnd): string =>
  end.kind === 'long-term' ? 'long-term' : date(end, 'validTo');

const count = (raw: string, field: string): number => {
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  throw new Unrecordable(field);
};

function fieldsOf(card: Card): CardFields {
  const common = {
    sex: sex(card.gender),
    birthDate: date(card.birthDate, 'birthDate'),
    validFrom: date(card.validFrom, 'validFrom'),
    validUntil: validUntil(card.validTo),
  };
  switch (card.type) {
    case 'resident':
      return {
        type: 'resident-id',
        ...common,
        name: card.name,
        ethnicity: card.nation.kind === 'known' ? card.nation.name : card.nation.raw,
        address: card.address,
        idNumber: card.idNumber,
        issuingAuthority: card.issuingAuthority,
      };
    case 'residence-permit':
      return {
        type: 'hk-macao-taiwan-residence-permit',
        ...common,
        name: card.name,
        address: card.address,
        idNumber: card.idNumber,
        issuingAuthority: card.issuingAuthority,
        passNumber: card.passNumber,
        issueCount: count(card.issueCount, 'issueCount'),
      };
    case 'foreign-permanent-2017':
      return {
        type: 'foreign-permanent-2017',
        ...common,
        nameLatin: card.englishName,
        nameChinese: card.chineseName,
        nationality: card.nationality,
        prNumber: card.prNumber,
        cardVersion: card.cardVersion,
        acceptingAuthorityCode: card.acceptingAuthorityCode,
      };
    case 'foreign-permanent-2023':
      return {
        type: 'foreign-permanent-2023',
        ...common,
        nameLatin: card.englishName,
        nameChinese: card.chineseName,
        nationality: card.nationality,
        idNumber: card.idNumber,
        renewalCount: count(card.renewalCount, 'renewalCount'),
      };
    default:
      return assertNever(card, 'card type');
  }
}

/** The record's card fields, or the first field whose value cannot be recorded. */
export function recordCardFields(card: Card): Result<CardFields, UnrecordableField> {
  try {
    return ok(fieldsOf(card));
  } catch (error) {
    if (error instanceof Unrecordable) return err({ field: error.field });
    throw error;
  }
}
