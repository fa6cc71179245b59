// The kiosk's slip service: a pass prints on the configured printer; an empty roll or an absent
// printer becomes a console alarm in both languages, and nothing waits for paper.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/core/clock';
import { slipService } from '../../../src/core/services/slip-service';
import { silentLogger } from '../../../src/core/log/logger';
import { createSerialPrinter } from '../../../src/core/printer/serial-printer';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import { startFakePrinter, type FakePrinter } from '../../support/fake-escpos-printer';

let printer: FakePrinter;
let events: KioskEvent[];
beforeEach(async () => {
  printer = await startFakePrinter();
  events = [];
});
afterEach(() => printer.close());

const ADDRESS = 'https://jzgr.example.gov.cn/person';

/** The slip the pass screen shows as a QR code instead, when one was announced. */
const unprintedSlip = () =>
  events.flatMap((e) => (e.name === 'slip.unprinted' ? [e.payload.text] : []));

const service = (path = printer.path) =>
  slipService({
    config: () => ({
      ...DEFAULT_CONFIG,
      ui: { ...DEFAULT_CONFIG.ui, personalServiceUrl: ADDRESS, personalServiceQrText: ADDRESS },
      printer: { kind: 'escpos-serial', path, baudRate: 9600, widthDots: 384 },
    }),
    emit: (event) => events.push(event),
    clock: systemClock,
    logger: silentLogger,
    printer: createSerialPrinter({
      path,
      baudRate: 9600,
      binding: printer.binding,
      statusTimeoutMs: 300,
    }),
  });

describe('slip service', () => {
  it('prints a slip and raises no alarm', async () => {
    expect(await service()()).toEqual({ kind: 'printed' });
    expect(events).toEqual([]);
  });

  it('raises an out-of-paper alarm and shows the slip as a QR code instead of printing', async () => {
    printer.setPaperOut(true);
    expect(await service()()).toEqual({ kind: 'out-of-paper' });
    expect(events[0]).toEqual(
      expect.objectContaining({
        name: 'alarm',
        payload: expect.objectContaining({ code: 'printer.out-of-paper', severity: 'warning' }),
      }),
    );
    const [slip] = unprintedSlip();
    expect(slip).toContain(ADDRESS);
    expect(slip).toContain('用工单位发起劳动关系');
  });

  it('raises a printer-absent alarm when the port is not there', async () => {
    expect(await service('/mock/unplugged-printer')()).toMatchObject({ kind: 'absent' });
    const alarm = events[0];
    expect(alarm?.name === 'alarm' && alarm.payload.code).toBe('printer.absent');
    expect(alarm?.name === 'alarm' && alarm.payload.text['zh-CN']).toContain('打印机');
    expect(unprintedSlip()).toHaveLength(1);
  });

  it('does nothing where the deployment has no printer', async () => {
    const none = slipService({
      config: () => DEFAULT_CONFIG,
      emit: (e) => events.push(e),
      clock: systemClock,
      logger: silentLogger,
    });
    expect(await none()).toBeNull();
    expect(events).toEqual([]);
  });
});
