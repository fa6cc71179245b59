import type { Catalog } from './locale';

/** Keys of the texts about the card reader link, detection and the technician's read-card tool. */
export type ReaderTextKey =
  | 'transport.not-found'
  | 'transport.access-denied'
  | 'transport.busy'
  | 'transport.disconnected'
  | 'transport.io'
  | 'detect.none'
  | 'loop.unresponsive'
  | 'read-card.waiting'
  | 'read-card.timeout'
  | 'read-card.photo-write-failed';

/** What a technician or operator reads when the card reader cannot be reached or read. */
export const READER_TEXT: Catalog<ReaderTextKey> = {
  'transport.not-found': {
    'zh-CN': '找不到读卡器 {device}。请检查数据线是否插好、端口设置是否正确。',
    en: 'Card reader {device} was not found. Check that the cable is plugged in and the port setting is right.',
  },
  'transport.access-denied': {
    'zh-CN':
      '没有权限打开读卡器 {device}。请把运行本程序的用户加入 dialout 组，或安装本项目的 udev 规则，然后重新登录。',
    en: 'No permission to open card reader {device}. Add the user running the kiosk to the dialout group or install the udev rule, then log in again.',
  },
  'transport.busy': {
    'zh-CN': '读卡器 {device} 正被其他程序占用。请关闭其他读卡软件后重试。',
    en: 'Card reader {device} is in use by another program. Close other reader software and try again.',
  },
  'transport.disconnected': {
    'zh-CN': '读卡器 {device} 已断开。请检查数据线；重新接好后会自动恢复。',
    en: 'Card reader {device} was disconnected. Check the cable; reading resumes on its own once it is back.',
  },
  'transport.io': {
    'zh-CN': '与读卡器 {device} 通信出错。系统会自动重试；如果反复出现，请重新插拔读卡器。',
    en: 'Communication with card reader {device} failed. It is retried on its own; if this repeats, unplug the reader and plug it in again.',
  },
  'detect.none': {
    'zh-CN': '没有找到读卡器。请检查读卡器的电源和数据线，或在设置中指定读卡器端口。',
    en: 'No card reader was found. Check the reader’s power and cable, or set the reader port in the settings.',
  },
  'loop.unresponsive': {
    'zh-CN': '读卡器连续多次没有应答，正在重新连接。如果反复出现，请重新插拔读卡器或检查电源。',
    en: 'The card reader stopped answering; reconnecting. If this repeats, unplug and replug the reader or check its power.',
  },
  'read-card.waiting': {
    'zh-CN': '读卡器 {reader} 已连接（SAM ID {samId}），请放置证件…',
    en: 'Reader {reader} connected (SAM ID {samId}). Place a card…',
  },
  'read-card.timeout': {
    'zh-CN': '{seconds} 秒内没有读到证件。请把证件平放在读卡区后再试一次。',
    en: 'No card was read within {seconds} s. Place the card flat on the reader and try again.',
  },
  'read-card.photo-write-failed': {
    'zh-CN': '无法写入照片文件 {file}（{detail}）。请检查路径和写入权限。',
    en: 'Cannot write the photo file {file} ({detail}). Check the path and write permission.',
  },
};
