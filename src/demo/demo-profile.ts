/** The emulated card of the demo and the tests: a shipped card profile with a chosen photo. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROFILES_DIR } from '../core/idcard/emulator/load-card-profile';
import { cardPhotoPng, type CardHolder } from './demo-people';

/**
 * Writes the shipped profile `base` into `dir` with `photo` (an image file's bytes) as its card
 * photo; a profile without a photo (a blank slot) stays without one. Returns the file's path.
 */
export async function writeCardProfile(
  dir: string,
  name: string,
  photo: Uint8Array,
  base = 'resident',
): Promise<string> {
  const shipped = join(PROFILES_DIR, `${base}.json`);
  const profile = JSON.parse(await readFile(shipped, 'utf8')) as Record<string, unknown>;
  const photoFile = `card-photo-${name}.png`;
  await writeFile(join(dir, photoFile), photo);
  const file = join(dir, `card-${base}-${name}.json`);
  const description = `Synthetic card (${base}), photo: ${name}`;
  const withPhoto = 'photo' in profile ? { photo: photoFile } : {};
  await writeFile(file, JSON.stringify({ ...profile, ...withPhoto, description }));
  return file;
}

/** Writes the demo card `base` whose photo shows `holder`; returns its path. */
export async function writeDemoProfile(
  dir: string,
  holder: CardHolder,
  base = 'resident',
): Promise<string> {
  return writeCardProfile(dir, holder, await cardPhotoPng(holder), base);
}
