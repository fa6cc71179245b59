import { EventEmitter } from 'node:events';
import type {
  HidApiNative,
  HidDeviceInfo,
  HidDeviceNative,
} from '../../../../src/core/idcard/transport/hid-native';
import type { SamAnswer } from './fake-usb-device';

const REPORT_BYTES = 64;
const CHUNK_BYTES = 62;

/**
 * An in-process stand-in for a node-hid HIDAsync device speaking the icbc-64 report framing. It
 * implements the device side from the profile's definition on its own (not with the transport's
 * code), so a framing mistake in either shows up as a failed read.
 */
export class FakeHidDevice extends EventEmitter implements HidDeviceNative {
  readonly requests: Uint8Array[] = [];
  readonly writtenReports: Uint8Array[] = [];
  open = true;
  #payload: number[] = [];

  constructor(private readonly answer: SamAnswer) {
    super();
  }

  async write(report: Buffer): Promise<number> {
    if (!this.open) throw new Error('Cannot write to hid device');
    if (report.length !== 1 + REPORT_BYTES || report[0] !== 0) throw new Error('bad report');
    this.writtenReports.push(new Uint8Array(report));
    const count = (report[1]! << 8) | report[2]!;
    this.#payload.push(...report.subarray(3, 3 + count));
    if (count === CHUNK_BYTES) return report.length;
    const len = this.#payload.length;
    const request = Uint8Array.from([
      0xaa,
      0xaa,
      0xaa,
      0x96,
      0x69,
      len >> 8,
      len & 0xff,
      ...this.#payload,
    ]);
    this.#payload = [];
    this.requests.push(request);
    void this.answer(request).then(
      (response) => response && this.#sendReports(response.subarray(7)),
    );
    return report.length;
  }

  async close(): Promise<void> {
    this.open = false;
  }

  /** Pulls the plug: node-hid reports it as an 'error' on its read loop. */
  unplug(): void {
    this.open = false;
    this.emit('error', new Error('could not read from HID device'));
  }

  #sendReports(payload: Uint8Array): void {
    for (let offset = 0; ; offset += CHUNK_BYTES) {
      const chunk = payload.subarray(offset, offset + CHUNK_BYTES);
      const report = Buffer.alloc(REPORT_BYTES);
      report.writeUInt16BE(chunk.length, 0);
      report.set(chunk, 2);
      if (this.open) this.emit('data', report);
      if (chunk.length < CHUNK_BYTES) return;
    }
  }
}

/** A node-hid API with the given devices listed and one fake device behind every path. */
export function fakeHidApi(devices: readonly HidDeviceInfo[], device: FakeHidDevice): HidApiNative {
  return {
    devices: async () => devices,
    open: async (path) => {
      if (!devices.some((d) => d.path === path))
        throw new Error(`cannot open device with path ${path}`);
      return device;
    },
  };
}
