// Sealing at rest: the personal part of a record is encrypted under a data key, bound to its
// record id and format version so a sealed payload cannot be moved onto another record.
// Sealing is local only: what leaves the device is the signed envelope over TLS.
import { KioskError } from '../kiosk-error';
import { RECORD_TEXTS } from '../../shared/i18n/catalog-records';
import { openBox, sealBox } from './aes-gcm-box';
import type { PersonalPart } from './personal-data';
import { RECORD_FORMAT_VERSION } from './record-schema';

/** A sealed payload that does not open: altered, moved to another record, or sealed under another key. */
export class SealTamperedError extends KioskError {
  constructor(readonly recordId: string) {
    super('record-seal-tampered', RECORD_TEXTS.sealTampered);
  }
}

/** The additional authenticated data of a sealed payload: UTF-8 of `<recordId>|v<formatVersion>`. */
function sealAad(recordId: string): Buffer {
  return Buffer.from(`${recordId}|v${RECORD_FORMAT_VERSION}`, 'utf8');
}

/** Encrypts the personal part of a record with AES-256-GCM under `dataKey`. */
export function sealPersonal(personal: PersonalPart, dataKey: Buffer, recordId: string): Buffer {
  return sealBox(dataKey, Buffer.from(JSON.stringify(personal), 'utf8'), sealAad(recordId));
}

/** Decrypts a sealed personal part; throws SealTamperedError when it does not authenticate. */
export function unsealPersonal(sealed: Buffer, dataKey: Buffer, recordId: string): PersonalPart {
  const plain = openBox(dataKey, sealed, sealAad(recordId));
  if (!plain) throw new SealTamperedError(recordId);
  // Authenticated bytes we wrote ourselves; the envelope schema re-checks them on verification.
  return JSON.parse(plain.toString('utf8')) as PersonalPart;
}
