import { describe, expect, it } from 'vitest';
import {
  listReaderCandidates,
  type ReaderEnumeration,
} from '../../../../src/core/idcard/transport/reader-candidates';
import { FakeUsbDevice } from './fake-usb-device';

const silentSam = async () => null;

function enumeration(parts: Partial<ReaderEnumeration>): ReaderEnumeration {
  return {
    serialPorts: async () => [],
    usbDevices: async () => [],
    hidDevices: async () => [],
    ...parts,
  };
}

describe('listReaderCandidates', () => {
  it('orders SAM USB devices, configured HID models, known bridges (table order), then other ports', async () => {
    const usb = new FakeUsbDevice(silentSam);
    const candidates = await listReaderCandidates(
      enumeration({
        serialPorts: async () => [
          { path: '/dev/ttyS0' },
          { path: '/dev/ttyUSB2', vendorId: '0403', productId: '6001' },
          { path: '/dev/ttyACM0', vendorId: '2341', productId: '0043' },
          { path: '/dev/ttyUSB1', vendorId: '1A86', productId: '7523' },
        ],
        usbDevices: async () => [usb],
        hidDevices: async () => [
          { vendorId: 0x1234, productId: 0x0001, path: '/dev/hidraw0' },
          { vendorId: 0x046d, productId: 0xc077, path: '/dev/hidraw1' },
        ],
      }),
      [{ vendorId: 0x1234, productId: 0x0001, profile: 'icbc-64' }],
    );
    expect(candidates.map((c) => (c.kind === 'usb-bulk' ? 'usb' : `${c.kind} ${c.path}`))).toEqual([
      'usb',
      'hid /dev/hidraw0',
      'serial /dev/ttyUSB1',
      'serial /dev/ttyUSB2',
      'serial /dev/ttyACM0',
      'serial /dev/ttyS0',
    ]);
    expect(candidates[2]).toMatchObject({ bridge: 'CH340' });
    expect(candidates[4]).toMatchObject({ bridge: null });
  });

  it('leaves out USB devices with other IDs and keeps going when one enumeration fails', async () => {
    const other = Object.assign(new FakeUsbDevice(silentSam), { vendorId: 0x1d6b });
    const candidates = await listReaderCandidates(
      enumeration({
        usbDevices: async () => [other],
        hidDevices: () => Promise.reject(new Error('hidapi missing')),
        serialPorts: async () => [{ path: '/dev/ttyUSB0', vendorId: '10c4', productId: 'ea60' }],
      }),
      [],
    );
    expect(candidates).toEqual([{ kind: 'serial', path: '/dev/ttyUSB0', bridge: 'CP210x' }]);
  });
});
