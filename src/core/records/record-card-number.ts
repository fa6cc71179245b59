// The name and number that identify a record's card holder, and the number's masked form for lists
// and exports.
import { maskIdNumber } from '../idcard/card/mask-id-number';
import type { CardFields } from './card-fields';

/** The holder's number on a record's card: the ID number, or the PR number of a 2017 foreign card. */
export function recordCardNumber(card: CardFields): string {
  return 'prNumber' in card ? card.prNumber : card.idNumber;
}

/** The holder's number masked as lists and default exports show it. */
export function maskedRecordCardNumber(card: CardFields): string {
  return maskIdNumber(recordCardNumber(card));
}

/** The holder's name on a record's card: the Chinese name, or the Latin one when a foreign card has none. */
export function recordHolderName(card: CardFields): string {
  return 'name' in card ? card.name : card.nameChinese || card.nameLatin;
}
