import { assertNever } from '../../shared/result';
import { CardPhotoError } from './card-photo-error';
import type { CardPhotoDecoder } from './card-photo-decoder';
import { simulationPhotoDecoder } from './simulation-codec';
import { createVendorWltDecoder, type VendorWltOptions } from './vendor-wlt-decoder';

/** Which card photo decoder the device configuration asks for. */
export type PhotoDecoderConfig =
  ({ readonly kind: 'vendor' } & VendorWltOptions) | { readonly kind: 'simulation' };

/** Whether this deployment may decode simulation photos: only test and demo devices. */
export interface PhotoDecoderPolicy {
  readonly allowSimulation: boolean;
}

/**
 * Builds the decoder the configuration names. A production policy (allowSimulation false)
 * refuses the simulation codec, so an emulated card can never pass as a real one. Throws
 * CardPhotoError (simulation-refused, or the vendor library's load failures).
 */
export function selectPhotoDecoder(
  config: PhotoDecoderConfig,
  policy: PhotoDecoderPolicy,
): CardPhotoDecoder {
  switch (config.kind) {
    case 'vendor':
      return createVendorWltDecoder(config);
    case 'simulation':
      if (!policy.allowSimulation) throw new CardPhotoError({ reason: 'simulation-refused' });
      return simulationPhotoDecoder;
    default:
      return assertNever(config, 'photo decoder kind');
  }
}
