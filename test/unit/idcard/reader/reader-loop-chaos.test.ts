import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../../../src/core/log/logger';
import { parseCard } from '../../../../src/core/idcard/card/parse-card';
import type { CardPlacement } from '../../../../src/core/idcard/emulator/card-placement';
import { loadCardProfile } from '../../../../src/core/idcard/emulator/load-card-profile';
import { SamEmulator } from '../../../../src/core/idcard/emulator/sam-emulator';
import type { ReaderEvent } from '../../../../src/core/idcard/reader/reader-events';
import { ReaderLoop } from '../../../../src/core/idcard/reader/reader-loop';
import { EmulatorTransport } from './emulator-transport';

const LINE_FAULTS = ['garbage', 'badChecksum', 'tinyChunks', 'silence', 'deadPort'] as const;

type Step =
  | { kind: 'place' }
  | { kind: 'remove' }
  | { kind: 'remove-mid-read'; on: boolean }
  | { kind: 'fault'; fault: (typeof LINE_FAULTS)[number]; on: boolean }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ kind: 'place' }),
  fc.constant<Step>({ kind: 'remove' }),
  fc.boolean().map((on): Step => ({ kind: 'remove-mid-read', on })),
  fc
    .record({ fault: fc.constantFrom(...LINE_FAULTS), on: fc.boolean() })
    .map((f): Step => ({ kind: 'fault', ...f })),
  fc.integer({ min: 0, max: 2000 }).map((ms): Step => ({ kind: 'wait', ms })),
);

describe('ReaderLoop under random faults', () => {
  let placement: CardPlacement;
  beforeAll(async () => {
    placement = await loadCardProfile('residence-permit');
  });
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('never throws or logs a bug, and reads a card once the faults are gone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const emulator = new SamEmulator();
        const transport = new EmulatorTransport(emulator);
        const logger = createMemoryLogger();
        const events: ReaderEvent[] = [];
        const loop = new ReaderLoop({
          locate: async () => transport,
          parse: parseCard,
          logger,
          reconnect: { initialMs: 100, maxMs: 400 },
        });
        loop.on((event) => events.push(event));
        loop.start();
        await vi.advanceTimersByTimeAsync(0);
        for (const s of steps) {
          if (s.kind === 'place') emulator.place(placement);
          else if (s.kind === 'remove') emulator.remove();
          else if (s.kind === 'remove-mid-read') emulator.removeMidRead = s.on;
          else if (s.kind === 'fault') {
            if (transport.openLinks > 0) transport.responder.faults[s.fault] = s.on;
          } else await vi.advanceTimersByTimeAsync(s.ms);
        }
        // Faults off on whatever link is open now; a dead link is replaced by a clean one.
        if (transport.openLinks > 0)
          for (const fault of LINE_FAULTS) transport.responder.faults[fault] = false;
        emulator.removeMidRead = false;
        emulator.remove();
        await vi.advanceTimersByTimeAsync(3000);
        const from = events.length;
        emulator.place(placement);
        await vi.advanceTimersByTimeAsync(3000);
        await loop.stop();
        expect(events.slice(from).filter((e) => e.type === 'card-read')).toHaveLength(1);
        expect(logger.lines.filter((line) => line.level === 'error')).toEqual([]);
        expect(transport.openLinks).toBe(0);
        expect(transport.subscriptions).toBe(0);
        expect(vi.getTimerCount()).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});
