import { describe, expect, it } from 'vitest';
import {
  assertAboveFloor,
  assessCapacity,
  CaptureRefusedError,
  type CapacityLimits,
} from '../../../src/core/store/capacity';

const limits: CapacityLimits = {
  unackedRecords: { alarm: 80, floor: 100 },
  databaseBytes: { alarm: 800, floor: 1000 },
  freeDiskBytes: { alarm: 500, floor: 100 },
};
const calm = { unackedRecords: 10, databaseBytes: 100, freeDiskBytes: 10_000 };

describe('assessCapacity', () => {
  it('raises nothing below the alarms', () => {
    expect(assessCapacity(calm, limits)).toEqual([]);
    expect(() => assertAboveFloor(calm, limits)).not.toThrow();
  });

  it('raises an alarm per limit and puts floors first', () => {
    const alarms = assessCapacity(
      { unackedRecords: 85, databaseBytes: 1000, freeDiskBytes: 400 },
      limits,
    );
    expect(alarms.map((alarm) => [alarm.kind, alarm.level])).toEqual([
      ['bytes', 'floor'],
      ['records', 'alarm'],
      ['disk', 'alarm'],
    ]);
  });

  it('treats free disk as lower-is-worse and refuses at its floor', () => {
    expect(() => assertAboveFloor({ ...calm, freeDiskBytes: 100 }, limits)).toThrow(
      CaptureRefusedError,
    );
    expect(() => assertAboveFloor({ ...calm, freeDiskBytes: 101 }, limits)).not.toThrow();
  });
});
