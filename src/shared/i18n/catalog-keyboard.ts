/** The on-screen keyboard's key names, in zh-CN and en. */
import type { Catalog } from './locale';

/** Keys of the keyboard's text. */
export type KeyboardTextKey = 'label' | 'shift' | 'space' | 'backspace' | 'done' | 'hide';

/** Names of the keyboard's function keys. */
export const KEYBOARD_TEXT: Catalog<KeyboardTextKey> = {
  label: { 'zh-CN': '屏幕键盘', en: 'On-screen keyboard' },
  shift: { 'zh-CN': '大写', en: 'Shift' },
  space: { 'zh-CN': '空格', en: 'Space' },
  backspace: { 'zh-CN': '删除', en: 'Delete' },
  done: { 'zh-CN': '确定', en: 'Done' },
  hide: { 'zh-CN': '收起', en: 'Hide' },
};
