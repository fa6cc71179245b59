import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SamEmulator } from '../../../src/core/idcard/emulator/sam-emulator';
import { serveEmulatorOnSerial } from '../../../src/core/idcard/emulator/serial-emulator';
import { readSamId, SamClient } from '../../../src/core/idcard/protocol';
import { ICBC_64_PROFILE } from '../../../src/core/idcard/transport/hid-report-profile';
import { createHidTransport } from '../../../src/core/idcard/transport/hid-transport';
import type { SamTransport } from '../../../src/core/idcard/transport/sam-link';
import { createSerialTransport } from '../../../src/core/idcard/transport/serial-transport';
import { createMockSerialCable } from '../../../src/core/idcard/transport/mock-serial-cable';
import { createUsbBulkTransport } from '../../../src/core/idcard/transport/usb-bulk-transport';
import { startSocatPty } from '../../support/socat-pty';
import { emulatorAnswer } from '../../unit/idcard/transport/emulator-answer';
import { fakeHidApi, FakeHidDevice } from '../../unit/idcard/transport/fake-hid-device';
import { FakeUsbDevice } from '../../unit/idcard/transport/fake-usb-device';

/** A transport under test and how to tear down what it runs on. */
type Rig = { transport: SamTransport; dispose(): Promise<void> };

const RIGS: Record<string, () => Promise<Rig>> = {
  'serial over a socat pty': async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-contract-'));
    const pty = await startSocatPty({
      hostLink: join(dir, 'reader'),
      deviceLink: join(dir, 'sam'),
    });
    const served = await serveEmulatorOnSerial(new SamEmulator(), { path: pty.devicePath });
    return {
      transport: createSerialTransport(pty.hostPath, 115200),
      dispose: async () => {
        await served.close();
        await pty.kill();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  'serial over the in-process mock cable': async () => {
    const cable = createMockSerialCable();
    const served = await serveEmulatorOnSerial(new SamEmulator(), {
      path: cable.devicePath,
      binding: cable.binding,
    });
    return {
      transport: createSerialTransport(cable.hostPath, 115200, cable.binding),
      dispose: () => served.close(),
    };
  },
  'USB bulk on the fake device': async () => ({
    transport: createUsbBulkTransport(new FakeUsbDevice(emulatorAnswer(new SamEmulator()))),
    dispose: async () => undefined,
  }),
  'HID icbc-64 on the fake device': async () => {
    const info = { vendorId: 0x1234, productId: 1, path: '/dev/hidraw0' };
    const api = fakeHidApi([info], new FakeHidDevice(emulatorAnswer(new SamEmulator())));
    return {
      transport: createHidTransport(api, info.path, ICBC_64_PROFILE),
      dispose: async () => undefined,
    };
  },
};

const hardwarePort = process.env.KIOSK_READER_PORT;

/** The SamLink contract every transport keeps, whatever carries the bytes. */
function contract(makeRig: () => Promise<Rig>): void {
  it('reads a well-formed SAM ID, closes once with null, and refuses to send after close', async () => {
    const rig = await makeRig();
    try {
      const link = await rig.transport.open();
      const client = new SamClient(link);
      expect(await readSamId(client)).toMatch(/^\d{2}\.\d{2}-\d{8}-\d{10}-\d{10}$/);
      client.close();
      const closes: unknown[] = [];
      link.onClose((error) => closes.push(error));
      await link.close();
      await link.close();
      expect(closes).toEqual([null]);
      await expect(link.send(Uint8Array.of(0xaa))).rejects.toMatchObject({
        reason: 'disconnected',
      });
    } finally {
      await rig.dispose();
    }
  });
}

describe.each(Object.entries(RIGS))('SamLink contract: %s', (_name, makeRig) => contract(makeRig));

describe.skipIf(!hardwarePort)(
  'SamLink contract: a real serial reader (set KIOSK_READER_PORT=/dev/ttyUSB0 to run)',
  () =>
    contract(async () => ({
      transport: createSerialTransport(hardwarePort ?? '', 115200),
      dispose: async () => undefined,
    })),
);
