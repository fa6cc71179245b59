// The name and number that identify a record's card holder, and the number's masked form for lists
// and exports: the card layouts' one rule (idcard/card/card-holder.ts) read from a record's fields.
import { assertNever } from '../../shared/result';
import { holderName, holderNumber, type CardHolderFields } from '../idcard/card/card-holder';
import { maskIdNumber } from '../idcard/card/mask-id-number';
import type { CardFields } from './card-fields';

// The record's names for the holder fields, mapped back to the chip card's.
function holderFields(card: CardFields): CardHolderFields {
  switch (card.type) {
    case 'resident-id':
      return { type: 'resident', name: card.name, idNumber: card.idNumber };
    case 'hk-macao-taiwan-residence-permit':
      return { type: 'residence-permit', name: card.name, idNumber: card.idNumber };
    case 'foreign-permanent-2017':
      return {
        type: 'foreign-permanent-2017',
        chineseName: card.nameChinese,
        englishName: card.nameLatin,
        prNumber: card.prNumber,
      };
    case 'foreign-permanent-2023':
      return {
        type: 'foreign-permanent-2023',
        chineseName: card.nameChinese,
        englishName: card.nameLatin,
        idNumber: card.idNumber,
      };
    default:
      return assertNever(card, 'card type');
  }
}

/** The holder's number on a record's card: the ID number, or the PR number of a 2017 foreign card. */
export function recordCardNumber(card: CardFields): string {
  return holderNumber(holderFields(card));
}

/** The holder's number masked as lists and default exports show it. */
export function maskedRecordCardNumber(card: CardFields): string {
  return maskIdNumber(recordCardNumber(card));
}

/** The holder's name on a record's card: the Chinese name, or the Latin one when a foreign card has none. */
export function recordHolderName(card: CardFields): string {
  return holderName(holderFields(card));
}
