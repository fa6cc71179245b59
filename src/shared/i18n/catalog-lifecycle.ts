/** Texts of the record lifecycle: retention, quarantine review, figures and export, in zh-CN and en. */
import type { Catalog } from './locale';

/** Keys of the record lifecycle texts. */
export type LifecycleTextKey =
  | 'exportDiskFull'
  | 'exportFailed'
  | 'exportWritten'
  | 'exportBadRange'
  | 'unackedTooOld'
  | 'purgeDone'
  | 'notQuarantined'
  | 'exportFullNeedsTechnician';

/** Record lifecycle texts. */
export const LIFECYCLE_TEXTS: Catalog<LifecycleTextKey> = {
  exportDiskFull: {
    'zh-CN':
      '磁盘已满，导出文件 {file} 未写成，也没有留下不完整的文件。请清理空间或换一个位置后重试。',
    en: 'The disk is full: the export {file} was not written and no partial file was left. Free space or choose another place, then try again.',
  },
  exportFailed: {
    'zh-CN': '无法写入导出文件 {file}，没有留下不完整的文件。请检查路径和权限后重试。',
    en: 'Could not write the export {file}; no partial file was left. Check the path and its permissions, then try again.',
  },
  exportWritten: {
    'zh-CN': '已导出 {rows} 行到 {file}',
    en: 'Exported {rows} rows to {file}',
  },
  exportBadRange: {
    'zh-CN': '日期范围无效：{detail}。请使用 YYYY-MM-DD 格式，且开始日期不晚于结束日期。',
    en: 'Invalid date range: {detail}. Use YYYY-MM-DD, with the start no later than the end.',
  },
  unackedTooOld: {
    'zh-CN':
      '有记录已等待平台确认 {days} 天。未确认的记录不会被删除，但请联系技术人员检查网络和平台配置。',
    en: 'A record has waited {days} days for the platform to acknowledge it. Unacknowledged records are never deleted, but call a technician to check the network and the platform settings.',
  },
  purgeDone: {
    'zh-CN': '已清除 {purged} 条已确认记录的个人信息，释放 {kilobytes} KB 空间。',
    en: 'Removed the personal data of {purged} acknowledged records; {kilobytes} KB freed.',
  },
  notQuarantined: {
    'zh-CN': '该记录不在隔离列表中（可能已被其他人处理）。请刷新列表。',
    en: 'This record is not in quarantine (someone may have handled it already). Refresh the list.',
  },
  exportFullNeedsTechnician: {
    'zh-CN':
      '完整导出（含姓名和完整证件号码）需要技术人员登录：用 --account 指定技术人员账号，并通过标准输入提供其 PIN 码。未导出任何内容。',
    en: 'A full export (names and whole card numbers) needs a technician login: name the account with --account and give its PIN on standard input. Nothing was exported.',
  },
};
