import type { Catalog } from './locale';

/** Keys of every message about the card reader's SAM module, its frames and its emulator. */
export type SamMessageKey =
  | 'sw-checksum-error'
  | 'sw-length-error'
  | 'sw-command-error'
  | 'sw-unauthorized'
  | 'sw-unrecognised-error'
  | 'sw-card-auth-failed'
  | 'sw-sam-auth-failed'
  | 'sw-verify-failed'
  | 'sw-unknown-card-type'
  | 'sw-read-failed'
  | 'sw-random-failed'
  | 'sw-self-test-failed'
  | 'sw-not-authorised'
  | 'sw-find-failed'
  | 'sw-select-failed'
  | 'sw-unknown'
  | 'frame-bad-checksum'
  | 'frame-bad-length'
  | 'frame-oversize'
  | 'timeout'
  | 'client-closed'
  | 'link-closed'
  | 'bad-payload'
  | 'bad-profile'
  | 'bad-placement'
  | 'emulator-port-failed';

/** What the reader's SAM messages say, in Simplified Chinese and English. */
export const SAM_MESSAGES: Catalog<SamMessageKey> = {
  'sw-checksum-error': {
    'zh-CN': '读卡器收到的指令校验错误。请重试；若反复出现，请联系技术人员。',
    en: 'The reader received a command with a wrong checksum. Try again; if it keeps happening, call a technician.',
  },
  'sw-length-error': {
    'zh-CN': '读卡器收到的指令长度错误。请重试；若反复出现，请联系技术人员。',
    en: 'The reader received a command with a wrong length. Try again; if it keeps happening, call a technician.',
  },
  'sw-command-error': {
    'zh-CN': '读卡器不接受该指令。请拿开证件后重新放置。',
    en: 'The reader did not accept the command. Lift the card and place it again.',
  },
  'sw-unauthorized': {
    'zh-CN': '读卡器拒绝了越权操作。请联系技术人员。',
    en: 'The reader refused an unauthorised operation. Call a technician.',
  },
  'sw-unrecognised-error': {
    'zh-CN': '读卡器发生未知错误，正在重置。请稍候再放置证件。',
    en: 'The reader had an unknown error and is being reset. Wait a moment, then place the card again.',
  },
  'sw-card-auth-failed': {
    'zh-CN': '证件未能认证读卡器。请拿开证件后重新放平。',
    en: 'The card could not authenticate the reader. Lift the card and place it flat again.',
  },
  'sw-sam-auth-failed': {
    'zh-CN': '读卡器未能认证证件。请重新放置；若仍失败，请向工作人员求助。',
    en: 'The reader could not authenticate the card. Place it again; if it still fails, ask the staff for help.',
  },
  'sw-verify-failed': {
    'zh-CN': '证件信息校验失败。请重新放置证件。',
    en: 'The card information failed verification. Place the card again.',
  },
  'sw-unknown-card-type': {
    'zh-CN': '这不是可识别的身份证件。请放置居民身份证或居住证、永久居留身份证。',
    en: 'This is not a recognised identity card. Place a resident ID card, residence permit or permanent residence card.',
  },
  'sw-read-failed': {
    'zh-CN': '读卡失败，证件可能被移动了。请将证件放平，不要移动。',
    en: 'Reading the card failed; it may have moved. Place the card flat and keep it still.',
  },
  'sw-random-failed': {
    'zh-CN': '读卡器与证件通信失败。请重新放置证件。',
    en: 'The reader could not talk to the card. Place the card again.',
  },
  'sw-self-test-failed': {
    'zh-CN': '读卡器安全模块自检失败，无法工作。请联系技术人员重启读卡器。',
    en: 'The reader security module failed its self-test and cannot work. Call a technician to restart the reader.',
  },
  'sw-not-authorised': {
    'zh-CN': '读卡器安全模块未获授权。请联系技术人员更换读卡器。',
    en: 'The reader security module is not authorised. Call a technician to replace the reader.',
  },
  'sw-find-failed': {
    'zh-CN': '未找到证件。请将证件放在读卡区；如已读过，请拿开后重新放置。',
    en: 'No card found. Place the card on the reader; if it was just read, lift it and place it again.',
  },
  'sw-select-failed': {
    'zh-CN': '选卡失败。请拿开证件后重新放置。',
    en: 'Selecting the card failed. Lift the card and place it again.',
  },
  'sw-unknown': {
    'zh-CN': '读卡器返回了未知状态 {sw3}。请重试；若反复出现，请联系技术人员。',
    en: 'The reader answered with an unknown status {sw3}. Try again; if it keeps happening, call a technician.',
  },
  'frame-bad-checksum': {
    'zh-CN': '读卡器数据校验错误，已丢弃。请重试；若反复出现，请检查连接线。',
    en: 'Data from the reader had a wrong checksum and was dropped. Try again; if it keeps happening, check the cable.',
  },
  'frame-bad-length': {
    'zh-CN': '读卡器数据长度错误，已丢弃。请重试；若反复出现，请检查连接线。',
    en: 'Data from the reader had an impossible length and was dropped. Try again; if it keeps happening, check the cable.',
  },
  'frame-oversize': {
    'zh-CN': '读卡器数据长度超限，通信不同步，已重新同步。请重试。',
    en: 'Data from the reader claimed an oversize length; the link lost sync and was resynchronised. Try again.',
  },
  timeout: {
    'zh-CN': '读卡器在 {timeoutMs} 毫秒内没有应答指令 {command}。请检查读卡器连接和电源。',
    en: 'The reader did not answer command {command} within {timeoutMs} ms. Check the reader cable and power.',
  },
  'client-closed': {
    'zh-CN': '与读卡器的会话已关闭，指令未执行。读卡器重新连接后会自动继续。',
    en: 'The reader session was closed, so the command did not run. It resumes once the reader reconnects.',
  },
  'link-closed': {
    'zh-CN': '读卡器连接已断开。请检查连接线；重新连接后会自动继续。',
    en: 'The reader link was closed. Check the cable; reading resumes once it reconnects.',
  },
  'bad-payload': {
    'zh-CN': '读卡器返回的数据格式错误（{detail}）。请重新放置证件。',
    en: 'The reader returned malformed data ({detail}). Place the card again.',
  },
  'bad-profile': {
    'zh-CN': '模拟证件配置文件 {file} 有误：{field}（{detail}）。请修正该文件。',
    en: 'Emulated card profile {file} is invalid at {field} ({detail}). Fix that file.',
  },
  'bad-placement': {
    'zh-CN': '模拟证件数据有误：{detail}。请检查提供的数据块。',
    en: 'Emulated card data is invalid: {detail}. Check the blocks provided.',
  },
  'emulator-port-failed': {
    'zh-CN': '模拟读卡器无法打开串口 {path}（{detail}）。请检查路径，或先用 socat 创建虚拟串口对。',
    en: 'The reader emulator could not open serial port {path} ({detail}). Check the path, or create a pty pair with socat first.',
  },
};
