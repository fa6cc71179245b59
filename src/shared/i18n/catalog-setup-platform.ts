/** Text of the setup wizard's platform and next-steps steps, in zh-CN and en. */
import type { Catalog } from './locale';

/** Keys of the platform and next-steps steps' text. */
export type SetupPlatformTextKey =
  | 'platform'
  | 'adapter'
  | 'adapterReference'
  | 'adapterNationalStandard'
  | 'endpointHint'
  | 'apiKey'
  | 'apiSecret'
  | 'desKey'
  | 'credentialsHint'
  | 'nextSteps'
  | 'serviceUrl'
  | 'serviceQr'
  | 'miniProgramQr'
  | 'ruleZh'
  | 'ruleEn'
  | 'slipHidesRule';

/** Text of the platform and next-steps steps. */
export const SETUP_PLATFORM_TEXT: Catalog<SetupPlatformTextKey> = {
  platform: { 'zh-CN': '上传平台', en: 'Platform' },
  adapter: { 'zh-CN': '平台接口类型', en: 'Platform interface' },
  adapterReference: { 'zh-CN': '参考接收端', en: 'Reference collector' },
  adapterNationalStandard: {
    'zh-CN': '全国建筑工人管理服务信息平台数据标准',
    en: 'National construction-worker data standard',
  },
  endpointHint: {
    'zh-CN': '平台地址在“平台上传地址”一步中设置。',
    en: 'The platform address is set in the "Upload endpoint" step.',
  },
  apiKey: { 'zh-CN': '接入账号（api_key）', en: 'API key (api_key)' },
  apiSecret: { 'zh-CN': '接入密钥（api_secret）', en: 'API secret (api_secret)' },
  desKey: { 'zh-CN': '身份证号加密密钥（可不填）', en: 'ID number DES key (optional)' },
  credentialsHint: {
    'zh-CN': '密钥保存到设备密钥库，保存后不再显示。留空则保留已存的密钥。',
    en: 'Credentials go to the device key vault and are never shown again. Leave empty to keep the stored ones.',
  },
  nextSteps: { 'zh-CN': '办理后续指引', en: 'Next steps for the worker' },
  serviceUrl: { 'zh-CN': '平台网址（显示给工人）', en: 'Platform address (shown to the worker)' },
  serviceQr: { 'zh-CN': '平台二维码内容', en: 'Platform QR code target' },
  miniProgramQr: { 'zh-CN': '小程序二维码内容', en: 'Mini program QR code target' },
  ruleZh: { 'zh-CN': '登录规则（中文）', en: 'Login rule (Chinese)' },
  ruleEn: { 'zh-CN': '登录规则（英文）', en: 'Login rule (English)' },
  slipHidesRule: {
    'zh-CN': '打印的回执上不印登录规则',
    en: 'Leave the login rule off the printed slip',
  },
};
