import { existsSync } from 'node:fs';
import koffi, { type LibraryHandle } from 'koffi';
import { CardPhotoError } from './card-photo-error';

/** The exported function every supported vendor library shares. */
const UNPACK_SYMBOL = 'unpack';

/** The native surface of a vendor WLT library: `int unpack(char *wlt1024, char *out, int flag)`. */
export interface WltBinding {
  /** Runs the decoder on a koffi worker thread; resolves to the library's return code (1 = success). */
  unpack(wlt: Uint8Array, out: Uint8Array, flag: number): Promise<number>;
}

function loadLibrary(libraryPath: string): LibraryHandle {
  if (!existsSync(libraryPath))
    throw new CardPhotoError({ reason: 'library-missing', libraryPath });
  try {
    return koffi.load(libraryPath);
  } catch (cause) {
    throw new CardPhotoError(
      { reason: 'library-unloadable', libraryPath, detail: String(cause) },
      { cause },
    );
  }
}

/**
 * Loads a vendor library at run time (never shipped: it is licensed per reader). Throws
 * CardPhotoError when the file is missing, cannot be loaded, or lacks `unpack`.
 */
export function loadWltBinding(libraryPath: string): WltBinding {
  const library = loadLibrary(libraryPath);
  let unpack: ReturnType<LibraryHandle['func']>;
  try {
    unpack = library.func('int unpack(const uint8_t *wlt, _Out_ uint8_t *out, int flag)');
  } catch (cause) {
    throw new CardPhotoError(
      { reason: 'symbol-missing', libraryPath, symbol: UNPACK_SYMBOL },
      { cause },
    );
  }
  return {
    // Vendor decoders can take tens of milliseconds and some talk to the reader, so the call runs
    // on koffi's worker pool instead of blocking the event loop.
    unpack: (wlt, out, flag) =>
      new Promise((resolve, reject) => {
        unpack.async(wlt, out, flag, (error: unknown, code: number) =>
          error ? reject(error) : resolve(code),
        );
      }),
  };
}
