import type { ResidentIdCard } from '../../../../src/core/idcard/card/card';
import { encodeCardText } from '../../../../src/core/idcard/card/encode-card-text';
import {
  createPlacement,
  type CardPlacement,
} from '../../../../src/core/idcard/emulator/card-placement';
import type { SamEmulator } from '../../../../src/core/idcard/emulator/sam-emulator';
import { createRequestDecoder } from '../../../../src/core/idcard/protocol/request-frame';
import { encodeResponse } from '../../../../src/core/idcard/protocol/response-frame';
import type { SamAnswer } from './fake-usb-device';

/** A resident card with a valid ID number (the GB 11643 example), as tests place it. */
export const RESIDENT_CARD: ResidentIdCard = {
  type: 'resident',
  name: '张三',
  gender: { kind: 'known', code: '2', label: { 'zh-CN': '女', en: 'female' } },
  nation: { kind: 'known', code: '01', name: '汉' },
  birthDate: { kind: 'date', iso: '1949-12-31' },
  address: '北京市朝阳区测试路1号',
  idNumber: '11010519491231002X',
  issuingAuthority: '北京市公安局朝阳分局',
  validFrom: { kind: 'date', iso: '2015-01-01' },
  validTo: { kind: 'long-term' },
};

/** A placement of the resident card with a recognisable photo and fingerprint pattern. */
export function residentPlacement(): CardPlacement {
  return createPlacement({
    label: 'resident',
    text: encodeCardText(RESIDENT_CARD),
    photo: Uint8Array.from({ length: 1024 }, (_, i) => i & 0xff),
    fingerprint: new Uint8Array(512).fill(0x5a),
    appendedAddress: '北京市海淀区新地址2号',
  });
}

/** The in-process SAM emulator behind a fake device: decodes each request frame and answers it. */
export function emulatorAnswer(emulator: SamEmulator): SamAnswer {
  return async (frame) => {
    const [decoded] = createRequestDecoder().push(frame);
    if (!decoded?.ok) return null;
    return encodeResponse(emulator.answer(decoded.value).response);
  };
}
