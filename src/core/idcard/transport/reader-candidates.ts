import type { HidDeviceInfo } from './hid-native';
import type { HidProfileName } from './hid-report-profile';
import { isSamUsbDevice } from './usb-bulk-transport';
import type { UsbDeviceNative } from './usb-native';

/** USB-serial bridges readers are built with (protocol doc §6), probed before any other serial port. */
const KNOWN_SERIAL_BRIDGES: readonly {
  readonly vendorId: number;
  readonly productId: number;
  readonly chip: string;
}[] = [
  { vendorId: 0x1a86, productId: 0x7523, chip: 'CH340' },
  { vendorId: 0x1a86, productId: 0x5523, chip: 'CH341' },
  { vendorId: 0x067b, productId: 0x2303, chip: 'PL2303' },
  { vendorId: 0x10c4, productId: 0xea60, chip: 'CP210x' },
  { vendorId: 0x0403, productId: 0x6001, chip: 'FTDI' },
  { vendorId: 0x0403, productId: 0x6015, chip: 'FTDI' },
  { vendorId: 0x0483, productId: 0x5740, chip: 'STM32 CDC' },
];

/** A serial port as enumerated (serialport's PortInfo gives VID/PID as hex strings, when known). */
interface SerialPortInfo {
  readonly path: string;
  readonly vendorId?: string | undefined;
  readonly productId?: string | undefined;
}

/** A HID model the configuration declares, with the report framing it speaks. */
export interface HidReaderModel {
  readonly vendorId: number;
  readonly productId: number;
  readonly profile: HidProfileName;
}

/** Where candidates come from; the real one asks the OS, tests supply fixed lists. */
export interface ReaderEnumeration {
  serialPorts(): Promise<readonly SerialPortInfo[]>;
  usbDevices(): Promise<readonly UsbDeviceNative[]>;
  hidDevices(): Promise<readonly HidDeviceInfo[]>;
}

/** Something that may be a reader, before the SAM has answered. */
export type ReaderCandidate =
  | { readonly kind: 'serial'; readonly path: string; readonly bridge: string | null }
  | { readonly kind: 'usb-bulk'; readonly device: UsbDeviceNative }
  | { readonly kind: 'hid'; readonly path: string; readonly profile: HidProfileName };

const hexId = (text: string | undefined): number => (text ? Number.parseInt(text, 16) : Number.NaN);

function bridgeOf(port: SerialPortInfo): string | null {
  const [vendorId, productId] = [hexId(port.vendorId), hexId(port.productId)];
  return (
    KNOWN_SERIAL_BRIDGES.find((b) => b.vendorId === vendorId && b.productId === productId)?.chip ??
    null
  );
}

/**
 * Lists the candidates in probing order: devices whose IDs say "SAM reader" (USB bulk, configured
 * HID models) first, then serial ports on a known bridge (in the bridge table's order), then every
 * other serial port, so unknown serial devices are touched only after every likelier reader.
 */
export async function listReaderCandidates(
  enumeration: ReaderEnumeration,
  hidModels: readonly HidReaderModel[],
): Promise<ReaderCandidate[]> {
  const [ports, usbDevices, hidDevices] = await Promise.all([
    enumeration.serialPorts().catch(() => []),
    enumeration.usbDevices().catch(() => []),
    enumeration.hidDevices().catch(() => []),
  ]);
  const bridgeRank = (port: SerialPortInfo): number => {
    const chip = bridgeOf(port);
    const rank = KNOWN_SERIAL_BRIDGES.findIndex((b) => b.chip === chip);
    return rank < 0 ? KNOWN_SERIAL_BRIDGES.length : rank;
  };
  const serial = [...ports]
    .sort((a, b) => bridgeRank(a) - bridgeRank(b) || a.path.localeCompare(b.path))
    .map((port): ReaderCandidate => ({ kind: 'serial', path: port.path, bridge: bridgeOf(port) }));
  const usb = usbDevices
    .filter(isSamUsbDevice)
    .map((device): ReaderCandidate => ({ kind: 'usb-bulk', device }));
  const hid = hidDevices.flatMap((info): ReaderCandidate[] => {
    const model = hidModels.find(
      (m) => m.vendorId === info.vendorId && m.productId === info.productId,
    );
    return model && info.path ? [{ kind: 'hid', path: info.path, profile: model.profile }] : [];
  });
  return [...usb, ...hid, ...serial];
}
