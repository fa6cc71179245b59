import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmulatorLink } from '../../../../src/core/idcard/emulator/emulator-link';
import {
  createPlacement,
  PlacementError,
} from '../../../../src/core/idcard/emulator/card-placement';
import { SamEmulator } from '../../../../src/core/idcard/emulator/sam-emulator';
import {
  checkSamStatus,
  findCard,
  FrameError,
  readAppendedAddress,
  readBaseInfo,
  readBaseInfoWithFingerprint,
  readSamId,
  resetSam,
  SamClient,
  SamStatusError,
  SamTimeoutError,
  selectCard,
  setBaudRate,
  setMaxRfFrame,
  TransportError,
} from '../../../../src/core/idcard/protocol';

const blocks = (fingerprintBytes = 0, appendedAddress: string | null = null) =>
  createPlacement({
    label: 'test card',
    text: new Uint8Array(256).fill(0x31),
    photo: new Uint8Array(1024).map((_, i) => i & 0xff),
    fingerprint: new Uint8Array(fingerprintBytes).fill(0xfe),
    appendedAddress,
  });

function setUp(options: Parameters<typeof createEmulatorLink>[1] = {}) {
  const emulator = new SamEmulator({ samId: '05.01-20170808-0001234567-0305419896' });
  const link = createEmulatorLink(emulator, options);
  const client = new SamClient(link);
  return { emulator, link, client };
}

describe('SamEmulator through the SamClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the full read cycle: find 9F, select 90, read 90 with the exact blocks', async () => {
    const { emulator, client } = setUp();
    emulator.place(blocks());
    expect(await findCard(client)).toMatchObject({ found: true });
    expect(await selectCard(client)).toHaveLength(8);
    const info = await readBaseInfo(client);
    expect(info.text).toEqual(new Uint8Array(256).fill(0x31));
    expect(info.photo[1023]).toBe(0xff);
    expect(info.fingerprint).toBeNull();
  });

  it('answers SAM management commands', async () => {
    const { client } = setUp();
    await expect(readSamId(client)).resolves.toBe('05.01-20170808-0001234567-0305419896');
    await expect(resetSam(client)).resolves.toBeUndefined();
    await expect(checkSamStatus(client)).resolves.toBeUndefined();
    await expect(setBaudRate(client, 9600)).resolves.toBeUndefined();
    await expect(setMaxRfFrame(client, 0x50)).resolves.toBeUndefined();
  });

  it('halts a read card: find answers 80 until the card is placed again, select+read still re-read it', async () => {
    const { emulator, client } = setUp();
    emulator.place(blocks());
    await findCard(client);
    await selectCard(client);
    await readBaseInfo(client);
    expect(await findCard(client)).toEqual({ found: false });
    await selectCard(client);
    await expect(readBaseInfo(client)).resolves.toHaveProperty('photo');
    expect(await findCard(client)).toEqual({ found: false });
    emulator.remove();
    emulator.place(blocks());
    expect(await findCard(client)).toMatchObject({ found: true });
  });

  it('fails select with 81 and read with 41 when there is no card', async () => {
    const { client } = setUp();
    expect(await findCard(client)).toEqual({ found: false });
    await expect(selectCard(client)).rejects.toMatchObject({ sw3: 0x81, reason: 'select-failed' });
    await expect(readBaseInfo(client)).rejects.toMatchObject({ sw3: 0x41, reason: 'read-failed' });
  });

  it('refuses select before find and read before select', async () => {
    const { emulator, client } = setUp();
    emulator.place(blocks());
    await expect(selectCard(client)).rejects.toMatchObject({ sw3: 0x81 });
    await findCard(client);
    await expect(readBaseInfo(client)).rejects.toMatchObject({ sw3: 0x41 });
  });

  it('returns fingerprints by their length and the appended address or 91', async () => {
    const { emulator, client } = setUp();
    emulator.place(blocks(512, '北京市东城区景山前街4号'));
    await findCard(client);
    await selectCard(client);
    const info = await readBaseInfoWithFingerprint(client);
    expect(info.fingerprint).toEqual(new Uint8Array(512).fill(0xfe));
    await expect(readAppendedAddress(client)).resolves.toBe('北京市东城区景山前街4号');
    emulator.place(blocks(0));
    await findCard(client);
    await selectCard(client);
    expect((await readBaseInfoWithFingerprint(client)).fingerprint).toHaveLength(0);
    await expect(readAppendedAddress(client)).resolves.toBeNull();
  });

  it('fails a read with 41 and loses the card when it is lifted mid-read', async () => {
    const { emulator, client } = setUp();
    emulator.place(blocks());
    emulator.removeMidRead = true;
    await findCard(client);
    await selectCard(client);
    await expect(readBaseInfo(client)).rejects.toBeInstanceOf(SamStatusError);
    expect(emulator.cardLabel).toBeNull();
    expect(await findCard(client)).toEqual({ found: false });
  });

  it('answers at real speed: about one second for find, select and read', async () => {
    const { emulator, client } = setUp({ speed: { kind: 'real' } });
    emulator.place(blocks());
    let done = false;
    const cycle = (async () => {
      await findCard(client);
      await selectCard(client);
      return readBaseInfo(client);
    })().finally(() => (done = true));
    await vi.advanceTimersByTimeAsync(900);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toBe(true);
    await expect(cycle).resolves.toHaveProperty('text');
  });

  it('lets a slow SAM run into the client timeout', async () => {
    const { emulator, client } = setUp({ speed: { kind: 'fixed', delayMs: 800 } });
    emulator.place(blocks());
    const found = findCard(client).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(500);
    expect(await found).toBeInstanceOf(SamTimeoutError);
  });

  it('corrupts checksums on request, which the client reports as a FrameError', async () => {
    const { client, link } = setUp();
    link.responder.faults.badChecksum = true;
    await expect(readSamId(client)).rejects.toBeInstanceOf(FrameError);
    link.responder.faults.badChecksum = false;
    await expect(readSamId(client)).resolves.toMatch(/^05\.01-/);
  });

  it('survives garbage before answers and answers split into tiny chunks', async () => {
    const { emulator, client, link } = setUp({ faults: { garbage: true, tinyChunks: true } });
    emulator.place(blocks(1024));
    await findCard(client);
    await selectCard(client);
    const info = await readBaseInfoWithFingerprint(client);
    expect(info.fingerprint).toHaveLength(1024);
    expect(link.responder.faults).toMatchObject({ garbage: true, tinyChunks: true });
  });

  it('stays silent when the SAM is dead', async () => {
    const { client } = setUp({ faults: { silence: true } });
    const id = readSamId(client).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(500);
    expect(await id).toBeInstanceOf(SamTimeoutError);
  });

  it('drops the link when the port dies', async () => {
    const { client, link } = setUp();
    const closed = new Promise((resolve) => link.onClose(resolve));
    link.responder.faults.deadPort = true;
    await expect(readSamId(client)).rejects.toBeInstanceOf(TransportError);
    expect(await closed).toBeInstanceOf(TransportError);
    await expect(link.send(new Uint8Array(10))).rejects.toMatchObject({ reason: 'disconnected' });
  });

  it('answers damaged host frames with 10/11 and unknown commands or baud codes with 21', async () => {
    const { link } = setUp();
    const chunks: Uint8Array[] = [];
    link.onData((chunk) => chunks.push(chunk));
    const requests = [
      [0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x00], // wrong CHK
      [0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x02, 0x20, 0x22], // LEN too short
      [0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x77, 0x01, 0x75], // unknown command
      [0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x60, 0x09, 0x6a], // unknown baud code
    ];
    for (const request of requests) await link.send(Uint8Array.from(request));
    await vi.advanceTimersByTimeAsync(0);
    expect(chunks.map((c) => c[9])).toEqual([0x10, 0x11, 0x21, 0x21]);
  });
});

describe('createPlacement', () => {
  it('refuses blocks a real card cannot hold', () => {
    const good = { label: 'x', text: new Uint8Array(256), photo: new Uint8Array(1024) };
    expect(() => createPlacement({ ...good, text: new Uint8Array(255) })).toThrow(PlacementError);
    expect(() => createPlacement({ ...good, photo: new Uint8Array(1000) })).toThrow(PlacementError);
    expect(() => createPlacement({ ...good, fingerprint: new Uint8Array(100) })).toThrow(
      PlacementError,
    );
    expect(() => createPlacement({ ...good, appendedAddress: 'x'.repeat(36) })).toThrow(
      PlacementError,
    );
    expect(createPlacement(good).fingerprint).toHaveLength(0);
  });
});
