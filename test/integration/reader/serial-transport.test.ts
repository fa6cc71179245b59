import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SamLink, TransportError } from '../../../src/core/idcard/transport/sam-link';
import { createSerialTransport } from '../../../src/core/idcard/transport/serial-transport';
import { startSocatPty, type PtyPair } from '../../support/socat-pty';

describe('serial transport on a socat pty pair', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-serial-'));
  let pty: PtyPair;
  const links: SamLink[] = [];
  beforeEach(async () => {
    pty = await startSocatPty({ hostLink: join(dir, 'host'), deviceLink: join(dir, 'device') });
  });
  afterEach(async () => {
    await Promise.all(links.splice(0).map((link) => link.close()));
    await pty.kill();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const open = async (path: string) => {
    const link = await createSerialTransport(path, 115200).open();
    links.push(link);
    return link;
  };

  it('carries a 2321-byte answer across, in whatever chunks the pty delivers', async () => {
    const host = await open(pty.hostPath);
    const device = await open(pty.devicePath);
    const frame = Uint8Array.from({ length: 2321 }, (_, i) => (i * 7) & 0xff);
    const received: number[] = [];
    const all = new Promise<void>((resolve) =>
      host.onData((chunk) => {
        received.push(...chunk);
        if (received.length >= frame.length) resolve();
      }),
    );
    await device.send(frame);
    await all;
    expect(Uint8Array.from(received)).toEqual(frame);
  });

  it('says busy when another process already holds the port', async () => {
    await open(pty.hostPath);
    await expect(createSerialTransport(pty.hostPath, 115200).open()).rejects.toMatchObject({
      reason: 'busy',
    });
  });

  it('says not-found for a path that does not exist', async () => {
    await expect(createSerialTransport(join(dir, 'nothing'), 9600).open()).rejects.toMatchObject({
      reason: 'not-found',
      retryable: true,
    });
  });

  it('reports the port vanishing as disconnected, on close or on the next send', async () => {
    const host = await open(pty.hostPath);
    const closed = new Promise<TransportError | null>((resolve) => host.onClose(resolve));
    await pty.kill();
    // The kernel may report the vanished peer only when the port is next written to.
    const sent = host.send(Uint8Array.of(0xaa)).catch((error: TransportError) => error);
    expect((await closed)?.reason).toBe('disconnected');
    const outcome = await sent;
    expect(outcome === undefined || outcome.reason === 'disconnected').toBe(true);
  });
});
