import type { Nation } from './card';

/** GB 3304-1991 nation codes with the names cards print (without 族). */
const NATION_NAMES = {
  '01': '汉',
  '02': '蒙古',
  '03': '回',
  '04': '藏',
  '05': '维吾尔',
  '06': '苗',
  '07': '彝',
  '08': '壮',
  '09': '布依',
  '10': '朝鲜',
  '11': '满',
  '12': '侗',
  '13': '瑶',
  '14': '白',
  '15': '土家',
  '16': '哈尼',
  '17': '哈萨克',
  '18': '傣',
  '19': '黎',
  '20': '傈僳',
  '21': '佤',
  '22': '畲',
  '23': '高山',
  '24': '拉祜',
  '25': '水',
  '26': '东乡',
  '27': '纳西',
  '28': '景颇',
  '29': '柯尔克孜',
  '30': '土',
  '31': '达斡尔',
  '32': '仫佬',
  '33': '羌',
  '34': '布朗',
  '35': '撒拉',
  '36': '毛南',
  '37': '仡佬',
  '38': '锡伯',
  '39': '阿昌',
  '40': '普米',
  '41': '塔吉克',
  '42': '怒',
  '43': '乌孜别克',
  '44': '俄罗斯',
  '45': '鄂温克',
  '46': '德昂',
  '47': '保安',
  '48': '裕固',
  '49': '京',
  '50': '塔塔尔',
  '51': '独龙',
  '52': '鄂伦春',
  '53': '赫哲',
  '54': '门巴',
  '55': '珞巴',
  '56': '基诺',
  '97': '其他',
  '98': '外国血统中国籍人士',
} as const;

/** A nation code the GB 3304 table knows. */
export type NationCode = keyof typeof NATION_NAMES;

/** Every known nation code, in table order. */
export const NATION_CODES: readonly NationCode[] =
  // Integer-like keys such as '10' enumerate before '01', so the table order is restored here.
  (Object.keys(NATION_NAMES) as NationCode[]).sort();

/** Looks a raw two-digit code up; unknown codes are kept raw so the screen can still show them. */
export function nationFromCode(raw: string): Nation {
  return Object.hasOwn(NATION_NAMES, raw)
    ? { kind: 'known', code: raw as NationCode, name: NATION_NAMES[raw as NationCode] }
    : { kind: 'unknown', raw };
}

/** The code written on the card for a nation field. */
export function nationToCode(nation: Nation): string {
  return nation.kind === 'known' ? nation.code : nation.raw;
}

/** The GB 3304 code of a nation name as cards print it (e.g. 汉 → 01); undefined when the table lacks it. */
export function nationCodeOfName(name: string): NationCode | undefined {
  return NATION_CODES.find((code) => NATION_NAMES[code] === name);
}
