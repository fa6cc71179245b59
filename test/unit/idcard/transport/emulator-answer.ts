import type { SamEmulator } from '../../../../src/core/idcard/emulator/sam-emulator';
import { createRequestDecoder } from '../../../../src/core/idcard/protocol/request-frame';
import { encodeResponse } from '../../../../src/core/idcard/protocol/response-frame';
import type { SamAnswer } from './fake-usb-device';

/** The in-process SAM emulator behind a fake device: decodes each request frame and answers it. */
export function emulatorAnswer(emulator: SamEmulator): SamAnswer {
  return async (frame) => {
    const [decoded] = createRequestDecoder().push(frame);
    if (!decoded?.ok) return null;
    return encodeResponse(emulator.answer(decoded.value).response);
  };
}
