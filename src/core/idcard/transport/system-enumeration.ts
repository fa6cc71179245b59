import { loadHidApi } from './hid-native';
import type { ReaderEnumeration } from './reader-candidates';
import { loadUsbBus } from './usb-native';

/** Asks the OS for serial ports, USB devices and HID devices; native modules load on first use. */
export const systemReaderEnumeration: ReaderEnumeration = {
  async serialPorts() {
    const { SerialPort } = await import('serialport');
    return SerialPort.list();
  },
  usbDevices: async () => (await loadUsbBus()).getDevices(),
  hidDevices: async () => (await loadHidApi()).devices(),
};
