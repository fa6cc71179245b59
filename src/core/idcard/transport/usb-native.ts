/**
 * The part of the `usb` 3 package (WebUSB-style, built on nusb) that the bulk transport uses,
 * declared here so the adapter can run against an in-process fake device in tests. Endpoint
 * numbers are WebUSB numbers: direction bit stripped (IN 0x81 is endpoint 1 read with TransferIn).
 */
export interface UsbDeviceNative {
  readonly vendorId: number;
  readonly productId: number;
  /** Bus path such as `1-1.4`. */
  readonly bus: string;
  readonly address: number;
  open(): Promise<void>;
  close(): Promise<void>;
  claimInterface(interfaceNumber: number): Promise<void>;
  releaseInterface(interfaceNumber: number): Promise<void>;
  /** Linux only; rejects when no kernel driver is attached. */
  detachKernelDriver(interfaceNumber: number): Promise<void>;
  /** Resolves with the bytes read, or null on a stall. */
  nativeTransferIn(
    endpointNumber: number,
    timeoutMs: number,
    length: number,
  ): Promise<Uint8Array | null>;
  /** Resolves with the number of bytes written (negative on a stall). */
  nativeTransferOut(endpointNumber: number, timeoutMs: number, data: Uint8Array): Promise<number>;
}

/** Lists the USB devices present. */
export interface UsbBusNative {
  getDevices(): Promise<readonly UsbDeviceNative[]>;
}

/** The real bus, loaded on first use so that commands which never touch USB need no native module. */
export async function loadUsbBus(): Promise<UsbBusNative> {
  const { usb } = await import('usb');
  return {
    // The WebUSB objects `usb` returns are its UsbDevice instances, which carry the native methods.
    getDevices: async () => (await usb.getDevices()) as unknown as UsbDeviceNative[],
  };
}
