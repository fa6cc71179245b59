import { join } from 'node:path';
import { tmpdir } from 'node:os';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { selectPhotoDecoder } from '../../../src/core/photo/select-photo-decoder';
import { encodeSimulationPhoto } from '../../../src/core/photo/simulation-codec';
import { photoErrorRejectedBy, photoErrorThrownBy } from './photo-error';

const grey = () =>
  sharp({ create: { width: 60, height: 80, channels: 3, background: '#808080' } })
    .png()
    .toBuffer();

describe('selectPhotoDecoder', () => {
  it('refuses the simulation codec in a production configuration', () => {
    const error = photoErrorThrownBy(() =>
      selectPhotoDecoder({ kind: 'simulation' }, { allowSimulation: false }),
    );
    expect(error).toMatchObject({
      code: 'card-photo-simulation-refused',
      failure: { reason: 'simulation-refused' },
    });
    expect(error.text['zh-CN']).toContain('正式配置');
  });

  it('decodes simulation photos where simulation is allowed', async () => {
    const decoder = selectPhotoDecoder({ kind: 'simulation' }, { allowSimulation: true });
    const image = await decoder.decode(await encodeSimulationPhoto(await grey()));
    expect([image.width, image.height]).toEqual([102, 126]);
    expect(Math.abs(image.data[0]! - 128)).toBeLessThan(8);
  });

  it('gives a WLT slot to the simulation decoder as a typed error pointing to the vendor decoder', async () => {
    const decoder = selectPhotoDecoder({ kind: 'simulation' }, { allowSimulation: true });
    const wlt = new Uint8Array(1024);
    wlt.set([0x57, 0x4c, 0x66, 0x00, 0x7e, 0x00, 0x32, 0x00, 0x00, 0xff, 0x85]);
    const error = await photoErrorRejectedBy(decoder.decode(wlt));
    expect(error.failure).toEqual({ reason: 'not-a-simulation-photo' });
  });

  it('fails at selection, not at the first card, when the vendor library is missing', () => {
    const libraryPath = join(tmpdir(), 'no-such-dir', 'libwlt2bmp.so');
    const error = photoErrorThrownBy(() =>
      selectPhotoDecoder({ kind: 'vendor', libraryPath }, { allowSimulation: true }),
    );
    expect(error.failure).toEqual({ reason: 'library-missing', libraryPath });
  });
});
