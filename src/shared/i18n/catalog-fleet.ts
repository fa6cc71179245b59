import type { Catalog } from './locale';

/** Keys of the texts on the fleet page and from the fleet service's command. */
export type FleetTextKey =
  | 'fleet.title'
  | 'fleet.county'
  | 'fleet.point'
  | 'fleet.all'
  | 'fleet.filter'
  | 'fleet.summary'
  | 'fleet.device'
  | 'fleet.state'
  | 'fleet.reader'
  | 'fleet.queue'
  | 'fleet.oldest'
  | 'fleet.alarm'
  | 'fleet.version'
  | 'fleet.config'
  | 'fleet.last-seen'
  | 'fleet.state.ok'
  | 'fleet.state.attention'
  | 'fleet.state.stale'
  | 'fleet.state.never'
  | 'fleet.reader.connected'
  | 'fleet.reader.disconnected'
  | 'fleet.reader.error'
  | 'fleet.none'
  | 'fleet.minutes-ago'
  | 'fleet.config-refused'
  | 'fleet.empty'
  | 'fleet.listening';

/** What fleet staff read. */
export const FLEET_TEXT: Catalog<FleetTextKey> = {
  'fleet.title': { 'zh-CN': '设备总览', en: 'Fleet' },
  'fleet.county': { 'zh-CN': '区县', en: 'County' },
  'fleet.point': { 'zh-CN': '采集点', en: 'Point' },
  'fleet.all': { 'zh-CN': '全部', en: 'All' },
  'fleet.filter': { 'zh-CN': '筛选', en: 'Filter' },
  'fleet.summary': {
    'zh-CN': '共 {total} 台：正常 {ok}，需处理 {attention}，失联 {stale}，从未上线 {never}',
    en: '{total} kiosks: {ok} fine, {attention} need attention, {stale} stale, {never} never seen',
  },
  'fleet.device': { 'zh-CN': '设备', en: 'Kiosk' },
  'fleet.state': { 'zh-CN': '状态', en: 'State' },
  'fleet.reader': { 'zh-CN': '读卡器', en: 'Reader' },
  'fleet.queue': { 'zh-CN': '待上传', en: 'Queue' },
  'fleet.oldest': { 'zh-CN': '最早未确认', en: 'Oldest unacked' },
  'fleet.alarm': { 'zh-CN': '最近告警', en: 'Last alarm' },
  'fleet.version': { 'zh-CN': '软件版本', en: 'Version' },
  'fleet.config': { 'zh-CN': '配置版本', en: 'Config' },
  'fleet.last-seen': { 'zh-CN': '最近心跳', en: 'Last beat' },
  'fleet.state.ok': { 'zh-CN': '正常', en: 'Fine' },
  'fleet.state.attention': { 'zh-CN': '需处理', en: 'Attention' },
  'fleet.state.stale': { 'zh-CN': '失联', en: 'Stale' },
  'fleet.state.never': { 'zh-CN': '从未上线', en: 'Never seen' },
  'fleet.reader.connected': { 'zh-CN': '已连接', en: 'Connected' },
  'fleet.reader.disconnected': { 'zh-CN': '未连接', en: 'Unplugged' },
  'fleet.reader.error': { 'zh-CN': '故障', en: 'Fault' },
  'fleet.none': { 'zh-CN': '无', en: 'None' },
  'fleet.minutes-ago': { 'zh-CN': '{minutes} 分钟前', en: '{minutes} min ago' },
  'fleet.config-refused': {
    'zh-CN': '拒绝 v{version}（{reason}）',
    en: 'refused v{version} ({reason})',
  },
  'fleet.empty': { 'zh-CN': '没有符合条件的设备。', en: 'No kiosk matches this filter.' },
  'fleet.listening': {
    'zh-CN': '设备管理服务已启动：{url}（数据库 schema 版本 {schema}）',
    en: 'Fleet service listening on {url} (database schema {schema})',
  },
};
