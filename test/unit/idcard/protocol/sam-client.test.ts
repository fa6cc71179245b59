import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  findCard,
  FrameError,
  readAppendedAddress,
  readBaseInfo,
  readSamId,
  resetSam,
  SamClient,
  SamClosedError,
  SamPayloadError,
  SamStatusError,
  SamTimeoutError,
  selectCard,
  TransportError,
} from '../../../../src/core/idcard/protocol';
import { encodeAppendedAddress } from '../../../../src/core/idcard/protocol/appended-address';
import { encodeResponse } from '../../../../src/core/idcard/protocol/response-frame';
import { SAM_MESSAGES } from '../../../../src/shared/i18n/catalog-sam';
import { hex, toHex } from './hex';
import { createScriptedLink } from './scripted-link';

const answer = (sw3: number, data: string | Uint8Array = '') =>
  encodeResponse({ sw1: 0, sw2: 0, sw3, data: typeof data === 'string' ? hex(data) : data });
const FOUND = answer(0x9f, '00 00 00 00');
const SELECTED = answer(0x90, '00 00 00 00 00 00 00 00');
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('SamClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps exactly one command in flight and queues the rest', async () => {
    const { link, sent, deliver } = createScriptedLink();
    const client = new SamClient(link);
    const found = findCard(client);
    const selected = selectCard(client);
    await flush();
    expect(sent.map(toHex)).toEqual(['AA AA AA 96 69 00 03 20 01 22']);
    deliver(FOUND);
    await expect(found).resolves.toMatchObject({ found: true });
    await flush();
    expect(sent).toHaveLength(2);
    deliver(SELECTED);
    await expect(selected).resolves.toHaveLength(8);
  });

  it('reports no card when find answers 80', async () => {
    const { link, deliver } = createScriptedLink();
    const found = findCard(new SamClient(link));
    await flush();
    deliver(answer(0x80));
    await expect(found).resolves.toEqual({ found: false });
  });

  it('times out with the command name and its timeout', async () => {
    const { link } = createScriptedLink();
    const client = new SamClient(link, { timeoutsMs: { 'find-card': 300 } });
    const found = findCard(client).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(299);
    await vi.advanceTimersByTimeAsync(1);
    const error = await found;
    expect(error).toBeInstanceOf(SamTimeoutError);
    expect(error).toMatchObject({ command: 'find-card', timeoutMs: 300 });
  });

  it('resends once after SW3 10 and succeeds', async () => {
    const { link, sent, deliver } = createScriptedLink();
    const found = findCard(new SamClient(link));
    await flush();
    deliver(answer(0x10));
    await flush();
    expect(sent).toHaveLength(2);
    deliver(FOUND);
    await expect(found).resolves.toMatchObject({ found: true });
  });

  it('does not take a frame that arrived with the 10 as the answer to the resend', async () => {
    const { link, sent, deliver } = createScriptedLink();
    const found = findCard(new SamClient(link));
    await flush();
    deliver(Uint8Array.from(Buffer.concat([answer(0x10), answer(0x80)])));
    await flush();
    expect(sent).toHaveLength(2);
    deliver(FOUND);
    await expect(found).resolves.toMatchObject({ found: true });
  });

  it('gives up after the allowed resends with a typed status error', async () => {
    const { link, sent, deliver } = createScriptedLink();
    const found = findCard(new SamClient(link)).catch((error: unknown) => error);
    await flush();
    deliver(answer(0x11));
    await flush();
    deliver(answer(0x11));
    const error = await found;
    expect(sent).toHaveLength(2);
    expect(error).toBeInstanceOf(SamStatusError);
    expect(error).toMatchObject({ sw3: 0x11, reason: 'length-error' });
  });

  it('does not resend on a status that is not a damaged host frame', async () => {
    const { link, sent, deliver } = createScriptedLink();
    const read = readBaseInfo(new SamClient(link)).catch((error: unknown) => error);
    await flush();
    deliver(answer(0x41));
    const error = (await read) as SamStatusError;
    expect(sent).toHaveLength(1);
    expect(error).toBeInstanceOf(SamStatusError);
    expect([error.reason, error.retryable, error.recovery]).toEqual([
      'read-failed',
      true,
      'refind',
    ]);
    expect(error.text).toEqual(SAM_MESSAGES['sw-read-failed']);
  });

  it('names an unknown status code as such', async () => {
    const { link, deliver } = createScriptedLink();
    const reset = resetSam(new SamClient(link)).catch((error: unknown) => error);
    await flush();
    deliver(answer(0x55));
    expect(await reset).toMatchObject({ reason: 'unknown-status', sw3: 0x55, retryable: false });
  });

  it('ignores a late reply that arrives after a timeout, even inside the next answer chunk', async () => {
    const { link, sent, deliver } = createScriptedLink();
    const client = new SamClient(link, { settleMs: 100 });
    const found = findCard(client).catch((error: unknown) => error);
    const selected = selectCard(client);
    await vi.advanceTimersByTimeAsync(500);
    expect(await found).toBeInstanceOf(SamTimeoutError);
    deliver(FOUND.subarray(0, 6)); // late, during the settle time: dropped
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(2);
    deliver(Uint8Array.from(Buffer.concat([FOUND, SELECTED]))); // the stale 9F must not answer select
    await expect(selected).resolves.toHaveLength(8);
  });

  it('fails with a FrameError when the answer is damaged', async () => {
    const { link, deliver } = createScriptedLink();
    const found = findCard(new SamClient(link)).catch((error: unknown) => error);
    await flush();
    const damaged = Uint8Array.from(FOUND);
    damaged[damaged.length - 1] = 0x00; // FOUND's checksum is 0x97
    deliver(damaged);
    expect(await found).toMatchObject({ reason: 'bad-checksum' });
    expect(await found).toBeInstanceOf(FrameError);
  });

  it('prefers a valid answer that follows a false preamble in the same chunk', async () => {
    const { link, deliver } = createScriptedLink();
    const found = findCard(new SamClient(link));
    await flush();
    deliver(Uint8Array.from(Buffer.concat([hex('AA AA AA 96 69 FF FF'), FOUND])));
    await expect(found).resolves.toMatchObject({ found: true });
  });

  it('rejects a base-info answer whose length fields do not add up', async () => {
    const { link, deliver } = createScriptedLink();
    const read = readBaseInfo(new SamClient(link)).catch((error: unknown) => error);
    await flush();
    deliver(answer(0x90, Uint8Array.from([1, 0, 4, 0, ...new Uint8Array(1000)])));
    expect(await read).toBeInstanceOf(SamPayloadError);
    expect(await read).toMatchObject({ fault: 'length-mismatch', command: 'read-base-info' });
  });

  it('decodes the SAM ID and the appended address, with 91 meaning none', async () => {
    const { link, deliver } = createScriptedLink();
    const client = new SamClient(link);
    const id = readSamId(client);
    await flush();
    deliver(answer(0x90, '05 00 01 00 38 C8 33 01 87 D6 12 00 78 56 34 12'));
    await expect(id).resolves.toBe('05.01-20170808-0001234567-0305419896');
    const none = readAppendedAddress(client);
    await flush();
    deliver(answer(0x91));
    await expect(none).resolves.toBeNull();
    const some = readAppendedAddress(client);
    await flush();
    deliver(answer(0x90, encodeAppendedAddress('北京市东城区景山前街4号')!));
    await expect(some).resolves.toBe('北京市东城区景山前街4号');
  });

  it('passes a transport failure through and keeps serving the queue', async () => {
    const scripted = createScriptedLink();
    const client = new SamClient(scripted.link);
    const failure = new TransportError('io', SAM_MESSAGES['link-closed']);
    scripted.failSends(failure);
    await expect(findCard(client)).rejects.toBe(failure);
  });

  it('rejects every pending command when the link goes away', async () => {
    const { link, drop } = createScriptedLink();
    const client = new SamClient(link);
    const first = findCard(client).catch((error: unknown) => error);
    const second = selectCard(client).catch((error: unknown) => error);
    await flush();
    drop(null);
    expect(await first).toMatchObject({ reason: 'disconnected' });
    expect(await second).toBeInstanceOf(TransportError);
    await expect(findCard(client)).rejects.toBeInstanceOf(TransportError);
  });

  it('close() rejects pending commands and leaves no listener or timer behind', async () => {
    const scripted = createScriptedLink();
    const client = new SamClient(scripted.link, { settleMs: 1000 });
    const timedOut = findCard(client, { timeoutMs: 10 }).catch((error: unknown) => error);
    const pending = [selectCard(client), readBaseInfo(client)].map((p) =>
      p.catch((error: unknown) => error),
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(await timedOut).toBeInstanceOf(SamTimeoutError);
    expect(vi.getTimerCount()).toBe(1); // the settle timer
    client.close();
    for (const error of await Promise.all(pending)) expect(error).toBeInstanceOf(SamClosedError);
    expect(scripted.listenerCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await expect(findCard(client)).rejects.toBeInstanceOf(SamClosedError);
  });

  it('close() while a command is in flight clears its timeout', async () => {
    const scripted = createScriptedLink();
    const client = new SamClient(scripted.link);
    const found = findCard(client).catch((error: unknown) => error);
    await flush();
    expect(vi.getTimerCount()).toBe(1);
    client.close();
    expect(await found).toMatchObject({ code: 'sam.closed', command: 'find-card' });
    expect(vi.getTimerCount()).toBe(0);
    expect(scripted.listenerCount()).toBe(0);
  });
});
