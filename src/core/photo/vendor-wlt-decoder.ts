import { CardPhotoError } from './card-photo-error';
import { PHOTO_SLOT_BYTES, type CardPhotoDecoder } from './card-photo-decoder';
import type { RgbImage } from './rgb-image';
import { isSimulationSlot } from './simulation-codec';
import { loadWltBinding } from './vendor-wlt-binding';
import { VENDOR_SUCCESS_CODE } from './vendor-wlt-codes';
import { BMP_BYTES, wltOutputToRgb } from './wlt-output-image';

/** Where the licensed vendor library is and how to call it. */
export interface VendorWltOptions {
  /** Absolute path of the vendor's libwlt2bmp.so / libWltRS.so / libwlt.so. */
  readonly libraryPath: string;
  /** Third argument of unpack: vendor-specific (0, 1, 198 and 311 are seen); 0 when unset. */
  readonly unpackFlag?: number;
}

// Room beyond the largest documented output, in case a library writes past it.
const OUTPUT_BYTES = BMP_BYTES + 4096;

/**
 * Decodes real WLT photos through the reader vendor's library, loaded now (so a missing or
 * wrong library fails at start-up with CardPhotoError, not at the first card).
 *
 * Windows vendors ship `int __stdcall GetBmp(char *wltPath, int intf)` (WltRS.dll, libwltu.so)
 * instead: it reads a .wlt file and writes a .bmp beside it. It is bridged file-based: write the
 * slot to `<private temp dir>/photo.wlt`, call GetBmp through koffi with the `__stdcall`
 * convention (intf 1 serial, 2 USB), read `photo.bmp` into wltOutputToRgb, delete both files.
 * Those DLLs are mostly 32-bit, so a 64-bit Node or Electron needs a 32-bit helper process
 * that does the call. Not built here: there is no Windows machine to test it on.
 */
export function createVendorWltDecoder(options: VendorWltOptions): CardPhotoDecoder {
  const binding = loadWltBinding(options.libraryPath);
  // Vendor decoders are not known to be thread-safe: one call at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const decodeOne = async (slot: Uint8Array): Promise<RgbImage> => {
    const out = new Uint8Array(OUTPUT_BYTES);
    const code = await binding.unpack(slot, out, options.unpackFlag ?? 0);
    if (code !== VENDOR_SUCCESS_CODE) throw new CardPhotoError({ reason: 'decoder-failed', code });
    return wltOutputToRgb(out);
  };
  return {
    decode(slot) {
      if (slot.length !== PHOTO_SLOT_BYTES) {
        return Promise.reject(
          new CardPhotoError({ reason: 'wrong-slot-size', sizeBytes: slot.length }),
        );
      }
      if (isSimulationSlot(slot))
        return Promise.reject(new CardPhotoError({ reason: 'simulation-slot-to-vendor' }));
      const result = queue.then(() => decodeOne(slot));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
