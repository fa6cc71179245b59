// The sessions of a busy day at a collection point, each driven as a worker (and, on a lock, an
// operator) would: card, consent, camera frames, walking away. The reader is replaced by its
// events and the camera by clips from ../shared/data; everything between is the real kiosk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeCardText } from '../../src/core/idcard/card/encode-card-text';
import { parseCard } from '../../src/core/idcard/card/parse-card';
import { profileCard } from '../../src/core/idcard/emulator/card-profile-schema';
import { readCardProfile } from '../../src/core/idcard/emulator/load-card-profile';
import type { ReaderEvent } from '../../src/core/idcard/reader/reader-events';
import { rgbToJpeg } from '../../src/core/devices/frame-image';
import { encodeSimulationPhoto } from '../../src/core/photo/simulation-codec';
import type { Frame } from '../../src/shared/kiosk-api/frame';
import { makePhotoAttackClip, PHOTO_ATTACK_KINDS } from '../../src/core/face/eval/attack-clips';
import { readY4mFrames } from '../../src/core/face/eval/y4m-reader';

/** What one session of the day is; `walked-away` leaves at the consent screen after the card was read. */
export type SoakKind = 'pass' | 'impostor' | 'spoof' | 'pulled-mid-read' | 'walked-away';

/** The day's mix, repeated: six cooperative workers in ten, one of each other kind. */
export const SOAK_CYCLE: readonly SoakKind[] = [
  'pass',
  'impostor',
  'pass',
  'spoof',
  'pass',
  'pulled-mid-read',
  'pass',
  'walked-away',
  'pass',
  'pass',
];

/** Where in the cycle the engine is killed: a pass followed by a pass. */
export const CRASH_SLOT = 8;

/** Everything the sessions are made of. */
export interface SoakMaterial {
  /** A live person (GRID speaker s1), JPEG frames as the renderer sends them. */
  readonly liveFrames: readonly Frame[];
  /** A print of her photo held up to the camera: still, moved or tilted, in turn at each call. */
  readonly nextAttack: () => readonly Frame[];
  /** Reader events of a complete read: her own card, and a card with another person's photo. */
  readonly ownCard: () => ReaderEvent;
  readonly otherCard: () => ReaderEvent;
}

const jpegFrameOf = async (image: Parameters<typeof rgbToJpeg>[0]): Promise<Frame> => ({
  width: image.width,
  height: image.height,
  format: 'jpeg',
  data: new Uint8Array(await rgbToJpeg(image, 85)),
});

async function cardRead(photoPng: Uint8Array): Promise<() => ReaderEvent> {
  const profile = await readCardProfile('resident');
  const text = encodeCardText(profileCard(profile));
  const photo = await encodeSimulationPhoto(photoPng);
  const timings = { selectMs: 0, readMs: 0, appendedAddressMs: null, totalMs: 0 };
  return () => ({
    type: 'card-read',
    parsed: parseCard(text, new Date()),
    photo,
    fingerprint: null,
    appendedAddress: null,
    timings,
  });
}

/** Reads the clips and card photos from `dataDir` (../shared/data; see camera/live/SOURCE.md). */
export async function loadSoakMaterial(dataDir: string): Promise<SoakMaterial> {
  const live = join(dataDir, 'camera/live');
  const indices = Array.from({ length: 45 }, (_, i) => i);
  const images = readY4mFrames(join(live, 'person-grid_s1.y4m'), indices);
  const liveFrames = await Promise.all(images.map(jpegFrameOf));
  // The attacks a point sees: a print of the worker's own photo (made by code, as in eval:sessions).
  const attacks = await Promise.all(
    PHOTO_ATTACK_KINDS.map(async (kind, seed) =>
      Promise.all(
        (await makePhotoAttackClip(images[0]!, kind, { count: 45, fps: 15, seed })).map(
          jpegFrameOf,
        ),
      ),
    ),
  );
  let attacksMade = 0;
  return {
    liveFrames,
    nextAttack: () => attacks[attacksMade++ % attacks.length] ?? [],
    ownCard: await cardRead(readFileSync(join(live, 'idphoto-grid_s1.png'))),
    otherCard: await cardRead(readFileSync(join(live, 'idphoto-grid_pwij3p.png'))),
  };
}
