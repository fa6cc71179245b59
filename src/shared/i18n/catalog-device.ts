// What technicians and operators read from the Electron shell, provisioning, the self-test and
// the statistics export.
import type { Catalog } from './locale';

/** Keys of the Electron shell's messages. */
export type MainMessageKey =
  'foreignSender' | 'rendererCrashed' | 'childCrashed' | 'electronMissing' | 'distNeeds';

/** Messages of the Electron main process and its launch scripts. */
export const MAIN_MESSAGES: Catalog<MainMessageKey> = {
  foreignSender: {
    'zh-CN': '拒绝了来自非本应用页面的调用。无需操作；如反复出现，请联系技术人员。',
    en: 'A call from a page that is not the kiosk app was refused. Nothing to do; if it repeats, call a technician.',
  },
  rendererCrashed: {
    'zh-CN': '界面进程意外退出，已自动重新加载。如频繁出现，请联系技术人员并提供日志。',
    en: 'The screen process stopped unexpectedly and was reloaded. If this happens often, call a technician with the logs.',
  },
  childCrashed: {
    'zh-CN': '后台进程意外退出，已自动重启。如频繁出现，请联系技术人员并提供日志。',
    en: 'A background process stopped unexpectedly and was restarted. If this happens often, call a technician with the logs.',
  },
  electronMissing: {
    'zh-CN':
      '未找到 Electron 程序。请在可联网的电脑上运行 “npm install electron” 后再试；也可以用 “npm run demo” 体验流程，或按运维手册用浏览器宿主（src/host）加 Chromium 全屏模式运行。',
    en: 'No Electron binary was found. Run "npm install electron" on a machine with internet access, then try again; meanwhile "npm run demo" shows the flow, and the browser host (src/host) runs the kiosk in Chromium kiosk mode (docs/operations.md).',
  },
  distNeeds: {
    'zh-CN':
      '打包需要：可访问 Electron 下载地址（或设置 ELECTRON_MIRROR / electron_config_cache 指向已下载的文件）、各平台的编译工具，以及 models/ 中已校验的模型。详情：{detail}',
    en: 'Packaging needs: access to the Electron downloads (or ELECTRON_MIRROR / electron_config_cache pointing at downloaded files), a build toolchain for each platform, and verified models in models/. Details: {detail}',
  },
};

/** Keys of the self-test, provisioning and export texts. */
export type DeviceTextKey =
  | 'check.identity'
  | 'check.reader'
  | 'check.camera'
  | 'check.models'
  | 'check.database'
  | 'check.disk'
  | 'check.clock'
  | 'check.endpoint'
  | 'check.vault'
  | 'identityOk'
  | 'identityMissing'
  | 'readerFound'
  | 'readerNone'
  | 'cameraByUi'
  | 'modelsOk'
  | 'modelsBad'
  | 'databaseOk'
  | 'databaseMissing'
  | 'databaseBad'
  | 'diskOk'
  | 'diskLow'
  | 'diskFloor'
  | 'clockOk'
  | 'clockSkewed'
  | 'clockUnknown'
  | 'endpointTls'
  | 'endpointPlain'
  | 'endpointUnreachable'
  | 'endpointNotConfigured'
  | 'vaultKeyring'
  | 'vaultTpm'
  | 'vaultHostKey'
  | 'vaultFile'
  | 'vaultBasicText'
  | 'checkCrashed'
  | 'provisioned'
  | 'selftestPassed'
  | 'selftestFailed'
  | 'exportNoStore';

/** Texts of provisioning, the self-test and the statistics export. */
export const DEVICE_TEXTS: Catalog<DeviceTextKey> = {
  'check.identity': { 'zh-CN': '设备身份', en: 'Device identity' },
  'check.reader': { 'zh-CN': '读卡器与 SAM', en: 'Reader and SAM' },
  'check.camera': { 'zh-CN': '摄像头', en: 'Cameras' },
  'check.models': { 'zh-CN': '人脸模型', en: 'Face models' },
  'check.database': { 'zh-CN': '数据库', en: 'Database' },
  'check.disk': { 'zh-CN': '磁盘空间', en: 'Disk space' },
  'check.clock': { 'zh-CN': '时钟', en: 'Clock' },
  'check.endpoint': { 'zh-CN': '上传平台', en: 'Upload endpoint' },
  'check.vault': { 'zh-CN': '密钥保管', en: 'Key vault' },
  identityOk: {
    'zh-CN': '设备 {deviceId}，采集点 {pointCode}，密钥 {keyId}',
    en: 'Device {deviceId}, point {pointCode}, key {keyId}',
  },
  identityMissing: {
    'zh-CN': '设备未完成配置（缺少 {missing}）。请运行 “kiosk provision”。',
    en: 'The device is not provisioned (missing {missing}). Run "kiosk provision".',
  },
  readerFound: {
    'zh-CN': '读卡器 {where}，SAM 编号 {samId}',
    en: 'Reader {where}, SAM ID {samId}',
  },
  readerNone: {
    'zh-CN': '未找到读卡器。请检查 USB 连接和电源，然后运行 “kiosk list-readers”。',
    en: 'No reader answered. Check its USB cable and power, then run "kiosk list-readers".',
  },
  cameraByUi: {
    'zh-CN': '摄像头只能由界面检测：请在技术人员设置页面查看实时画面。',
    en: 'Cameras can only be checked by the UI: look at the live preview in the technician setup.',
  },
  modelsOk: {
    'zh-CN': '{count} 个模型校验通过，加载用时 {loadMs} 毫秒',
    en: '{count} models verified, loaded in {loadMs} ms',
  },
  modelsBad: {
    'zh-CN': '模型文件 {file} 有问题（{problem}）。请运行 “npm run models” 重新获取。',
    en: 'Model file {file} is unusable ({problem}). Run "npm run models" to fetch it again.',
  },
  databaseOk: {
    'zh-CN': '数据库完整（{records} 条记录）',
    en: 'Database intact ({records} records)',
  },
  databaseMissing: {
    'zh-CN': '数据库尚未创建，首次采集时会自动创建。',
    en: 'The database does not exist yet; the first capture creates it.',
  },
  databaseBad: {
    'zh-CN': '数据库损坏：{detail}。请停止使用本机并联系技术支持，切勿删除文件。',
    en: 'The database is damaged: {detail}. Stop using this kiosk and call support; do not delete the file.',
  },
  diskOk: { 'zh-CN': '剩余 {freeMb} MB', en: '{freeMb} MB free' },
  diskLow: {
    'zh-CN': '剩余空间不多（{freeMb} MB）。请确认记录已上传，并清理日志。',
    en: 'Disk space is low ({freeMb} MB free). Check that records upload and clear old logs.',
  },
  diskFloor: {
    'zh-CN': '空间不足（{freeMb} MB），无法开始新的采集。请按运维手册“磁盘已满”一节处理。',
    en: 'Not enough space ({freeMb} MB free): no new capture can start. Follow "Disk full" in the operations guide.',
  },
  clockOk: { 'zh-CN': '与平台相差 {skewS} 秒', en: 'Within {skewS} s of the endpoint' },
  clockSkewed: {
    'zh-CN': '本机时间与平台相差 {skewS} 秒。请开启网络校时（NTP）并检查时区。',
    en: 'The clock is {skewS} s off the endpoint. Enable network time (NTP) and check the time zone.',
  },
  clockUnknown: {
    'zh-CN': '无法从平台获取时间，未能检查时钟。',
    en: 'The endpoint gave no time, so the clock could not be checked.',
  },
  endpointTls: {
    'zh-CN': '{host} 可访问（HTTPS，证书有效，HTTP {status}）',
    en: '{host} reachable over HTTPS with a valid certificate (HTTP {status})',
  },
  endpointPlain: {
    'zh-CN': '{host} 可访问，但未加密（HTTP {status}）。生产环境请使用 HTTPS。',
    en: '{host} reachable but not encrypted (HTTP {status}). Use HTTPS in production.',
  },
  endpointUnreachable: {
    'zh-CN': '无法连接 {host}（{code}）。请检查网络、代理和证书。',
    en: 'Cannot reach {host} ({code}). Check the network, proxy and certificate.',
  },
  endpointNotConfigured: {
    'zh-CN': '未配置上传地址。请运行 “kiosk provision --endpoint URL”。',
    en: 'No upload endpoint is configured. Run "kiosk provision --endpoint URL".',
  },
  vaultKeyring: {
    'zh-CN': '系统密钥环保护（{backend}）',
    en: 'Protected by the OS keyring ({backend})',
  },
  vaultTpm: {
    'zh-CN': 'systemd-creds 保护，绑定 TPM2',
    en: 'Protected by systemd-creds bound to the TPM2',
  },
  vaultHostKey: {
    'zh-CN': 'systemd-creds 保护，但本机无 TPM2：取走整块硬盘即可解密。如有条件请启用 TPM2。',
    en: 'Protected by systemd-creds without a TPM2: whoever takes the whole disk can decrypt. Enable the TPM2 if the board has one.',
  },
  vaultFile: {
    'zh-CN': '密钥仅靠文件权限保护（较弱）。Electron 版会改用系统密钥环或 systemd-creds。',
    en: 'Keys are protected by file permissions only (weak). The Electron kiosk uses the OS keyring or systemd-creds instead.',
  },
  vaultBasicText: {
    'zh-CN':
      '没有系统密钥环，密钥用固定密钥加密，等于未保护。请安装 systemd-creds 或密钥环后重新配置。',
    en: 'No OS keyring: keys are encrypted with a hard-coded key, i.e. not protected. Install systemd-creds or a keyring and provision again.',
  },
  checkCrashed: { 'zh-CN': '检查出错：{code}', en: 'The check itself failed: {code}' },
  provisioned: {
    'zh-CN': '配置完成。请将下面的密钥编号和公钥提交给平台登记。',
    en: 'Provisioned. Register the key id and public key below with the platform.',
  },
  selftestPassed: { 'zh-CN': '自检通过', en: 'Self-test passed' },
  selftestFailed: {
    'zh-CN': '自检未通过：请按上表处理标为 FAIL 的项目。',
    en: 'Self-test failed: fix the items marked FAIL above.',
  },
  exportNoStore: {
    'zh-CN': '在 {file} 没有找到记录库：尚未采集，或 --db/--config 指错了。',
    en: 'No record store at {file}: nothing was captured yet, or --db/--config points elsewhere.',
  },
};
