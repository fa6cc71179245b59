/** Console texts of the record lifecycle: figures over days, the chart, quarantine review. */
import type { OutcomeCategory } from '../kiosk-api/outcome-categories';
import type { Catalog } from './locale';

/** Keys of the lifecycle console texts. */
export type LifecycleConsoleKey =
  | 'figures'
  | 'today'
  | 'yesterday'
  | 'last30Days'
  | 'sessions'
  | 'passes'
  | 'chart'
  | 'quarantine'
  | 'quarantineEmpty'
  | 'capturedAt'
  | 'refusal'
  | 'idNumber'
  | 'retry'
  | 'discard'
  | 'discardWhy'
  | 'cancel';

/** Lifecycle console texts. */
export const LIFECYCLE_CONSOLE_TEXT: Catalog<LifecycleConsoleKey> = {
  figures: { 'zh-CN': '采集统计', en: 'Capture figures' },
  today: { 'zh-CN': '今天', en: 'Today' },
  yesterday: { 'zh-CN': '昨天', en: 'Yesterday' },
  last30Days: { 'zh-CN': '近 30 天', en: 'Last 30 days' },
  sessions: { 'zh-CN': '采集次数', en: 'Sessions' },
  passes: { 'zh-CN': '通过', en: 'Passed' },
  chart: { 'zh-CN': '每日通过与失败（按原因）', en: 'Daily passes and failures by reason' },
  quarantine: { 'zh-CN': '被平台拒收的记录', en: 'Records the platform refused' },
  quarantineEmpty: { 'zh-CN': '没有被拒收的记录', en: 'No refused records' },
  capturedAt: { 'zh-CN': '采集时间', en: 'Captured' },
  refusal: { 'zh-CN': '拒收原因', en: 'Why refused' },
  idNumber: { 'zh-CN': '证件号码', en: 'Card number' },
  retry: { 'zh-CN': '重新上传', en: 'Send again' },
  discard: { 'zh-CN': '作废', en: 'Discard' },
  discardWhy: { 'zh-CN': '请选择作废原因：', en: 'Choose why it is discarded:' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
};

/** Why an operator discards a refused record: the preset reasons (kept in the audit log by key). */
export const DISCARD_REASONS = [
  'duplicate-record',
  'captured-in-error',
  'platform-confirmed',
] as const;

/** A preset discard reason. */
export type DiscardReason = (typeof DISCARD_REASONS)[number];

/** Texts of the preset discard reasons. */
export const DISCARD_REASON_TEXT: Catalog<DiscardReason> = {
  'duplicate-record': { 'zh-CN': '重复记录', en: 'Duplicate record' },
  'captured-in-error': { 'zh-CN': '误采集', en: 'Captured in error' },
  'platform-confirmed': { 'zh-CN': '平台确认无需上传', en: 'Platform confirmed it is not needed' },
};

/** Names of the outcome categories in the figures and the chart legend. */
export const OUTCOME_CATEGORY_TEXT: Catalog<OutcomeCategory> = {
  passed: { 'zh-CN': '人脸比对通过', en: 'Face matched' },
  'operator-verified': { 'zh-CN': '人工核验通过', en: 'Verified in person' },
  'operator-rejected': { 'zh-CN': '人工核验未通过', en: 'Rejected in person' },
  'refused-card': { 'zh-CN': '证件被拒', en: 'Card refused' },
  'no-face': { 'zh-CN': '未检测到人脸', en: 'No face' },
  spoof: { 'zh-CN': '疑似假体', en: 'Suspected spoof' },
  'no-match': { 'zh-CN': '多次比对不一致', en: 'No match after retries' },
  'timed-out': { 'zh-CN': '超时', en: 'Timed out' },
  abandoned: { 'zh-CN': '中途放弃', en: 'Abandoned' },
  fault: { 'zh-CN': '设备故障', en: 'Device fault' },
};
