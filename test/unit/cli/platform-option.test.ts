import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/command';
import { collectorCommand } from '../../../src/cli/commands/collector';
import { platformRequest } from '../../../src/cli/commands/provision-platform-options';
import { DemoFlagError, demoPlatformFromFlags } from '../../../src/demo/demo-platform';

const REFUSAL = '--platform must be one of reference, national-standard';

describe('the --platform option', () => {
  it('is refused the same way by provision, the collector and the demo', async () => {
    expect(() => platformRequest({ platform: 'provincial' })).toThrow(new UsageError(REFUSAL));
    await expect(
      collectorCommand.run(['--db', ':memory:', '--platform', 'provincial']),
    ).rejects.toThrow(new UsageError(REFUSAL));
    await expect(demoPlatformFromFlags({ platform: 'provincial' })).rejects.toThrow(
      new DemoFlagError(REFUSAL),
    );
  });

  it('names the adapter when it is one the build carries', async () => {
    expect(platformRequest({ platform: 'national-standard' }).platform).toBe('national-standard');
    expect(platformRequest({}).platform).toBeUndefined();
    expect((await demoPlatformFromFlags({})).name).toBe('reference');
  });
});
