import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RgbImage } from '../../../src/core/photo/rgb-image';
import { selectPhotoDecoder } from '../../../src/core/photo/select-photo-decoder';
import { createVendorWltDecoder } from '../../../src/core/photo/vendor-wlt-decoder';
import { photoErrorRejectedBy, photoErrorThrownBy } from '../../unit/photo/photo-error';

const STUB_SOURCE = resolve(import.meta.dirname, '../../../native/test-doubles/wlt-stub.c');
// CI installs gcc (.ci/run), so there a missing compiler fails the build instead of skipping.
const HAVE_GCC = spawnSync('gcc', ['--version']).status === 0 || process.env.CI === 'true';

/** A 1024-byte slot in the stub's format: "STUB", mode, argument. */
function stubSlot(mode: string, argument = 0): Uint8Array {
  const slot = new Uint8Array(1024);
  slot.set(Buffer.from(`STUB${mode}`, 'latin1'));
  slot[5] = argument & 0xff;
  return slot;
}

function pixel(image: RgbImage, x: number, y: number): number[] {
  const at = (y * image.width + x) * 3;
  return [...image.data.subarray(at, at + 3)];
}

describe.skipIf(!HAVE_GCC)(
  'vendor WLT decoder through koffi, against a gcc-built stand-in (needs gcc: apt-get install gcc)',
  () => {
    let dir = '';
    let library = '';

    const gcc = (output: string, ...flags: string[]) => {
      const build = spawnSync(
        'gcc',
        ['-shared', '-fPIC', '-O1', ...flags, '-o', output, STUB_SOURCE],
        { encoding: 'utf8' },
      );
      expect(build.status, build.stderr).toBe(0);
    };

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'wlt-stub-'));
      library = join(dir, 'libwltstub.so');
      gcc(library);
      gcc(join(dir, 'libnounpack.so'), '-Dunpack=decode_something_else');
      writeFileSync(join(dir, 'libgarbage.so'), 'this is not an ELF file');
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const checkPicture = (image: RgbImage, blue: number) => {
      expect([image.width, image.height, image.data.length]).toEqual([102, 126, 38556]);
      // R = 2x, G = 2y (y from the top), B = the argument: orientation and colour order at once.
      expect(pixel(image, 0, 0)).toEqual([0, 0, blue]);
      expect(pixel(image, 101, 0)).toEqual([202, 0, blue]);
      expect(pixel(image, 0, 125)).toEqual([0, 250, blue]);
      expect(pixel(image, 101, 125)).toEqual([202, 250, blue]);
      expect(pixel(image, 10, 20)).toEqual([20, 40, blue]);
    };

    it('decodes raw top-down BGR output into RGB', async () => {
      checkPicture(
        await createVendorWltDecoder({ libraryPath: library }).decode(stubSlot('R', 77)),
        77,
      );
    });

    it('decodes bottom-up BMP output into top-down RGB', async () => {
      checkPicture(
        await createVendorWltDecoder({ libraryPath: library, unpackFlag: 1 }).decode(
          stubSlot('B', 33),
        ),
        33,
      );
    });

    it('rejects a BMP that is not 102x126', async () => {
      const { failure } = await photoErrorRejectedBy(
        createVendorWltDecoder({ libraryPath: library }).decode(stubSlot('S')),
      );
      expect(failure).toMatchObject({ reason: 'wrong-output-size' });
    });

    it.each([
      [0, '读卡器接口', 'reader interface', true],
      [-1, '解码失败', 'could not be decoded', true],
      [-2, '扩展名', 'extension', false],
      [-3, '无法打开', 'could not open', false],
      [-4, 'WLT 格式', 'not valid WLT', false],
      [-5, '未授权', 'not licensed', false],
      [-6, '连接出错', 'connection to the reader failed', true],
      [-42, '未知错误码 -42', 'unknown code -42', false],
      [7, '未知错误码 7', 'unknown code 7', false],
    ])(
      'maps decoder code %i to a typed error that says what it means',
      async (code, zh, en, retryable) => {
        const decoder = createVendorWltDecoder({ libraryPath: library });
        const error = await photoErrorRejectedBy(decoder.decode(stubSlot('E', code)));
        expect(error).toMatchObject({
          code: 'card-photo-decoder-failed',
          failure: { reason: 'decoder-failed', code },
          retryable,
        });
        expect(error.text['zh-CN']).toContain(zh);
        expect(error.text.en).toContain(en);
      },
    );

    it('reports a slot the library does not understand as bad WLT (-4)', async () => {
      const { failure } = await photoErrorRejectedBy(
        createVendorWltDecoder({ libraryPath: library }).decode(new Uint8Array(1024)),
      );
      expect(failure).toEqual({ reason: 'decoder-failed', code: -4 });
    });

    it('refuses a simulation photo and a slot of the wrong size before calling the library', async () => {
      const decoder = createVendorWltDecoder({ libraryPath: library });
      const simulation = new Uint8Array(1024);
      simulation.set(Buffer.from('SIMPHOTO\x01\x01', 'latin1'));
      expect((await photoErrorRejectedBy(decoder.decode(simulation))).failure).toEqual({
        reason: 'simulation-slot-to-vendor',
      });
      expect((await photoErrorRejectedBy(decoder.decode(new Uint8Array(1023)))).failure).toEqual({
        reason: 'wrong-slot-size',
        sizeBytes: 1023,
      });
    });

    it('says which library is missing and what to install', () => {
      const missing = join(dir, 'libwlt2bmp.so');
      const error = photoErrorThrownBy(() => createVendorWltDecoder({ libraryPath: missing }));
      expect(error.failure).toEqual({ reason: 'library-missing', libraryPath: missing });
      expect(error.text.en).toContain(missing);
      expect(error.text['zh-CN']).toContain('厂商');
    });

    it('reports a file that is not a loadable library', () => {
      const error = photoErrorThrownBy(() =>
        createVendorWltDecoder({ libraryPath: join(dir, 'libgarbage.so') }),
      );
      expect(error.failure.reason).toBe('library-unloadable');
    });

    it('reports a library without unpack', () => {
      const path = join(dir, 'libnounpack.so');
      const error = photoErrorThrownBy(() => createVendorWltDecoder({ libraryPath: path }));
      expect(error.failure).toEqual({
        reason: 'symbol-missing',
        libraryPath: path,
        symbol: 'unpack',
      });
    });

    it('keeps the event loop running while the library works', async () => {
      let loopTurned = false;
      setImmediate(() => {
        loopTurned = true;
      });
      const decoding = createVendorWltDecoder({ libraryPath: library }).decode(stubSlot('D', 5));
      checkPicture(await decoding, 5);
      // A synchronous FFI call would have resolved before the event loop reached setImmediate.
      expect(loopTurned).toBe(true);
    });

    it('decodes concurrent requests one at a time, each with its own result', async () => {
      const decoder = createVendorWltDecoder({ libraryPath: library });
      const results = await Promise.allSettled([
        decoder.decode(stubSlot('D', 1)),
        decoder.decode(stubSlot('E', -5)),
        decoder.decode(stubSlot('B', 3)),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      checkPicture((results[0] as PromiseFulfilledResult<RgbImage>).value, 1);
      checkPicture((results[2] as PromiseFulfilledResult<RgbImage>).value, 3);
    });

    it('is what selectPhotoDecoder builds for a vendor configuration, also in production', async () => {
      const decoder = selectPhotoDecoder(
        { kind: 'vendor', libraryPath: library },
        { allowSimulation: false },
      );
      checkPicture(await decoder.decode(stubSlot('R', 9)), 9);
    });
  },
);
