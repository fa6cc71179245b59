import type { Catalog } from './locale';

/** Keys of the texts about uploading records, the queue and the reference collector. */
export type UploadTextKey =
  | 'upload.queue-drained'
  | 'upload.sends-deferred'
  | 'upload.device-not-registered'
  | 'upload.clock-skew'
  | 'upload.quarantined-conflict'
  | 'upload.quarantined-rejected'
  | 'upload.quarantined-code'
  | 'upload.clock-refused'
  | 'upload.credentials-missing'
  | 'queue.status'
  | 'queue.drain-summary'
  | 'queue.no-endpoint'
  | 'collector.listening';

/** What an operator or technician reads about the upload queue. */
export const UPLOAD_TEXT: Catalog<UploadTextKey> = {
  'upload.queue-drained': {
    'zh-CN': '所有记录已上传到平台（本轮 {count} 条）。',
    en: 'All records have reached the platform ({count} in this round).',
  },
  'upload.sends-deferred': {
    'zh-CN': '平台暂时无法接收，{count} 条记录将在约 {seconds} 秒后重试，记录保存在本机。',
    en: 'The platform cannot take records right now: {count} will be retried in about {seconds} s; they stay safe on this device.',
  },
  'upload.device-not-registered': {
    'zh-CN':
      '平台不认识本设备的密钥 {keyId}，上传已暂停。请联系技术人员在平台登记本设备；记录都保存在本机，不会丢失。',
    en: 'The platform does not know this device key {keyId}; uploading is paused. Ask the technician to register the device with the platform; records stay on this device and are not lost.',
  },
  'upload.clock-skew': {
    'zh-CN': '本机时钟与平台相差约 {seconds} 秒，记录时间可能不准。请技术人员校准本机时间。',
    en: 'This device clock differs from the platform by about {seconds} s, so record times may be wrong. Ask the technician to set the time.',
  },
  'upload.quarantined-conflict': {
    'zh-CN':
      '平台已存有同一编号但内容不同的记录，本条记录已暂停上传并保存在本机。请联系技术人员核查。',
    en: 'The platform already holds a different record with the same id; this record is held back and kept on this device. Ask the technician to check it.',
  },
  'upload.quarantined-rejected': {
    'zh-CN':
      '平台拒收此记录（HTTP {status}：{title}），记录已暂停上传并保存在本机。请联系技术人员处理。',
    en: 'The platform refused this record (HTTP {status}: {title}); it is held back and kept on this device. Ask the technician to deal with it.',
  },
  'upload.quarantined-code': {
    'zh-CN':
      '平台拒收此记录（代码 {code}：{title}），记录已暂停上传并保存在本机。请联系技术人员处理。',
    en: 'The platform refused this record (code {code}: {title}); it is held back and kept on this device. Ask the technician to deal with it.',
  },
  'upload.clock-refused': {
    'zh-CN':
      '平台因时间不符拒收请求：本机时钟与平台相差约 {seconds} 秒，上传已暂停。请技术人员校准本机时间；记录都保存在本机，不会丢失。',
    en: 'The platform refused the request because of the time: this device clock differs from the platform by about {seconds} s, and uploading is paused. Ask the technician to set the time; records stay on this device and are not lost.',
  },
  'upload.credentials-missing': {
    'zh-CN':
      '没有平台接入凭据（api_key、api_secret）或凭据无效：{detail}。上传已暂停，记录都保存在本机。请技术人员在设置向导或用 kiosk provision --credentials 录入。',
    en: 'The platform credentials (api_key, api_secret) are missing or invalid: {detail}. Uploading is paused; records stay on this device. Ask the technician to enter them in the setup wizard or with kiosk provision --credentials.',
  },
  'queue.status': {
    'zh-CN':
      '待上传 {pending} 条（其中到期 {due} 条），上传中 {sending} 条，已确认 {acked} 条，被拒 {rejected} 条，隔离 {quarantined} 条。',
    en: '{pending} waiting ({due} due now), {sending} sending, {acked} acknowledged, {rejected} rejected, {quarantined} held back.',
  },
  'queue.drain-summary': {
    'zh-CN':
      '本次上传：新存 {stored} 条，平台已有 {alreadyStored} 条，隔离 {quarantined} 条，稍后重试 {retried} 条。',
    en: 'This run: {stored} stored, {alreadyStored} already on the platform, {quarantined} held back, {retried} to retry later.',
  },
  'queue.no-endpoint': {
    'zh-CN': '没有配置上传地址。请用 --endpoint 指定平台地址，或在设备配置中设置。',
    en: 'No upload endpoint is configured. Give the platform address with --endpoint or set it in the device configuration.',
  },
  'collector.listening': {
    'zh-CN': '参考接收端已启动：{url}（数据库 {db}，已登记密钥 {keys} 个）。按 Ctrl+C 停止。',
    en: 'Reference collector listening on {url} (database {db}, {keys} registered keys). Press Ctrl+C to stop.',
  },
};
