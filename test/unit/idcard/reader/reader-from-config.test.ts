import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../../src/shared/config/config-defaults';
import { detectionContextFromConfig } from '../../../../src/core/idcard/reader/reader-from-config';
import { locateReader } from '../../../../src/core/idcard/reader/reader-detection';

describe('detectionContextFromConfig', () => {
  it('pins the configured port at the configured rate and opens it without probing', async () => {
    const context = detectionContextFromConfig({
      ...DEFAULT_CONFIG.reader,
      port: { mode: 'pinned', path: '/dev/ttyUSB3' },
      baudRate: 57600,
    });
    expect(context.pinned).toEqual({ path: '/dev/ttyUSB3', baudRate: 57600 });
    expect((await locateReader(context))?.description).toBe('serial /dev/ttyUSB3 @57600');
  });

  it('leaves nothing pinned in auto mode', () => {
    expect(detectionContextFromConfig(DEFAULT_CONFIG.reader).pinned).toBeUndefined();
  });
});
