// The number that identifies a record's card holder, and its masked form for lists and exports.
import { assertNever } from '../../shared/result';
import { maskIdNumber } from '../idcard/card/mask-id-number';
import type { CardFields } from './card-fields';

/** The holder's number on a record's card: the ID number, or the PR number of a 2017 foreign card. */
export function recordCardNumber(card: CardFields): string {
  switch (card.type) {
    case 'resident-id':
    case 'hk-macao-taiwan-residence-permit':
    case 'foreign-permanent-2023':
      return card.idNumber;
    case 'foreign-permanent-2017':
      return card.prNumber;
    default:
      return assertNever(card, 'card');
  }
}

/** The holder's number masked as lists and default exports show it. */
export function maskedRecordCardNumber(card: CardFields): string {
  return maskIdNumber(recordCardNumber(card));
}
