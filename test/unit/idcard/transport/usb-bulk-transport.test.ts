import { afterEach, describe, expect, it } from 'vitest';
import { SamEmulator } from '../../../../src/core/idcard/emulator/sam-emulator';
import {
  findCard,
  readBaseInfoWithFingerprint,
  readSamId,
  SamClient,
  selectCard,
} from '../../../../src/core/idcard/protocol';
import { TransportError, type SamLink } from '../../../../src/core/idcard/transport/sam-link';
import { createUsbBulkTransport } from '../../../../src/core/idcard/transport/usb-bulk-transport';
import { loadCardProfile } from '../../../../src/core/idcard/emulator/load-card-profile';
import { emulatorAnswer } from './emulator-answer';
import { FakeUsbDevice } from './fake-usb-device';

describe('USB bulk transport against a fake SAM USB device', () => {
  let link: SamLink | null = null;
  afterEach(async () => {
    await link?.close();
    link = null;
  });

  it('detaches the kernel driver, claims interface 0 and reads the SAM ID through the emulator', async () => {
    const device = new FakeUsbDevice(emulatorAnswer(new SamEmulator()));
    const transport = createUsbBulkTransport(device);
    expect(transport.description).toBe('usb 1-1:7 0400:c35a');
    link = await transport.open();
    expect(device.claimed).toBe(true);
    expect(device.kernelDriverAttached).toBe(false);
    const client = new SamClient(link);
    expect(await readSamId(client)).toBe('05.01-20170808-0001234567-0305419896');
    expect([...device.requests[0]!]).toEqual([
      0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x12, 0xff, 0xee,
    ]);
    client.close();
  });

  it('reads a 2321-byte fingerprint response split into 64-byte packets on endpoint 5', async () => {
    const placement = await loadCardProfile('resident');
    const emulator = new SamEmulator();
    emulator.place(placement);
    const device = new FakeUsbDevice(emulatorAnswer(emulator));
    link = await createUsbBulkTransport(device).open();
    const client = new SamClient(link);
    expect((await findCard(client)).found).toBe(true);
    await selectCard(client);
    const info = await readBaseInfoWithFingerprint(client);
    expect(info.photo).toEqual(placement.photo);
    expect(info.fingerprint).toEqual(placement.fingerprint);
    expect(info.fingerprint).toHaveLength(1024);
    client.close();
  });

  it('reports an unplug during a read as a disconnected TransportError and releases the device', async () => {
    const device = new FakeUsbDevice(async () => new Promise<null>(() => {}));
    link = await createUsbBulkTransport(device).open();
    const closed = new Promise<TransportError | null>((resolve) => link!.onClose(resolve));
    await link.send(Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22));
    device.unplug();
    const error = await closed;
    expect(error).toBeInstanceOf(TransportError);
    expect(error?.reason).toBe('disconnected');
    expect(device.claimed).toBe(false);
    expect(device.opened).toBe(false);
    await expect(link.send(Uint8Array.of(1))).rejects.toMatchObject({ reason: 'disconnected' });
  });

  it('hands a non-frame header to the decoder without waiting for a bogus length', async () => {
    const device = new FakeUsbDevice(async () => null);
    link = await createUsbBulkTransport(device).open();
    const first = new Promise<number[]>((resolve) => link?.onData((chunk) => resolve([...chunk])));
    device.inject(1, Uint8Array.of(1, 2, 3, 4, 5, 0xff, 0xff));
    await link.send(Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x11, 0xff, 0xed));
    // A transport that waited for the bogus length would never deliver, and the test would time out.
    expect(await first).toEqual([1, 2, 3, 4, 5, 0xff, 0xff]);
  });

  it('fails to open with a typed busy error when the interface cannot be claimed', async () => {
    const device = new FakeUsbDevice(async () => null);
    device.claimed = true;
    device.claimInterface = () =>
      Promise.reject(new Error('claimInterface error: interface is busy'));
    await expect(createUsbBulkTransport(device).open()).rejects.toMatchObject({ reason: 'busy' });
    expect(device.opened).toBe(false);
  });
});
