import { describe, expect, it } from 'vitest';
import { encodeRequest } from '../../../../src/core/idcard/protocol/request-frame';
import {
  createResponseDecoder,
  encodeResponse,
} from '../../../../src/core/idcard/protocol/response-frame';
import {
  FIND_CARD,
  READ_APPENDED_ADDRESS,
  READ_BASE_INFO,
  READ_BASE_INFO_FINGERPRINT,
  RESET,
  SAM_ID,
  SELECT_CARD,
  setBaudRateCommand,
  setMaxRfFrameCommand,
  STATUS,
} from '../../../../src/core/idcard/protocol/sam-commands';
import { encodeBaseInfo } from '../../../../src/core/idcard/protocol/base-info';
import { encodeSamId, formatSamId } from '../../../../src/core/idcard/protocol/sam-id';
import { hex, toHex } from './hex';

const P = 'AA AA AA 96 69';

describe('request frames match the protocol document', () => {
  const cases = [
    ['reset', RESET, `${P} 00 03 10 FF EC`],
    ['status', STATUS, `${P} 00 03 11 FF ED`],
    ['SAM ID', SAM_ID, `${P} 00 03 12 FF EE`],
    ['find card', FIND_CARD, `${P} 00 03 20 01 22`],
    ['select card', SELECT_CARD, `${P} 00 03 20 02 21`],
    ['read text+photo', READ_BASE_INFO, `${P} 00 03 30 01 32`],
    ['read with fingerprint', READ_BASE_INFO_FINGERPRINT, `${P} 00 03 30 10 23`],
    ['read appended address', READ_APPENDED_ADDRESS, `${P} 00 03 30 03 30`],
    ['set baud 115200', setBaudRateCommand(115200), `${P} 00 03 60 00 63`],
    ['set baud 9600', setBaudRateCommand(9600), `${P} 00 03 60 04 67`],
    ['set max RF frame 80', setMaxRfFrameCommand(0x50), `${P} 00 04 61 FF 50 CA`],
  ] as const;
  it.each(cases)('encodes %s', (_, command, expected) => {
    expect(toHex(encodeRequest(command.request))).toBe(expected);
  });
});

describe('response frames of the protocol document decode', () => {
  const cases = [
    ['OK, no data', `${P} 00 04 00 00 90 94`, 0x90, 0],
    ['find OK', `${P} 00 08 00 00 9F 00 00 00 00 97`, 0x9f, 4],
    ['select OK', `${P} 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C`, 0x90, 8],
    ['find failed', `${P} 00 04 00 00 80 84`, 0x80, 0],
    ['select failed', `${P} 00 04 00 00 81 85`, 0x81, 0],
    ['read failed', `${P} 00 04 00 00 41 45`, 0x41, 0],
    ['no content', `${P} 00 04 00 00 91 95`, 0x91, 0],
  ] as const;
  it.each(cases)('decodes %s', (_, frame, sw3, dataBytes) => {
    const results = createResponseDecoder().push(hex(frame));
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result?.ok && result.value.sw3).toBe(sw3);
    expect(result?.ok && result.value.data.length).toBe(dataBytes);
    if (!result?.ok) throw new Error('expected a frame');
    expect(toHex(encodeResponse(result.value))).toBe(frame);
  });

  it('rejects the wrong checksums that some public samples hard-code', () => {
    const decoder = createResponseDecoder();
    const results = [...decoder.push(hex(`${P} 00 04 00 00 90 95`))];
    expect(results).toHaveLength(1);
    expect(results[0]?.ok).toBe(false);
    expect(!results[0]?.ok && results[0]?.error.reason).toBe('bad-checksum');
  });

  it('builds the documented header of a successful 30 01 read', () => {
    const blocks = { text: new Uint8Array(256), photo: new Uint8Array(1024), fingerprint: null };
    const frame = encodeResponse({
      sw1: 0,
      sw2: 0,
      sw3: 0x90,
      data: encodeBaseInfo(blocks, false),
    });
    expect(toHex(frame.subarray(0, 14))).toBe(`${P} 05 08 00 00 90 01 00 04 00`);
    expect(frame.length).toBe(1295);
  });

  it('sizes the fingerprint reads as documented (1297/1809/2321 bytes)', () => {
    const sizes = [0, 512, 1024].map(
      (fp) =>
        encodeResponse({
          sw1: 0,
          sw2: 0,
          sw3: 0x90,
          data: encodeBaseInfo(
            {
              text: new Uint8Array(256),
              photo: new Uint8Array(1024),
              fingerprint: new Uint8Array(fp),
            },
            true,
          ),
        }).length,
    );
    expect(sizes).toEqual([1297, 1809, 2321]);
  });
});

describe('SAM ID', () => {
  const data = hex('05 00 01 00 38 C8 33 01 87 D6 12 00 78 56 34 12');
  it('formats the example of the protocol document', () => {
    expect(formatSamId(data)).toBe('05.01-20170808-0001234567-0305419896');
  });
  it('encodes back to the same bytes and a frame ending in 12 09', () => {
    const encoded = encodeSamId('05.01-20170808-0001234567-0305419896');
    expect(encoded && toHex(encoded)).toBe(toHex(data));
    const frame = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data });
    expect(toHex(frame.subarray(-2))).toBe('12 09');
  });
  it('refuses a malformed SAM ID string', () => {
    expect(encodeSamId('05-01-20170808-1234567-305419896')).toBeNull();
    expect(encodeSamId('05.01-20170808-0001234567-9999999999')).toBeNull();
  });
});
