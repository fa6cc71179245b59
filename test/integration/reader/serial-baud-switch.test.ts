import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SamEmulator } from '../../../src/core/idcard/emulator/sam-emulator';
import {
  serveEmulatorOnSerial,
  type SerialEmulator,
} from '../../../src/core/idcard/emulator/serial-emulator';
import { readSamId, SamClient } from '../../../src/core/idcard/protocol';
import { switchSerialBaudRate } from '../../../src/core/idcard/reader/serial-baud-switch';
import type { SamLink } from '../../../src/core/idcard/transport/sam-link';
import { createSerialTransport } from '../../../src/core/idcard/transport/serial-transport';
import { startSocatPty, type PtyPair } from '../../support/socat-pty';

describe('switching a serial SAM to another rate over a pty', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-baud-'));
  let pty: PtyPair | null = null;
  let served: SerialEmulator | null = null;
  let link: SamLink | null = null;
  afterEach(async () => {
    await link?.close();
    await served?.close();
    await pty?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends 60 04, reopens the port at 9600 and talks to the SAM again', async () => {
    pty = await startSocatPty({ hostLink: join(dir, 'reader'), deviceLink: join(dir, 'sam') });
    served = await serveEmulatorOnSerial(new SamEmulator(), { path: pty.devicePath });
    const before = await createSerialTransport(pty.hostPath, 115200).open();
    const sent: number[][] = [];
    const send = before.send.bind(before);
    before.send = (frame) => (sent.push([...frame]), send(frame));
    const client = new SamClient(before);
    await readSamId(client);
    link = await switchSerialBaudRate(client, before, pty.hostPath, 9600);
    client.close();
    expect(sent.at(-1)).toEqual([0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x60, 0x04, 0x67]);
    expect(link.description).toBe(`serial ${pty.hostPath} @9600`);
    const after = new SamClient(link);
    expect(await readSamId(after)).toBe('05.01-20170808-0001234567-0305419896');
    after.close();
  });
});
