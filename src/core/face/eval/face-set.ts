/**
 * Loads an evaluation set laid out like ../shared/data/faces: one folder per identity holding
 * its images; the identity's group is its name up to the first underscore (london_, celeba_).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RgbImage } from '../../photo/rgb-image';
import { toRgbImage } from '../../photo/to-rgb-image';

/** One image of the set. */
export interface FaceSetImage {
  /** Path relative to the set folder, e.g. `london_001/001.jpg`. */
  readonly file: string;
  readonly identity: string;
  readonly group: string;
}

/** A loaded set: images sorted by identity, then file name. */
export interface FaceSet {
  readonly dir: string;
  readonly images: readonly FaceSetImage[];
}

/** The set folder cannot be used; `reason` says why. */
export class FaceSetError extends Error {
  override name = 'FaceSetError';
  constructor(
    readonly reason: 'not-found' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

const IMAGE = /\.(jpe?g|png|webp)$/i;

/** The group of an identity: its name up to the first underscore. */
export const groupOf = (identity: string): string => identity.split('_')[0] ?? identity;

/**
 * Every `limit`-th share of the sorted identities, spread evenly so that a subset still holds
 * every group: identity k of n is kept when floor(k * limit / n) changes. Deterministic.
 */
export function spreadSubset<T>(items: readonly T[], limit: number): T[] {
  if (limit >= items.length) return [...items];
  return Array.from(
    { length: limit },
    (_, k) => items[Math.floor((k * items.length) / limit)] as T,
  );
}

/** Reads the set folder; `limit` keeps that many identities, spread over the sorted list. */
export async function loadFaceSet(dir: string, limit?: number): Promise<FaceSet> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory())
    throw new FaceSetError('not-found', `Face set folder not found: ${dir}`);
  const entries = await readdir(dir, { withFileTypes: true });
  const identities = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const chosen = limit === undefined ? identities : spreadSubset(identities, limit);
  const images: FaceSetImage[] = [];
  for (const identity of chosen) {
    const files = (await readdir(join(dir, identity))).filter((name) => IMAGE.test(name)).sort();
    for (const name of files)
      images.push({ file: `${identity}/${name}`, identity, group: groupOf(identity) });
  }
  if (images.length === 0)
    throw new FaceSetError('empty', `No identity folders with images in ${dir}`);
  return { dir, images };
}

/** Decodes one image file of a set to RGB. */
export const readImageFile = async (path: string): Promise<RgbImage> =>
  toRgbImage(await readFile(path));
