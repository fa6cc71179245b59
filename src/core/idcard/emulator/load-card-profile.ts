import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { SAM_MESSAGES } from '../../../shared/i18n/catalog-sam';
import { localize } from '../../../shared/i18n/locale';
import { KioskError } from '../../kiosk-error';
import { encodeSimulationPhoto } from '../../photo/simulation-codec';
import { CardFieldTooLongError } from '../card/card-errors';
import { encodeCardText } from '../card/encode-card-text';
import { PHOTO_BYTES } from '../protocol/base-info';
import { createPlacement, type CardPlacement } from './card-placement';
import { cardProfileSchema, profileCard, type CardProfile } from './card-profile-schema';

/** The folder of the card profiles that ship with the emulator. */
export const PROFILES_DIR = resolve(import.meta.dirname, 'profiles');

/** A card profile that cannot be used; `field` names where it is wrong. */
export class CardProfileError extends KioskError {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(
      'emulator.bad-profile',
      localize(SAM_MESSAGES['bad-profile'], { file, field, detail }),
      false,
      options,
    );
  }
}

/** Names of the shipped profiles (file names without `.json`). */
export async function listCardProfiles(): Promise<string[]> {
  const files = await readdir(PROFILES_DIR);
  return files
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

/** A shipped profile's name, or a path to a profile file. */
function profilePath(nameOrFile: string): string {
  return /[/\\]|\.json$/.test(nameOrFile)
    ? resolve(nameOrFile)
    : resolve(PROFILES_DIR, `${nameOrFile}.json`);
}

/** Runs one step of loading; any failure becomes a CardProfileError naming the field. */
async function step<T>(file: string, field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new CardProfileError(file, field, detail, { cause });
  }
}

async function parseProfile(file: string): Promise<CardProfile> {
  const json: unknown = await step(file, '(file)', async () =>
    JSON.parse(await readFile(file, 'utf8')),
  );
  const parsed = cardProfileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CardProfileError(
      file,
      issue?.path.join('.') || '(root)',
      issue?.message ?? 'invalid',
    );
  }
  return parsed.data;
}

async function photoSlot(file: string, photo: string | undefined): Promise<Uint8Array> {
  // Without a photo the slot stays blank, as on a card whose photo was never written.
  if (!photo) return new Uint8Array(PHOTO_BYTES);
  return step(file, 'photo', async () =>
    encodeSimulationPhoto(await readFile(resolve(dirname(file), photo))),
  );
}

// Fingerprint templates are opaque to us; a fixed pattern per template keeps reads comparable.
const syntheticTemplates = (count: number) =>
  Uint8Array.from({ length: count * 512 }, (_, i) => (i * 31 + Math.floor(i / 512) * 7) & 0xff);

/** Reads and checks a profile (shipped name or file path), for a caller that needs its fields. */
export async function readCardProfile(nameOrFile: string): Promise<CardProfile> {
  return parseProfile(profilePath(nameOrFile));
}

/** Loads a profile (shipped name or file path) into the raw blocks a card placement needs. */
export async function loadCardProfile(nameOrFile: string): Promise<CardPlacement> {
  const file = profilePath(nameOrFile);
  const profile = await parseProfile(file);
  let text: Uint8Array;
  try {
    text = encodeCardText(profileCard(profile));
  } catch (cause) {
    if (cause instanceof CardFieldTooLongError)
      throw new CardProfileError(file, `card.${cause.field}`, 'too long', { cause });
    throw cause;
  }
  return createPlacement({
    label: basename(file, '.json'),
    text,
    photo: await photoSlot(file, profile.photo),
    fingerprint: syntheticTemplates(profile.fingerprintTemplates),
    appendedAddress: profile.appendedAddress,
  });
}
