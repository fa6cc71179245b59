import { assertNever } from '../../../shared/result';
import type { Card } from './card';
import { writeTextFields } from './card-text-fields';
import {
  FOREIGN_PERMANENT_2017_LAYOUT,
  foreignPermanent2017Fields,
} from './foreign-permanent-2017';
import {
  FOREIGN_PERMANENT_2023_LAYOUT,
  foreignPermanent2023Fields,
} from './foreign-permanent-2023';
import { RESIDENCE_PERMIT_LAYOUT, residencePermitFields } from './residence-permit';
import { RESIDENT_LAYOUT, residentFields } from './resident';

/**
 * The 256-byte UTF-16LE text block a SAM returns for this card: the inverse of parseCard for any
 * card whose values carry no leading or trailing spaces (parsing trims the padding). Reserved
 * areas are written as spaces; a permit's region follows its ID number. Throws
 * CardFieldTooLongError when a value does not fit its slot.
 */
export function encodeCardText(card: Card): Uint8Array {
  switch (card.type) {
    case 'resident':
      return writeTextFields(RESIDENT_LAYOUT, residentFields(card), ' ');
    case 'residence-permit':
      return writeTextFields(RESIDENCE_PERMIT_LAYOUT, residencePermitFields(card), 'J');
    case 'foreign-permanent-2017':
      return writeTextFields(FOREIGN_PERMANENT_2017_LAYOUT, foreignPermanent2017Fields(card), 'I');
    case 'foreign-permanent-2023':
      return writeTextFields(FOREIGN_PERMANENT_2023_LAYOUT, foreignPermanent2023Fields(card), 'Y');
    default:
      return assertNever(card, 'card type');
  }
}
