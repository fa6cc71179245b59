import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmulatorLink } from '../../../../src/core/idcard/emulator/emulator-link';
import { SamEmulator } from '../../../../src/core/idcard/emulator/sam-emulator';
import type { SamBaudRate } from '../../../../src/core/idcard/protocol';
import {
  detectReaders,
  locateReader,
  type DetectionContext,
} from '../../../../src/core/idcard/reader/reader-detection';
import type { ReaderEnumeration } from '../../../../src/core/idcard/transport/reader-candidates';
import { probeTransport } from '../../../../src/core/idcard/reader/sam-probe';
import { LinkEvents } from '../../../../src/core/idcard/transport/link-events';
import type { SamTransport } from '../../../../src/core/idcard/transport/sam-link';
import { transportFailure } from '../../../../src/core/idcard/transport/transport-failure';
import { emulatorAnswer } from '../transport/emulator-answer';
import { FakeUsbDevice } from '../transport/fake-usb-device';

/** Serial ports where a SAM answers only on `readerPath` at `readerBaud`; other paths do not exist. */
function serialWorld(readerPath: string, readerBaud: SamBaudRate, existing: readonly string[]) {
  const tried: string[] = [];
  const serialTransport = (path: string, baud: SamBaudRate): SamTransport => ({
    kind: 'serial',
    description: `${path}@${baud}`,
    open: async () => {
      tried.push(`${path}@${baud}`);
      if (!existing.includes(path)) throw transportFailure('not-found', path);
      const link = createEmulatorLink(new SamEmulator());
      // At the wrong rate a real SAM sees line noise and stays quiet.
      link.responder.faults.silence = path !== readerPath || baud !== readerBaud;
      return link;
    },
  });
  return { tried, serialTransport };
}

const noEnumeration = (): ReaderEnumeration & { asked: number } => {
  const enumeration = {
    asked: 0,
    serialPorts: async () => {
      enumeration.asked += 1;
      return [];
    },
    usbDevices: async () => [],
    hidDevices: async () => [],
  };
  return enumeration;
};

async function settle<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  void promise.finally(() => (done = true));
  while (!done) await vi.advanceTimersByTimeAsync(100);
  return promise;
}

describe('reader detection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('scans every rate, fastest first, until the SAM answers with its ID', async () => {
    const world = serialWorld('/dev/ttyUSB0', 19200, ['/dev/ttyUSB0']);
    const context: DetectionContext = {
      enumeration: {
        ...noEnumeration(),
        serialPorts: async () => [{ path: '/dev/ttyUSB0', vendorId: '1a86', productId: '7523' }],
      },
      hidApi: () => Promise.reject(new Error('unused')),
      hidModels: [],
      serialTransport: world.serialTransport,
    };
    const [hit] = await settle(detectReaders(context, true));
    expect(world.tried).toEqual([
      '/dev/ttyUSB0@115200',
      '/dev/ttyUSB0@57600',
      '/dev/ttyUSB0@38400',
      '/dev/ttyUSB0@19200',
    ]);
    expect(hit?.outcome).toMatchObject({
      status: 'found',
      samId: '05.01-20170808-0001234567-0305419896',
    });
    expect(hit?.outcome.transport.description).toBe('/dev/ttyUSB0@19200');
  });

  it('calls a port silent after 3 SAM ID attempts at each of the 5 rates, and a missing port unavailable at once', async () => {
    const world = serialWorld('/dev/none', 9600, ['/dev/ttyS0']);
    const context: DetectionContext = {
      enumeration: {
        ...noEnumeration(),
        serialPorts: async () => [{ path: '/dev/ttyS0' }, { path: '/dev/ttyUSB7' }],
      },
      hidApi: () => Promise.reject(new Error('unused')),
      hidModels: [],
      serialTransport: world.serialTransport,
    };
    const found = await settle(detectReaders(context, false));
    expect(found.map((f) => f.outcome.status)).toEqual(['silent', 'unavailable']);
    expect(world.tried.filter((t) => t.startsWith('/dev/ttyS0'))).toHaveLength(5);
    expect(world.tried.filter((t) => t.startsWith('/dev/ttyUSB7'))).toEqual([
      '/dev/ttyUSB7@115200',
    ]);
  });

  it('ends the scan after the probe in progress when its signal aborts (the loop was stopped)', async () => {
    const world = serialWorld('/dev/none', 9600, ['/dev/ttyS0', '/dev/ttyS1']);
    const abort = new AbortController();
    const context: DetectionContext = {
      enumeration: {
        ...noEnumeration(),
        serialPorts: async () => [{ path: '/dev/ttyS0' }, { path: '/dev/ttyS1' }],
      },
      hidApi: () => Promise.reject(new Error('unused')),
      hidModels: [],
      serialTransport: (path, baud) => {
        abort.abort();
        return world.serialTransport(path, baud);
      },
    };
    const found = await settle(detectReaders(context, false, abort.signal));
    expect(found.map((f) => f.outcome.status)).toEqual(['silent']);
    expect(world.tried).toEqual(['/dev/ttyS0@115200']);
  });

  it('never takes a device that echoes the request (a modem, a loopback plug) for a reader', async () => {
    const echo = new LinkEvents();
    const echoing: SamTransport = {
      kind: 'serial',
      description: 'loopback',
      open: async () => ({
        description: 'loopback',
        send: async (frame) => void queueMicrotask(() => echo.emitData(frame)),
        onData: (listener) => echo.onData(listener),
        onClose: (listener) => echo.onClose(listener),
        close: async () => undefined,
      }),
    };
    expect((await settle(probeTransport(echoing))).status).toBe('silent');
  });

  it('uses a pinned port with a rate as is: no enumeration, no probing', async () => {
    const enumeration = noEnumeration();
    const world = serialWorld('/dev/reader', 9600, ['/dev/reader']);
    const transport = await locateReader({
      enumeration,
      hidApi: () => Promise.reject(new Error('unused')),
      hidModels: [],
      pinned: { path: '/dev/reader', baudRate: 57600 },
      serialTransport: world.serialTransport,
    });
    expect(transport?.description).toBe('/dev/reader@57600');
    expect(world.tried).toEqual([]);
    expect(enumeration.asked).toBe(0);
  });

  it('scans only the pinned port when its rate is unknown, never another serial device', async () => {
    const enumeration = noEnumeration();
    const world = serialWorld('/dev/reader', 38400, ['/dev/reader', '/dev/ttyUSB0']);
    const transport = await settle(
      locateReader({
        enumeration,
        hidApi: () => Promise.reject(new Error('unused')),
        hidModels: [],
        pinned: { path: '/dev/reader' },
        serialTransport: world.serialTransport,
      }),
    );
    expect(transport?.description).toBe('/dev/reader@38400');
    expect(world.tried.every((t) => t.startsWith('/dev/reader@'))).toBe(true);
    expect(enumeration.asked).toBe(0);
  });

  it('finds a SAM USB device first and probes it through the bulk transport', async () => {
    const device = new FakeUsbDevice(emulatorAnswer(new SamEmulator()));
    const world = serialWorld('/dev/ttyUSB0', 115200, ['/dev/ttyUSB0']);
    const found = await settle(
      detectReaders(
        {
          enumeration: {
            ...noEnumeration(),
            usbDevices: async () => [device],
            serialPorts: async () => [{ path: '/dev/ttyUSB0' }],
          },
          hidApi: () => Promise.reject(new Error('unused')),
          hidModels: [],
          serialTransport: world.serialTransport,
        },
        true,
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.outcome).toMatchObject({ status: 'found' });
    expect(found[0]?.outcome.transport.kind).toBe('usb-bulk');
    expect(world.tried).toEqual([]);
    expect(device.opened).toBe(false);
  });
});
