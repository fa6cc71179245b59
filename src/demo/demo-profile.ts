/** The emulated card of the demo and the tests: the synthetic resident card with a chosen photo. */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cardPhotoPng, type CardHolder } from './demo-people';

const RESIDENT_PROFILE = resolve(
  import.meta.dirname,
  '../core/idcard/emulator/profiles/resident.json',
);

/** Writes the resident card profile into `dir` with `photo` (an image file's bytes); returns its path. */
export async function writeCardProfile(
  dir: string,
  name: string,
  photo: Uint8Array,
): Promise<string> {
  const profile = JSON.parse(await readFile(RESIDENT_PROFILE, 'utf8')) as Record<string, unknown>;
  const photoFile = `card-photo-${name}.png`;
  await writeFile(join(dir, photoFile), photo);
  const file = join(dir, `card-${name}.json`);
  const description = `Synthetic card, photo: ${name}`;
  await writeFile(file, JSON.stringify({ ...profile, photo: photoFile, description }));
  return file;
}

/** Writes the demo card whose photo shows `holder`; returns its path. */
export async function writeDemoProfile(dir: string, holder: CardHolder): Promise<string> {
  return writeCardProfile(dir, holder, await cardPhotoPng(holder));
}
