import { HEADER_BYTES, MAX_LEN, PREAMBLE } from '../protocol/frame-format';
import { LinkEvents } from './link-events';
import type { SamLink, SamTransport } from './sam-link';
import { classifyNativeError, toTransportError, transportFailure } from './transport-failure';
import type { UsbDeviceNative } from './usb-native';

/** VID:PID pairs of the standard SAM USB interface; the first is the common one, the second [U]. */
const SAM_USB_IDS: readonly { readonly vendorId: number; readonly productId: number }[] = [
  { vendorId: 0x0400, productId: 0xc35a },
  { vendorId: 0x0483, productId: 0x5652 },
];

// Endpoints of the standard SAM USB interface (protocol doc §6): header and rest go separately.
const SAM_INTERFACE = 0;
const EP_OUT_HEADER = 0x02;
const EP_OUT_BODY = 0x06;
const EP_IN_HEADER = 0x81 & 0x0f;
const EP_IN_BODY = 0x85 & 0x0f;
// Longer than any SAM command takes (a fingerprint read is ≤ 3.5 s): the SAM client's own
// per-command timeout decides first; this only bounds a transfer that would otherwise hang.
const TRANSFER_TIMEOUT_MS = 5000;

/** Whether a device is one of the known SAM USB interfaces. */
export function isSamUsbDevice(device: { vendorId: number; productId: number }): boolean {
  return SAM_USB_IDS.some(
    (id) => id.vendorId === device.vendorId && id.productId === device.productId,
  );
}

/** The standard SAM USB bulk interface of one device (vendor-specific class, not HID, not CDC). */
export function createUsbBulkTransport(device: UsbDeviceNative): SamTransport {
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  const description = `usb ${device.bus}:${device.address} ${hex(device.vendorId)}:${hex(device.productId)}`;
  return { kind: 'usb-bulk', description, open: () => openUsbLink(device, description) };
}

async function openUsbLink(device: UsbDeviceNative, description: string): Promise<SamLink> {
  try {
    await device.open();
  } catch (error) {
    throw toTransportError(error, description);
  }
  // A kernel driver (e.g. a vendor module) may own the interface; having none is the normal case.
  await device.detachKernelDriver(SAM_INTERFACE).catch(() => undefined);
  try {
    await device.claimInterface(SAM_INTERFACE);
  } catch (error) {
    await device.close().catch(() => undefined);
    throw toTransportError(error, description);
  }
  const events = new LinkEvents();
  // One response is read per request, in order: the SAM answers every frame exactly once.
  let reads: Promise<void> = Promise.resolve();

  let released: Promise<void> | null = null;
  // Resources are freed before the close is reported, so a listener may reopen at once.
  const release = (error: unknown): Promise<void> =>
    (released ??= (async () => {
      await device.releaseInterface(SAM_INTERFACE).catch(() => undefined);
      await device.close().catch(() => undefined);
      events.emitClose(error === null ? null : toTransportError(error, description));
    })());
  const fail = (error: unknown): Promise<void> =>
    // A timeout or stall leaves the device usable: the SAM client times the command out and the
    // next request starts a fresh read. A vanished device ends the link.
    classifyNativeError(error) === 'disconnected' ? release(error) : Promise.resolve();

  const readResponse = async (): Promise<void> => {
    const header = await device.nativeTransferIn(EP_IN_HEADER, TRANSFER_TIMEOUT_MS, HEADER_BYTES);
    if (!header || events.closed) return;
    events.emitData(header);
    let remaining = (header[5]! << 8) | header[6]!;
    // Not a header: the frame decoder resynchronises; waiting for a bogus LEN would stall the link.
    if (
      header.length < HEADER_BYTES ||
      PREAMBLE.some((b, i) => header[i] !== b) ||
      remaining > MAX_LEN
    )
      return;
    while (remaining > 0 && !events.closed) {
      const chunk = await device.nativeTransferIn(EP_IN_BODY, TRANSFER_TIMEOUT_MS, remaining);
      if (!chunk || chunk.length === 0) return;
      events.emitData(chunk);
      remaining -= chunk.length;
    }
  };

  return {
    description,
    async send(frame) {
      if (released) throw transportFailure('disconnected', description);
      try {
        await device.nativeTransferOut(
          EP_OUT_HEADER,
          TRANSFER_TIMEOUT_MS,
          frame.subarray(0, HEADER_BYTES),
        );
        await device.nativeTransferOut(
          EP_OUT_BODY,
          TRANSFER_TIMEOUT_MS,
          frame.subarray(HEADER_BYTES),
        );
      } catch (error) {
        await fail(error);
        throw toTransportError(error, description);
      }
      reads = reads.then(readResponse).catch(fail);
    },
    onData: (listener) => events.onData(listener),
    onClose: (listener) => events.onClose(listener),
    close: () => release(null),
  };
}
