import { describe, expect, it } from 'vitest';
import {
  classifyNativeError,
  toTransportError,
} from '../../../../src/core/idcard/transport/transport-failure';
import { TransportError } from '../../../../src/core/idcard/transport/sam-link';

describe('classifyNativeError', () => {
  it.each([
    ['Error: No such file or directory, cannot open /dev/ttyUSB9', 'not-found'],
    ['Error: Permission denied, cannot open /dev/ttyUSB0', 'access-denied'],
    ['Error Resource temporarily unavailable Cannot lock port', 'busy'],
    ['claimInterface error: interface is busy', 'busy'],
    ['transferIn error: device disconnected', 'disconnected'],
    ['failed to open device: device not found', 'not-found'],
    ['something odd', 'io'],
  ] as const)('reads "%s" as %s', (message, reason) => {
    expect(classifyNativeError(new Error(message))).toBe(reason);
  });

  it('trusts serialport’s disconnected flag over the message', () => {
    expect(classifyNativeError(Object.assign(new Error('whatever'), { disconnected: true }))).toBe(
      'disconnected',
    );
  });

  it('gives access-denied a hint about the dialout group and the udev rule, in both languages', () => {
    const error = toTransportError(new Error('EACCES: permission denied'), '/dev/ttyUSB0');
    expect(error).toBeInstanceOf(TransportError);
    expect(error.reason).toBe('access-denied');
    expect(error.retryable).toBe(false);
    expect(error.text.en).toMatch(/dialout.*udev/);
    expect(error.text['zh-CN']).toMatch(/dialout.*udev/);
    expect(error.text.en).toContain('/dev/ttyUSB0');
  });
});
