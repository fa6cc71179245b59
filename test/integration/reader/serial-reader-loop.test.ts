import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCardProfile } from '../../../src/core/idcard/emulator/load-card-profile';
import { PtyReader } from './pty-reader';

const openFds = () => readdirSync('/proc/self/fd').length;

describe('reader loop over a socat pseudo-terminal with the emulator on the far end', () => {
  let reader: PtyReader;
  beforeEach(async () => {
    reader = new PtyReader();
    await reader.plug();
    reader.start();
    await reader.next('connected', 0);
  });
  afterEach(async () => {
    await reader.dispose();
  });

  it.each([
    [
      'resident',
      { name: '王晓明', idNumber: '110101198503121239', address: '北京市东城区示例胡同100号' },
    ],
    [
      'residence-permit',
      { name: '陈美玲', idNumber: '810000199005202341', passNumber: 'H12345678', region: 'HK' },
    ],
    [
      'foreign-permanent-2017',
      { englishName: 'SAMPLE, JOHN ALEXANDER', prNumber: 'USA110012345609', nationality: 'USA' },
    ],
    [
      'foreign-permanent-2023',
      {
        chineseName: '马丁',
        idNumber: '931840197802140570',
        englishName: 'EXAMPLE-MARTIN, FREDERICK ALEXANDER WILLIAM',
      },
    ],
  ] as const)('reads the %s profile through the real serial transport', async (type, fields) => {
    const placement = await loadCardProfile(type);
    reader.emulator.place(placement);
    const read = await reader.next('card-read');
    expect(read.parsed.card).toMatchObject({ type, ...fields });
    expect(read.photo).toEqual(placement.photo);
    expect(read.parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a card pulled away mid-read, then reads it when placed again, and never twice', async () => {
    const placement = await loadCardProfile('resident');
    reader.emulator.removeMidRead = true;
    const from = reader.events.length;
    reader.emulator.place(placement);
    expect((await reader.next('error', from)).problem.code).toBe('sam.status.41');
    reader.emulator.removeMidRead = false;
    reader.emulator.place(placement);
    await reader.next('card-read', from);
    await reader.requestsAnswered(10); // ten more polls with the card still there
    expect(reader.events.slice(from).filter((e) => e.type === 'card-read')).toHaveLength(1);
    reader.emulator.remove();
    await reader.next('card-removed', from);
  });

  it('reads through garbage before every answer and recovers from damaged checksums', async () => {
    const placement = await loadCardProfile('residence-permit');
    reader.served!.responder.faults.garbage = true;
    reader.emulator.place(placement);
    expect((await reader.next('card-read')).parsed.card.type).toBe('residence-permit');
    reader.emulator.remove();
    await reader.next('card-removed');
    reader.served!.responder.faults.garbage = false;
    reader.served!.responder.faults.badChecksum = true;
    expect((await reader.next('error')).problem.code).toMatch(/^frame\./);
    reader.served!.responder.faults.badChecksum = false;
    reader.emulator.place(placement);
    await reader.next('card-read');
  });

  it('reports a slow SAM’s timeouts and keeps polling until it answers in time again', async () => {
    reader.served!.responder.speed = { kind: 'fixed', delayMs: 800 }; // find waits 500 ms
    expect((await reader.next('error')).problem.code).toBe('sam.timeout');
    reader.served!.responder.speed = { kind: 'instant' };
    reader.emulator.place(await loadCardProfile('resident'));
    await reader.next('card-read', reader.events.length, 15_000);
  });

  it('survives the port vanishing and coming back at the same path, leaking no file descriptors', async () => {
    const steady = openFds();
    for (let cycle = 0; cycle < 3; cycle++) {
      const from = reader.events.length;
      await reader.unplug();
      expect((await reader.next('disconnected', from)).reason).toBe('disconnected');
      await reader.plug();
      await reader.next('connected', from);
    }
    expect(openFds()).toBe(steady);
    reader.emulator.place(await loadCardProfile('foreign-permanent-2023'));
    expect((await reader.next('card-read')).parsed.card.type).toBe('foreign-permanent-2023');
  });
});
