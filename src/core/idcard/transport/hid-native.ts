/** What node-hid reports about a HID device present on the system. */
export interface HidDeviceInfo {
  readonly vendorId: number;
  readonly productId: number;
  readonly path?: string | undefined;
  readonly product?: string | undefined;
}

/**
 * The part of a node-hid `HIDAsync` device the HID transport uses, declared here so that tests can
 * run the transport against an in-process fake device.
 */
export interface HidDeviceNative {
  /** Writes one output report; the first byte is the report ID. */
  write(report: Buffer): Promise<number>;
  on(event: 'data', listener: (report: Buffer) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  off(event: 'data', listener: (report: Buffer) => void): unknown;
  off(event: 'error', listener: (error: unknown) => void): unknown;
  close(): Promise<void>;
}

/** Enumerates and opens HID devices. */
export interface HidApiNative {
  devices(): Promise<readonly HidDeviceInfo[]>;
  open(path: string): Promise<HidDeviceNative>;
}

/** The real node-hid async API, loaded on first use so that commands without HID need no native module. */
export async function loadHidApi(): Promise<HidApiNative> {
  const hid = await import('node-hid');
  return {
    devices: () => hid.devicesAsync(),
    open: async (path) => (await hid.HIDAsync.open(path)) as unknown as HidDeviceNative,
  };
}
