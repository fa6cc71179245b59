import type { Catalog } from './locale';

/** Messages of staff access: accounts, PINs, login, lockout, first boot. */
export type StaffMessageKey =
  | 'pinTooShort'
  | 'pinNotDigits'
  | 'pinTrivial'
  | 'accountNameInvalid'
  | 'accountExists'
  | 'wrongPin'
  | 'backingOff'
  | 'accountLockedOut'
  | 'kioskLockedOut'
  | 'noTechnician'
  | 'accountCreated'
  | 'pinPrompt'
  | 'pinLoginPrompt'
  | 'pinRepeatPrompt'
  | 'pinMismatch'
  | 'pinNotInteractive'
  | 'staffLogIntact'
  | 'staffLogBroken'
  | 'staffBreak.hash-mismatch'
  | 'staffBreak.link-broken'
  | 'staffBreak.seq-gap'
  | 'staffBreak.head-mismatch';

/** The staff access catalog. */
export const STAFF_MESSAGES: Catalog<StaffMessageKey> = {
  pinTooShort: {
    'zh-CN': 'PIN 码至少需要 6 位数字，请重新设置。',
    en: 'A PIN needs at least 6 digits. Choose a longer one.',
  },
  pinNotDigits: {
    'zh-CN': 'PIN 码只能包含数字（6 到 12 位），请重新设置。',
    en: 'A PIN is 6 to 12 digits and nothing else. Choose another one.',
  },
  pinTrivial: {
    'zh-CN': '此 PIN 码过于简单（重复或连续的数字），请换一个不易猜到的。',
    en: 'This PIN is too easy to guess (repeated or sequential digits). Choose another one.',
  },
  accountNameInvalid: {
    'zh-CN': '账号名须为 2 到 32 个字母、数字、点、下划线或连字符，以字母或数字开头。',
    en: 'An account name is 2 to 32 letters, digits, dots, underscores or hyphens, starting with a letter or digit.',
  },
  accountExists: {
    'zh-CN': '账号“{name}”已存在，请换一个名字。',
    en: 'The account "{name}" already exists. Choose another name.',
  },
  wrongPin: {
    'zh-CN': '账号或 PIN 码错误，请重新输入。',
    en: 'Wrong account or PIN. Please enter them again.',
  },
  backingOff: {
    'zh-CN': '输入错误，请等待 {seconds} 秒后再试。',
    en: 'Wrong entry. Wait {seconds} seconds before trying again.',
  },
  accountLockedOut: {
    'zh-CN': '此账号错误次数过多，已锁定 {minutes} 分钟。请稍后再试或联系技术人员。',
    en: 'Too many wrong PINs for this account: locked for {minutes} minutes. Try later or call the technician.',
  },
  kioskLockedOut: {
    'zh-CN': '本机登录错误次数过多，已锁定 {minutes} 分钟。请稍后再试或联系技术人员。',
    en: 'Too many wrong logins on this kiosk: locked for {minutes} minutes. Try later or call the technician.',
  },
  noTechnician: {
    'zh-CN':
      '本机还没有技术人员账号，暂不能设置。请技术人员在本机终端运行：kiosk provision --add-account 名字 --role technician（按提示输入 PIN 码）。',
    en: "This kiosk has no technician account yet, so setup is refused. On the kiosk's terminal, the technician runs: kiosk provision --add-account NAME --role technician (and types the PIN when asked).",
  },
  accountCreated: {
    'zh-CN': '已创建账号“{name}”（角色：{role}）。',
    en: 'Created the account "{name}" (role: {role}).',
  },
  pinPrompt: { 'zh-CN': '请输入新 PIN 码（6–12 位数字）：', en: 'New PIN (6-12 digits): ' },
  pinLoginPrompt: { 'zh-CN': '请输入 PIN 码：', en: 'PIN: ' },
  pinRepeatPrompt: { 'zh-CN': '请再次输入 PIN 码：', en: 'Repeat the PIN: ' },
  pinMismatch: {
    'zh-CN': '两次输入的 PIN 码不一致，账号未创建。请重新运行命令。',
    en: 'The two PINs differ; no account was created. Run the command again.',
  },
  pinNotInteractive: {
    'zh-CN': '未读到 PIN 码：请在终端中输入，或通过标准输入传入一行。',
    en: 'No PIN was read: type it at the terminal or pipe one line on standard input.',
  },
  staffLogIntact: {
    'zh-CN': '工作人员操作日志完整：共 {entries} 条，哈希链验证通过。',
    en: 'The staff log is intact: {entries} entries; the hash chain verifies.',
  },
  staffLogBroken: {
    'zh-CN': '工作人员操作日志在第 {seq} 条处断开：{what}。请勿删除数据库，联系技术人员。',
    en: 'The staff log breaks at entry {seq}: {what}. Do not delete the database; call a technician.',
  },
  'staffBreak.hash-mismatch': {
    'zh-CN': '该条内容已被改动',
    en: 'the entry was changed after it was written',
  },
  'staffBreak.link-broken': {
    'zh-CN': '该条未链接到前一条',
    en: 'the entry does not link to the one before',
  },
  'staffBreak.seq-gap': {
    'zh-CN': '之前的条目缺失',
    en: 'entries before it are missing',
  },
  'staffBreak.head-mismatch': {
    'zh-CN': '日志末尾的条目缺失',
    en: 'entries at the end are missing',
  },
};
