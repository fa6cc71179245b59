import type { CardPhotoMessageKey } from '../../shared/i18n/catalog-card';

/** Return value of the vendor decoder on success. */
export const VENDOR_SUCCESS_CODE = 1;

// Codes documented for WltRS GetBmp (protocol notes §5); the unpack family shares them.
const CODE_MESSAGES: ReadonlyMap<number, CardPhotoMessageKey> = new Map([
  [0, 'vendorSdtapiFailed'],
  [-1, 'vendorDecodeError'],
  [-2, 'vendorBadExtension'],
  [-3, 'vendorOpenError'],
  [-4, 'vendorBadFormat'],
  [-5, 'vendorNotLicensed'],
  [-6, 'vendorDeviceConnection'],
]);

/** The message explaining a vendor decoder's failure code. */
export function vendorCodeMessageKey(code: number): CardPhotoMessageKey {
  return CODE_MESSAGES.get(code) ?? 'vendorUnknownCode';
}
