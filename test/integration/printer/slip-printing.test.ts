// The slip through the real encoder and the real serial stream to a fake printer at the binding:
// printed and rendered to a PNG (test-artifacts/slips/), refused on an empty roll, absent printer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeSlip } from '../../../src/core/printer/escpos-slip';
import { nextStepsSlip } from '../../../src/core/printer/next-steps-slip';
import { createSerialPrinter } from '../../../src/core/printer/serial-printer';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import {
  renderEscPos,
  startFakePrinter,
  type FakePrinter,
} from '../../support/fake-escpos-printer';

const ARTIFACTS = resolve(import.meta.dirname, '../../../test-artifacts/slips');
const UI = {
  ...DEFAULT_CONFIG.ui,
  personalServiceUrl: 'https://jzgr.example.gov.cn/',
  personalServiceQrText: 'https://jzgr.example.gov.cn/login',
  miniProgramQrText: 'https://jzgr.example.gov.cn/mp',
};

let printer: FakePrinter;
beforeEach(async () => {
  printer = await startFakePrinter();
});
afterEach(() => printer.close());

const kioskPrinter = () =>
  createSerialPrinter({
    path: printer.path,
    baudRate: 9600,
    binding: printer.binding,
    statusTimeoutMs: 500,
  });

describe('receipt slip on an ESC/POS printer', () => {
  it('prints the next steps with both QR codes, as a PNG one can look at', async () => {
    const bytes = await encodeSlip(nextStepsSlip(UI, 'zh-CN'), 384);
    expect(await kioskPrinter().print(bytes)).toEqual({ kind: 'printed' });
    const sent = await printer.receivedAtLeast(3 + bytes.length);
    // The status query, then exactly the slip.
    expect(sent.subarray(0, 3)).toEqual(Buffer.from([0x10, 0x04, 0x04]));
    expect(sent.subarray(3)).toEqual(Buffer.from(bytes));
    const slip = await renderEscPos(sent);
    expect(slip.widthDots).toBe(384);
    expect(slip.heightDots).toBeGreaterThan(2 * 240); // two QR codes of 240 dots and the text
    expect(slip.darkDots / (slip.widthDots * slip.heightDots)).toBeGreaterThan(0.05);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'next-steps-zh-CN.png'), slip.png);
  });

  it('leaves the login rule off the slip when policy says so', () => {
    const withRule = nextStepsSlip(UI, 'zh-CN').lines.join('\n');
    const without = nextStepsSlip({ ...UI, slipShowsPasswordRule: false }, 'zh-CN').lines.join(
      '\n',
    );
    expect(withRule).toContain(UI.initialPasswordRule['zh-CN']);
    expect(without).not.toContain(UI.initialPasswordRule['zh-CN']);
    expect(without).toContain('用工单位');
  });

  it('sends nothing but the status query when the roll is empty', async () => {
    printer.setPaperOut(true);
    const bytes = await encodeSlip(nextStepsSlip(UI, 'en'), 384);
    expect(await kioskPrinter().print(bytes)).toEqual({ kind: 'out-of-paper' });
    expect(printer.received()).toEqual(Buffer.from([0x10, 0x04, 0x04]));
  });

  it('says the printer is absent when its port cannot be opened', async () => {
    const absent = createSerialPrinter({
      path: '/mock/no-such-printer',
      baudRate: 9600,
      binding: printer.binding,
    });
    expect(await absent.print(Uint8Array.of(0x1b, 0x40))).toMatchObject({ kind: 'absent' });
  });
});
