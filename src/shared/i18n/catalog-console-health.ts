/** The words the operator console shows for each device's state, in zh-CN and en. */
import type { Catalog } from './locale';

/** Keys of the device state words. */
export type HealthStateKey =
  | 'readerConnected'
  | 'readerDisconnected'
  | 'readerError'
  | 'cameraDefault'
  | 'cameraChosen'
  | 'engineStarting'
  | 'engineReady'
  | 'engineFailed'
  | 'diskEnough'
  | 'diskLow'
  | 'storeFullRecords'
  | 'storeFullBytes'
  | 'clockSet'
  | 'clockWrong'
  | 'uploadsFlowing'
  | 'uploadsStalled'
  | 'settingsInForce'
  | 'restartNeeded';

/** What each device's state is called on the console. */
export const HEALTH_TEXT: Catalog<HealthStateKey> = {
  readerConnected: { 'zh-CN': '已连接', en: 'Connected' },
  readerDisconnected: { 'zh-CN': '未连接', en: 'Not connected' },
  readerError: { 'zh-CN': '读卡出错', en: 'Read error' },
  cameraDefault: { 'zh-CN': '系统默认摄像头', en: 'System default camera' },
  cameraChosen: { 'zh-CN': '已选定', en: 'Chosen' },
  engineStarting: { 'zh-CN': '正在启动', en: 'Starting' },
  engineReady: { 'zh-CN': '就绪', en: 'Ready' },
  engineFailed: { 'zh-CN': '启动失败', en: 'Failed to start' },
  diskEnough: { 'zh-CN': '空间充足', en: 'Enough space' },
  // Short, to be read at a glance: the row's detail and the self-test say more.
  diskLow: { 'zh-CN': '空间不足，已暂停', en: 'Low on space: paused' },
  storeFullRecords: { 'zh-CN': '待传记录满，已暂停', en: 'Upload backlog full: paused' },
  storeFullBytes: { 'zh-CN': '数据库满，已暂停', en: 'Database full: paused' },
  clockSet: { 'zh-CN': '时间正确', en: 'Time correct' },
  clockWrong: { 'zh-CN': '时间有误', en: 'Time wrong' },
  uploadsFlowing: { 'zh-CN': '上传正常', en: 'Uploading' },
  uploadsStalled: { 'zh-CN': '上传停滞', en: 'Uploads stalled' },
  settingsInForce: { 'zh-CN': '均已生效', en: 'All in force' },
  restartNeeded: { 'zh-CN': '需要重启', en: 'Restart needed' },
};
