import type { Card } from './card';
import { fieldReader, readCardTypeFlag } from './card-text-fields';
import { FOREIGN_PERMANENT_2017_LAYOUT, readForeignPermanent2017 } from './foreign-permanent-2017';
import { FOREIGN_PERMANENT_2023_LAYOUT, readForeignPermanent2023 } from './foreign-permanent-2023';
import { RESIDENCE_PERMIT_LAYOUT, readResidencePermit } from './residence-permit';
import { RESIDENT_LAYOUT, readResident } from './resident';

/** The card a 256-byte text block holds, and the flag when it named no known layout. */
export interface CardText {
  readonly card: Card;
  /** The flag at offset 248 when it was neither blank nor J/I/Y (the card is then read as resident). */
  readonly unknownFlag: string | null;
}

/** Picks the layout from the flag at offset 248 and reads every field; the caller checks the length. */
export function readCardText(text: Uint8Array): CardText {
  const flag = readCardTypeFlag(text);
  switch (flag) {
    case 'J':
      return {
        card: readResidencePermit(fieldReader(text, RESIDENCE_PERMIT_LAYOUT)),
        unknownFlag: null,
      };
    case 'I':
      return {
        card: readForeignPermanent2017(fieldReader(text, FOREIGN_PERMANENT_2017_LAYOUT)),
        unknownFlag: null,
      };
    case 'Y':
      return {
        card: readForeignPermanent2023(fieldReader(text, FOREIGN_PERMANENT_2023_LAYOUT)),
        unknownFlag: null,
      };
    default:
      // The protocol document: a space "or anything else" is a resident ID card.
      return {
        card: readResident(fieldReader(text, RESIDENT_LAYOUT)),
        unknownFlag: flag === '' ? null : flag,
      };
  }
}
