// The sink's answer to "would the store take a record now", asked before a session starts.
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { recordSink } from '../../../src/core/records/record-sink';
import type { RecordStore } from '../../../src/core/store/record-store';
import { StoreError } from '../../../src/core/store/store-error';
import { err, ok } from '../../../src/shared/result';
import { RECORD_TEXTS } from '../../../src/shared/i18n/catalog-records';

const context = {
  deviceId: 'KIOSK-1',
  pointCode: 'P0001',
  appVersion: '0.1.0',
  models: [],
  targetFar: 0.001,
};

function sinkOver(canAccept: RecordStore['canAccept']) {
  const logger = createMemoryLogger();
  const store = { canAccept, commitRecord: () => Promise.reject(new Error('not used')) };
  return { logger, sink: recordSink({ store, context, logger, appended: () => undefined }) };
}

describe('record sink: canAccept', () => {
  it('follows the store’s own check', () => {
    expect(sinkOver(() => ok(undefined)).sink.canAccept()).toBe(true);
    const floor = {
      kind: 'records',
      level: 'floor',
      text: RECORD_TEXTS.storeFloorRecords,
    } as const;
    expect(sinkOver(() => err(floor)).sink.canAccept()).toBe(false);
  });

  it('refuses, logging the code, when the store cannot even be measured', () => {
    const { sink, logger } = sinkOver(() => {
      throw new StoreError('corrupt');
    });
    expect(sink.canAccept()).toBe(false);
    expect(logger.lines).toEqual([
      { level: 'error', event: 'kiosk.store-unmeasured', fields: { code: 'store-corrupt' } },
    ]);
  });

  it('lets a bug through', () => {
    const { sink } = sinkOver(() => {
      throw new TypeError('bug');
    });
    expect(() => sink.canAccept()).toThrow(TypeError);
  });
});
