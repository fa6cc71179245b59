/**
 * Who a card names, one rule for every layout: the number that identifies the holder and the name
 * the card prints first. The worker screen reads it from the chip's card, exports and uploads from
 * a record's card fields (records/record-card-number.ts).
 */
import { assertNever } from '../../../shared/result';
import type {
  ForeignPermanent2017Card,
  ForeignPermanent2023Card,
  ResidencePermitCard,
  ResidentIdCard,
} from './card';

/** The fields of each layout that say who holds it (every Card has them). */
export type CardHolderFields =
  | Pick<ResidentIdCard, 'type' | 'name' | 'idNumber'>
  | Pick<ResidencePermitCard, 'type' | 'name' | 'idNumber'>
  | Pick<ForeignPermanent2017Card, 'type' | 'chineseName' | 'englishName' | 'prNumber'>
  | Pick<ForeignPermanent2023Card, 'type' | 'chineseName' | 'englishName' | 'idNumber'>;

/** The number that identifies the holder: the ID number, or the PR number of a 2017 foreign card. */
export function holderNumber(card: CardHolderFields): string {
  switch (card.type) {
    case 'resident':
    case 'residence-permit':
    case 'foreign-permanent-2023':
      return card.idNumber;
    case 'foreign-permanent-2017':
      return card.prNumber;
    default:
      return assertNever(card, 'card type');
  }
}

/** The holder's name as the card prints it first: the Chinese name, or the English one when a foreign card has none. */
export function holderName(card: CardHolderFields): string {
  switch (card.type) {
    case 'resident':
    case 'residence-permit':
      return card.name;
    case 'foreign-permanent-2017':
    case 'foreign-permanent-2023':
      return card.chineseName.trim() || card.englishName;
    default:
      return assertNever(card, 'card type');
  }
}
