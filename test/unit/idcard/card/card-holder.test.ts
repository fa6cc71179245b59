import { describe, expect, it } from 'vitest';
import { holderName, holderNumber } from '../../../../src/core/idcard/card/card-holder';
import type { Card } from '../../../../src/core/idcard/card/card';
import { profileCard } from '../../../../src/core/idcard/emulator/card-profile-schema';
import { readCardProfile } from '../../../../src/core/idcard/emulator/load-card-profile';
import { recordCardFields } from '../../../../src/core/records/record-card-fields';
import {
  recordCardNumber,
  recordHolderName,
} from '../../../../src/core/records/record-card-number';

const card = async (profile: string) => profileCard(await readCardProfile(profile));

const recordOf = (chip: Card) => {
  const fields = recordCardFields(chip);
  if (!fields.ok) throw new Error(`unrecordable field ${fields.error.field}`);
  return fields.value;
};

describe('the card holder rule', () => {
  it.each([
    ['resident', '王晓明', '110101198503121239'],
    ['residence-permit', '陈美玲', '810000199005202341'],
    ['foreign-permanent-2017', '约翰', 'USA110012345609'],
    ['foreign-permanent-2023', '马丁', '931840197802140570'],
  ])(
    'names the %s holder the same on the chip card and on the record',
    async (profile, name, number) => {
      const chip = await card(profile);
      expect([holderName(chip), holderNumber(chip)]).toEqual([name, number]);
      const fields = recordOf(chip);
      expect([recordHolderName(fields), recordCardNumber(fields)]).toEqual([name, number]);
    },
  );

  it('falls back to the English name when a foreign card carries no Chinese one', async () => {
    const chip = { ...(await card('foreign-permanent-2017')), chineseName: '' };
    expect(holderName(chip)).toBe('SAMPLE, JOHN ALEXANDER');
    expect(recordHolderName(recordOf(chip))).toBe('SAMPLE, JOHN ALEXANDER');
  });
});
