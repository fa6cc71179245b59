import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCard } from '../../../../src/core/idcard/card/parse-card';
import {
  CardProfileError,
  listCardProfiles,
  loadCardProfile,
} from '../../../../src/core/idcard/emulator/load-card-profile';
import { isSimulationSlot } from '../../../../src/core/photo/simulation-codec';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('shipped card profiles', () => {
  it('cover every card type', async () => {
    const names = await listCardProfiles();
    expect(names).toEqual(
      expect.arrayContaining([
        'resident',
        'residence-permit',
        'foreign-permanent-2017',
        'foreign-permanent-2023',
      ]),
    );
  });

  it.each([
    'resident',
    'resident-long-term',
    'residence-permit',
    'foreign-permanent-2017',
    'foreign-permanent-2023',
  ])(
    '%s parses back to its card type without findings and carries a simulation photo',
    async (name) => {
      const placement = await loadCardProfile(name);
      const { card, findings } = parseCard(placement.text, NOW);
      expect(card.type).toBe(name === 'resident-long-term' ? 'resident' : name);
      expect(findings).toEqual([]);
      expect(isSimulationSlot(placement.photo)).toBe(true);
      expect(placement.label).toBe(name);
    },
  );

  it.each([
    ['expired', 'expired'],
    ['bad-checksum', 'checksum-mismatch'],
    ['not-yet-valid', 'not-yet-valid'],
    ['birth-mismatch', 'birth-date-mismatch'],
    ['region-mismatch', 'region-mismatch'],
    ['unknown-nation', 'unknown-nation-code'],
  ])('%s reads back with exactly the finding %s (card policy profiles)', async (name, code) => {
    const placement = await loadCardProfile(name);
    const { findings } = parseCard(placement.text, NOW);
    expect(findings.map((finding) => finding.code)).toEqual([code]);
  });

  it('no-photo reads back without findings and with a blank photo slot', async () => {
    const placement = await loadCardProfile('no-photo');
    expect(parseCard(placement.text, NOW).findings).toEqual([]);
    expect(isSimulationSlot(placement.photo)).toBe(false);
  });

  it('gives the resident profile two fingerprint templates and an appended address', async () => {
    const placement = await loadCardProfile('resident');
    expect(placement.fingerprint).toHaveLength(1024);
    expect(placement.appendedAddress).toHaveLength(70);
  });
});

describe('bad profiles', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiosk-profiles-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const resident = {
    type: 'resident',
    name: '王晓明',
    gender: '1',
    nation: '01',
    birthDate: '19850312',
    address: '北京市东城区示例胡同100号',
    idNumber: '110101198503121239',
    issuingAuthority: '北京市公安局东城分局',
    validFrom: '20150601',
    validTo: '20350601',
  };

  async function failure(name: string, content: string): Promise<CardProfileError> {
    const file = join(dir, `${name}.json`);
    await writeFile(file, content);
    const error = await loadCardProfile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CardProfileError);
    expect((error as CardProfileError).file).toBe(file);
    return error as CardProfileError;
  }

  it('names the file when it is not JSON', async () => {
    expect((await failure('broken', '{ not json')).field).toBe('(file)');
  });

  it('names the field that breaks the schema', async () => {
    const profile = { description: 'x', card: { ...resident, birthDate: '19850230' } };
    expect((await failure('bad-date', JSON.stringify(profile))).field).toBe('card.birthDate');
  });

  it('names a value too long for its slot', async () => {
    const profile = { description: 'x', card: { ...resident, name: '很'.repeat(16) } };
    expect((await failure('long-name', JSON.stringify(profile))).field).toBe('card.name');
  });

  it('names a photo that cannot be read', async () => {
    const profile = { description: 'x', card: resident, photo: 'missing.png' };
    expect((await failure('no-photo', JSON.stringify(profile))).field).toBe('photo');
  });
});
