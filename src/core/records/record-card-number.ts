// The number that identifies a record's card holder, and its masked form for lists and exports.
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
