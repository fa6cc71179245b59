import { setBaudRate, type SamBaudRate, type SamCommandRunner } from '../protocol';
import { systemTimers, type Timers } from '../../clock';
import type { SamLink } from '../transport/sam-link';
import { createSerialTransport } from '../transport/serial-transport';

// The SAM switches once its acknowledgement is on the wire; the sdtapi notes ask for at least 5 ms
// before talking at the new rate. 10 ms leaves room for a USB-serial bridge's buffers to drain.
const SWITCH_SETTLE_MS = 10;

/**
 * Moves a serial SAM to another UART rate: sends `60 xx` at the current rate, closes the port once
 * the SAM has acknowledged, waits, and reopens the same port at the new rate. The SAM keeps the
 * rate across power cycles, which is why auto-detection scans every rate. The caller's client on
 * the old link is done with; make a new one on the returned link.
 */
export async function switchSerialBaudRate(
  sam: SamCommandRunner,
  link: SamLink,
  path: string,
  baudRate: SamBaudRate,
  timers: Timers = systemTimers,
): Promise<SamLink> {
  await setBaudRate(sam, baudRate);
  await link.close();
  await new Promise<void>((resolve) => timers.setTimeout(resolve, SWITCH_SETTLE_MS));
  return createSerialTransport(path, baudRate).open();
}
