// Issue 2 "done when": the real read-card CLI reads every card type from a SAM emulator it has
// never seen (test/fixtures/independent-sam, Python, written from the protocol document alone).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasPython3,
  startIndependentSam,
  type IndependentSam,
} from '../../fixtures/independent-sam/start-independent-sam';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/independent-sam');
const CARD_TYPES = [
  'resident',
  'residence-permit',
  'foreign-permanent-2017',
  'foreign-permanent-2023',
] as const;
// A SAM ID whose last field needs all 32 bits: a signed reading would print it negative.
const SAM_ID = '12.34-20240101-0000000042-4000000000';
const PHOTO_RGB = { r: 200, g: 40, b: 90 };

/** A card fixture: the emulator's input, which doubles as the expected parse. */
type CardFixture = Record<string, string | number>;

const dateOf = (text: string): object =>
  text === '长期'
    ? { kind: 'long-term' }
    : { kind: 'date', iso: `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` };

// Fixture keys the emulator uses that read-card prints differently or elsewhere.
const NOT_IN_CARD = new Set(['fingerprints', 'appendedAddress', 'nationCode', 'nationName']);

/** What read-card --json must print as `card` for a fixture. */
function expectedCard(fixture: CardFixture): object {
  const text = Object.entries(fixture).filter(([key]) => !NOT_IN_CARD.has(key));
  const { nationCode, nationName } = fixture;
  return {
    ...Object.fromEntries(text),
    ...(nationCode === undefined
      ? {}
      : { nation: { kind: 'known', code: nationCode, name: nationName } }),
    gender: expect.objectContaining({ kind: 'known', code: fixture.gender }),
    birthDate: dateOf(String(fixture.birthDate)),
    validFrom: dateOf(String(fixture.validFrom)),
    validTo: dateOf(String(fixture.validTo)),
  };
}

/** A 1024-byte simulation photo slot: "SIMPHOTO", version 1, format 1 (WebP), u16 BE length. */
async function simulationSlot(): Promise<Buffer> {
  const webp = await sharp({
    create: { width: 102, height: 126, channels: 3, background: PHOTO_RGB },
  })
    .webp({ lossless: true })
    .toBuffer();
  const header = Buffer.from([
    ...Buffer.from('SIMPHOTO'),
    1,
    1,
    webp.length >> 8,
    webp.length & 0xff,
  ]);
  return Buffer.concat([header, webp, Buffer.alloc(1024 - header.length - webp.length)]);
}

function readCard(
  port: string,
  ...options: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [
    '--import',
    'tsx',
    join(ROOT, 'src/cli/main.ts'),
    'read-card',
    '--port',
    port,
    ...options,
  ];
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: ROOT }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const NEEDS_PYTHON = '(skipped: needs python3)';
const cardFile = (type: string): string => join(FIXTURES, 'cards', `${type}.json`);

describe.skipIf(!hasPython3())(
  `read-card against the independent SAM emulator ${NEEDS_PYTHON}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'independent-sam-'));
    let sam: IndependentSam;
    beforeAll(async () => {
      writeFileSync(join(dir, 'photo.bin'), await simulationSlot());
      sam = await startIndependentSam(dir, ['--sam-id', SAM_ID, '--photo', join(dir, 'photo.bin')]);
    });
    afterAll(async () => {
      await sam?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it.each(CARD_TYPES)(
      'reads every field of the %s card, its photo, fingerprints and address',
      async (type) => {
        const fixture = JSON.parse(readFileSync(cardFile(type), 'utf8')) as CardFixture;
        await sam.control(`place ${cardFile(type)}`);
        const photo = join(dir, `${type}.png`);
        const result = await readCard(
          sam.hostPath,
          '--json',
          '--address',
          '--fingerprint',
          '--allow-simulation',
          '--photo-out',
          photo,
        );
        expect(result.code, result.stderr).toBe(0);
        expect(result.stderr).toContain(`SAM ID ${SAM_ID}`);
        const printed = JSON.parse(result.stdout) as Record<string, unknown>;
        expect(printed).toMatchObject({
          findings: [],
          appendedAddress: fixture.appendedAddress ?? null,
          photoBytes: 1024,
          fingerprintBytes: 512 * Number(fixture.fingerprints),
        });
        expect(printed.card).toStrictEqual(expectedCard(fixture));
        const { channels } = await sharp(photo).stats();
        expect(channels.map((channel) => Math.round(channel.mean))).toEqual(
          Object.values(PHOTO_RGB),
        );
      },
    );

    it('does not read a card left on the reader again until it is placed anew (find answers 80)', async () => {
      await sam.control(`place ${cardFile('resident')}`);
      expect((await readCard(sam.hostPath, '--json')).code).toBe(0);
      expect((await readCard(sam.hostPath, '--json', '--timeout-ms', '1500')).code).toBe(4);
      await sam.control(`place ${cardFile('resident')}`);
      expect((await readCard(sam.hostPath, '--json')).code).toBe(0);
    });
  },
);

describe.skipIf(!hasPython3())(
  `read-card through line noise and slow chunks ${NEEDS_PYTHON}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'independent-sam-noisy-'));
    let sam: IndependentSam;
    beforeAll(async () => {
      const card = cardFile('foreign-permanent-2023');
      const noisy = ['--noise', '--chunk-pause-ms', '15', '--replace-after-ms', '300'];
      sam = await startIndependentSam(dir, [...noisy, '--card', card]);
    });
    afterAll(async () => {
      await sam?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('resyncs past junk before every answer and reads the card again once it is re-placed', async () => {
      for (const attempt of [1, 2]) {
        const result = await readCard(sam.hostPath, '--json', '--address', '--fingerprint');
        expect(result.code, `read ${attempt}: ${result.stderr}`).toBe(0);
        expect(JSON.parse(result.stdout)).toMatchObject({
          card: { idNumber: '911724199205200221' },
        });
      }
    });
  },
);
