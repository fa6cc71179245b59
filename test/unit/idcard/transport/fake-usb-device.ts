import type { UsbDeviceNative } from '../../../../src/core/idcard/transport/usb-native';
import { Listeners } from '../../../../src/shared/listeners';

/** The SAM behind a fake device: a whole request frame in, the whole response bytes out (or nothing). */
export type SamAnswer = (request: Uint8Array) => Promise<Uint8Array | null>;

const PACKET_BYTES = 64;

/**
 * An in-process stand-in for a `usb` 3 device exposing the standard SAM bulk interface: it
 * reassembles the request from OUT endpoints 2 (header) and 6 (rest), asks the SAM, and serves the
 * response header on IN endpoint 1 and the rest on IN endpoint 5 in 64-byte packets, failing the
 * way `usb` 3 does (error text from nusb) when unplugged.
 */
export class FakeUsbDevice implements UsbDeviceNative {
  readonly vendorId = 0x0400;
  readonly productId = 0xc35a;
  readonly bus = '1-1';
  readonly address = 7;
  opened = false;
  claimed = false;
  kernelDriverAttached = true;
  readonly requests: Uint8Array[] = [];
  #header: Uint8Array | null = null;
  #unplugged = false;
  readonly #queues = new Map<number, Uint8Array>([
    [1, new Uint8Array(0)],
    [5, new Uint8Array(0)],
  ]);
  readonly #arrivals = new Listeners<void>();

  constructor(private readonly answer: SamAnswer) {}

  async open(): Promise<void> {
    if (this.#unplugged) throw new Error('failed to open device: device not found');
    this.opened = true;
  }
  async close(): Promise<void> {
    this.opened = false;
    this.#wakeAll();
  }
  async claimInterface(n: number): Promise<void> {
    if (n !== 0 || this.kernelDriverAttached)
      throw new Error('claimInterface error: interface is busy');
    this.claimed = true;
  }
  async releaseInterface(): Promise<void> {
    this.claimed = false;
  }
  async detachKernelDriver(): Promise<void> {
    if (!this.kernelDriverAttached)
      throw new Error('detachKernelDriver error: no kernel driver attached');
    this.kernelDriverAttached = false;
  }

  async nativeTransferOut(endpoint: number, _timeoutMs: number, data: Uint8Array): Promise<number> {
    this.#check('transferOut');
    if (endpoint === 2) this.#header = data.slice();
    else if (endpoint === 6 && this.#header) {
      const request = new Uint8Array([...this.#header, ...data]);
      this.#header = null;
      this.requests.push(request);
      void this.answer(request).then((response) => {
        if (!response) return;
        this.#append(1, response.subarray(0, 7));
        this.#append(5, response.subarray(7));
      });
    } else throw new Error('transferOut error: endpoint not found');
    return data.length;
  }

  async nativeTransferIn(
    endpoint: number,
    _timeoutMs: number,
    length: number,
  ): Promise<Uint8Array | null> {
    for (;;) {
      this.#check('transferIn');
      const queued = this.#queues.get(endpoint);
      if (!queued) throw new Error('transferIn error: endpoint not found');
      if (queued.length > 0) {
        const take = Math.min(length, PACKET_BYTES, queued.length);
        this.#queues.set(endpoint, queued.subarray(take));
        return queued.slice(0, take);
      }
      await new Promise<void>((resolve) => {
        const stop = this.#arrivals.add(() => {
          stop();
          resolve();
        });
      });
    }
  }

  /** Pulls the plug: every pending and later transfer fails. */
  unplug(): void {
    this.#unplugged = true;
    this.#wakeAll();
  }

  /** Puts raw bytes on an IN endpoint, as a misbehaving device would. */
  inject(endpoint: 1 | 5, bytes: Uint8Array): void {
    this.#append(endpoint, bytes);
  }

  #check(operation: string): void {
    if (this.#unplugged) throw new Error(`${operation} error: device disconnected`);
    if (!this.opened) throw new Error(`${operation} error: transfer was cancelled`);
  }
  #append(endpoint: number, bytes: Uint8Array): void {
    this.#queues.set(endpoint, new Uint8Array([...(this.#queues.get(endpoint) ?? []), ...bytes]));
    this.#wakeAll();
  }
  #wakeAll(): void {
    this.#arrivals.emit();
  }
}
