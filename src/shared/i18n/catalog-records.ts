// What operators and technicians read when the record store or the key vault fails.
import type { Catalog } from './locale';

/** Keys of the record, store and key vault messages. */
export type RecordTextKey =
  | 'vaultMissing'
  | 'vaultCorrupt'
  | 'vaultWrongKey'
  | 'vaultInsecure'
  | 'vaultAlreadyProvisioned'
  | 'storeCorrupt'
  | 'storeDiskFull'
  | 'storeBusy'
  | 'storeFloorRecords'
  | 'storeFloorBytes'
  | 'storeFloorDisk'
  | 'storeAlarmRecords'
  | 'storeAlarmBytes'
  | 'storeAlarmDisk'
  | 'sealTampered'
  | 'verifyLogIntact'
  | 'verifyLogBroken'
  | 'verifyLogFailed'
  | 'storeMissing'
  | 'storeInvalidRecord'
  | 'break.record-invalid'
  | 'break.bad-public-key'
  | 'break.key-id-mismatch'
  | 'break.signature-invalid'
  | 'break.record-id-mismatch'
  | 'break.hash-mismatch'
  | 'break.link-broken'
  | 'break.seal-tampered'
  | 'break.head-mismatch';

/** Messages of the record store and key vault, Simplified Chinese first. */
export const RECORD_TEXTS: Catalog<RecordTextKey> = {
  vaultMissing: {
    'zh-CN': '找不到设备密钥库，无法读取或保存记录。请联系技术人员恢复密钥库或重新配置设备。',
    en: 'The device key vault is missing, so records cannot be read or saved. Ask a technician to restore the vault or provision the device again.',
  },
  vaultCorrupt: {
    'zh-CN': '设备密钥库已损坏。请联系技术人员从备份恢复密钥库。',
    en: 'The device key vault is damaged. Ask a technician to restore it from a backup.',
  },
  vaultWrongKey: {
    'zh-CN': '密钥库与数据不匹配，记录无法解密。请联系技术人员确认使用的是本设备的密钥库。',
    en: 'The key vault does not match this data, so records cannot be decrypted. Ask a technician to check that this device’s own vault is in use.',
  },
  vaultInsecure: {
    'zh-CN': '密钥库文件权限过宽，已停止使用。请联系技术人员将权限改为仅本用户可读写。',
    en: 'The key vault files can be read by other users, so they were not used. Ask a technician to restrict them to the kiosk user (mode 0600).',
  },
  vaultAlreadyProvisioned: {
    'zh-CN': '设备密钥已存在，未做更改。如需更换密钥，请联系技术人员。',
    en: 'The device key already exists; nothing was changed. Ask a technician if the key must be replaced.',
  },
  storeCorrupt: {
    'zh-CN': '记录数据库文件已损坏，已停止写入以免丢失数据。请联系技术人员。',
    en: 'The record database file is damaged; writing stopped so nothing more is lost. Call a technician.',
  },
  storeDiskFull: {
    'zh-CN': '磁盘已满，本次记录未保存。请联系技术人员清理磁盘空间。',
    en: 'The disk is full; this record was not saved. Ask a technician to free disk space.',
  },
  storeBusy: {
    'zh-CN': '记录数据库正忙，请稍后重试。',
    en: 'The record database is busy. Try again in a moment.',
  },
  storeFloorRecords: {
    'zh-CN': '待上传记录已达上限（{count} 条），暂停采集。请检查网络连接，等待记录上传后再继续。',
    en: 'Too many records wait for upload ({count}); capture is paused. Check the network connection and continue once records have been uploaded.',
  },
  storeFloorBytes: {
    'zh-CN':
      '本地记录已占用 {megabytes} MB，达到上限，暂停采集。请检查网络连接，等待记录上传后再继续。',
    en: 'Stored records use {megabytes} MB, the limit; capture is paused. Check the network connection and continue once records have been uploaded.',
  },
  storeFloorDisk: {
    'zh-CN': '磁盘剩余空间仅 {megabytes} MB，暂停采集以免记录丢失。请联系技术人员清理磁盘空间。',
    en: 'Only {megabytes} MB of disk space is left; capture is paused so no record is lost. Ask a technician to free disk space.',
  },
  storeAlarmRecords: {
    'zh-CN': '待上传记录较多（{count} 条）。请检查网络连接。',
    en: 'Many records wait for upload ({count}). Check the network connection.',
  },
  storeAlarmBytes: {
    'zh-CN': '本地记录已占用 {megabytes} MB，接近上限。请检查网络连接。',
    en: 'Stored records use {megabytes} MB, close to the limit. Check the network connection.',
  },
  storeAlarmDisk: {
    'zh-CN': '磁盘剩余空间不足（{megabytes} MB）。请联系技术人员清理磁盘空间。',
    en: 'Disk space is running low ({megabytes} MB left). Ask a technician to free disk space.',
  },
  sealTampered: {
    'zh-CN': '一条记录的加密内容已被更改或损坏，无法读取。请联系技术人员。',
    en: 'The sealed content of a record was altered or damaged and cannot be read. Call a technician.',
  },
  verifyLogIntact: {
    'zh-CN':
      '记录日志完整：共 {records} 条记录（其中 {purged} 条已按保留期清除内容），哈希链与全部签名验证通过。',
    en: 'The record log is intact: {records} records ({purged} with content purged after retention); the hash chain and every signature verify.',
  },
  verifyLogBroken: {
    'zh-CN':
      '记录日志在第 {position} 条记录（{recordId}）处断开：{what}。请勿删除数据库，联系技术人员。',
    en: 'The record log breaks at record {position} ({recordId}): {what}. Do not delete the database; call a technician.',
  },
  storeInvalidRecord: {
    'zh-CN': '记录内容不完整或有误，未保存：{detail}。请重新采集；如反复出现，请联系技术人员。',
    en: 'The record is incomplete or wrong and was not saved: {detail}. Capture again; if it happens again, call a technician.',
  },
  storeMissing: {
    'zh-CN': '找不到记录数据库 {path}。请检查路径（--db）。',
    en: 'No record database at {path}. Check the path (--db).',
  },
  verifyLogFailed: {
    'zh-CN': '无法验证记录日志。',
    en: 'The record log could not be verified.',
  },
  'break.record-invalid': {
    'zh-CN': '记录内容不符合记录格式',
    en: 'the record does not match the record format',
  },
  'break.bad-public-key': {
    'zh-CN': '记录附带的公钥无效',
    en: 'the public key stored with the record is invalid',
  },
  'break.key-id-mismatch': {
    'zh-CN': '密钥标识与公钥不符',
    en: 'the key id does not match the public key',
  },
  'break.signature-invalid': {
    'zh-CN': '签名无效，记录或签名已被更改',
    en: 'the signature is invalid: the record or its signature was altered',
  },
  'break.record-id-mismatch': {
    'zh-CN': '记录编号与所存内容不符',
    en: 'the record id does not match the stored record',
  },
  'break.hash-mismatch': {
    'zh-CN': '所存哈希与记录不符',
    en: 'the stored hash does not match the record',
  },
  'break.link-broken': {
    'zh-CN': '与前一条记录的链接断开，可能有记录被删除或插入',
    en: 'the link to the previous record is broken: a record was removed or inserted',
  },
  'break.seal-tampered': {
    'zh-CN': '加密内容已被更改或损坏',
    en: 'the sealed content was altered or damaged',
  },
  'break.head-mismatch': {
    'zh-CN': '日志末尾缺少记录',
    en: 'records are missing at the end of the log',
  },
};
