import { afterEach, describe, expect, it } from 'vitest';
import { SamEmulator } from '../../../../src/core/idcard/emulator/sam-emulator';
import {
  findCard,
  readAppendedAddress,
  readBaseInfo,
  readSamId,
  SamClient,
  selectCard,
} from '../../../../src/core/idcard/protocol';
import { ICBC_64_PROFILE } from '../../../../src/core/idcard/transport/hid-report-profile';
import { createHidTransport } from '../../../../src/core/idcard/transport/hid-transport';
import type { SamLink, TransportError } from '../../../../src/core/idcard/transport/sam-link';
import { loadCardProfile } from '../../../../src/core/idcard/emulator/load-card-profile';
import { emulatorAnswer } from './emulator-answer';
import { fakeHidApi, FakeHidDevice } from './fake-hid-device';

const INFO = { vendorId: 0x1234, productId: 0x0001, path: '/dev/hidraw3' };

describe('HID transport (icbc-64 profile) against a fake node-hid device', () => {
  let link: SamLink | null = null;
  afterEach(async () => {
    await link?.close();
    link = null;
  });

  it('reads the SAM ID and a whole card (1295-byte answer over 21 reports) through the emulator', async () => {
    const placement = await loadCardProfile('resident');
    const emulator = new SamEmulator();
    emulator.place(placement);
    const device = new FakeHidDevice(emulatorAnswer(emulator));
    link = await createHidTransport(fakeHidApi([INFO], device), INFO.path, ICBC_64_PROFILE).open();
    const client = new SamClient(link);
    expect(await readSamId(client)).toBe('05.01-20170808-0001234567-0305419896');
    expect((await findCard(client)).found).toBe(true);
    await selectCard(client);
    const info = await readBaseInfo(client);
    expect(info.text).toEqual(placement.text);
    expect(info.photo).toEqual(placement.photo);
    expect(await readAppendedAddress(client)).toBe('北京市西城区样例大街8号');
    expect(device.writtenReports[0]!.subarray(0, 6)).toEqual(
      Uint8Array.of(0, 0, 3, 0x12, 0xff, 0xee),
    );
    client.close();
  });

  it('reports node-hid’s read error (unplug) as disconnected and closes the device', async () => {
    const device = new FakeHidDevice(async () => null);
    link = await createHidTransport(fakeHidApi([INFO], device), INFO.path, ICBC_64_PROFILE).open();
    const closed = new Promise<TransportError | null>((resolve) => link!.onClose(resolve));
    device.unplug();
    expect((await closed)?.reason).toBe('disconnected');
    expect(device.listenerCount('data') + device.listenerCount('error')).toBe(0);
    await expect(link.send(Uint8Array.of(1))).rejects.toMatchObject({ reason: 'disconnected' });
  });

  it('reads hidapi’s bare "cannot open device" as access denied, with the udev hint', async () => {
    const device = new FakeHidDevice(async () => null);
    const transport = createHidTransport(
      fakeHidApi([INFO], device),
      '/dev/hidraw9',
      ICBC_64_PROFILE,
    );
    await expect(transport.open()).rejects.toMatchObject({ reason: 'access-denied' });
  });
});
