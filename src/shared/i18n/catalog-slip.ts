/** Text the worker sees about the printed slip, in zh-CN and en. */
import type { Catalog } from './locale';

/** Keys of the slip text. */
export type SlipTextKey = 'scanInstead';

/** Text about the slip on the pass screen. */
export const SLIP_TEXT: Catalog<SlipTextKey> = {
  scanInstead: {
    'zh-CN': '回执无法打印，请用手机扫码保存',
    en: 'The slip cannot be printed. Scan this code to keep it.',
  },
};
