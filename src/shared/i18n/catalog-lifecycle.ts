/** Texts of the record lifecycle: retention, quarantine review, figures and export, in zh-CN and en. */
import type { Catalog } from './locale';

/** Keys of the record lifecycle texts. */
export type LifecycleTextKey =
  'exportDiskFull' | 'exportFailed' | 'exportWritten' | 'exportBadRange';

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
};
