/** Operator console and technician setup text, in zh-CN and en. */
import type { Catalog } from './locale';

/** Keys of the operator console's text. */
export type ConsoleTextKey =
  | 'title'
  | 'pinPrompt'
  | 'accountLabel'
  | 'pinEnter'
  | 'pinClear'
  | 'close'
  | 'logout'
  | 'health'
  | 'reader'
  | 'samId'
  | 'camera'
  | 'models'
  | 'disk'
  | 'clock'
  | 'network'
  | 'settings'
  | 'ok'
  | 'fault'
  | 'queue'
  | 'pending'
  | 'acked'
  | 'quarantined'
  | 'oldestAge'
  | 'today'
  | 'captures'
  | 'passRate'
  | 'failuresByReason'
  | 'none'
  | 'review'
  | 'reviewHint'
  | 'showPhoto'
  | 'verified'
  | 'rejected'
  | 'lock'
  | 'unlock'
  | 'setup';

/** Text of the operator console. */
export const CONSOLE_TEXT: Catalog<ConsoleTextKey> = {
  title: { 'zh-CN': '管理界面', en: 'Operator console' },
  pinPrompt: { 'zh-CN': '请输入工作人员账号和 PIN 码', en: 'Enter your staff account and PIN' },
  accountLabel: { 'zh-CN': '账号', en: 'Account' },
  pinEnter: { 'zh-CN': '确定', en: 'Enter' },
  pinClear: { 'zh-CN': '清除', en: 'Clear' },
  close: { 'zh-CN': '返回', en: 'Back' },
  logout: { 'zh-CN': '退出登录', en: 'Log out' },
  health: { 'zh-CN': '设备状态', en: 'Device health' },
  reader: { 'zh-CN': '读卡器', en: 'Card reader' },
  samId: { 'zh-CN': 'SAM 编号', en: 'SAM ID' },
  camera: { 'zh-CN': '摄像头', en: 'Camera' },
  models: { 'zh-CN': '人脸模型', en: 'Face models' },
  disk: { 'zh-CN': '存储空间', en: 'Storage' },
  clock: { 'zh-CN': '时钟', en: 'Clock' },
  network: { 'zh-CN': '网络上传', en: 'Network upload' },
  settings: { 'zh-CN': '设置', en: 'Settings' },
  ok: { 'zh-CN': '正常', en: 'OK' },
  fault: { 'zh-CN': '故障', en: 'Fault' },
  queue: { 'zh-CN': '上传队列', en: 'Upload queue' },
  pending: { 'zh-CN': '待上传', en: 'Pending' },
  acked: { 'zh-CN': '已确认', en: 'Acknowledged' },
  quarantined: { 'zh-CN': '被拒收', en: 'Quarantined' },
  oldestAge: { 'zh-CN': '最早待传', en: 'Oldest waiting' },
  today: { 'zh-CN': '今日统计', en: 'Today' },
  captures: { 'zh-CN': '采集次数', en: 'Captures' },
  passRate: { 'zh-CN': '通过率', en: 'Pass rate' },
  failuresByReason: { 'zh-CN': '未通过原因', en: 'Failures by reason' },
  none: { 'zh-CN': '无', en: 'None' },
  review: { 'zh-CN': '人工核验', en: 'In-person verification' },
  reviewHint: {
    'zh-CN': '请当面核对本人与证件后选择结果',
    en: 'Check the person against the card in person, then choose.',
  },
  showPhoto: { 'zh-CN': '显示证件照片', en: 'Show card photo' },
  verified: { 'zh-CN': '核验一致', en: 'Same person' },
  rejected: { 'zh-CN': '核验不一致', en: 'Not the same person' },
  lock: { 'zh-CN': '暂停设备', en: 'Lock kiosk' },
  unlock: { 'zh-CN': '恢复使用', en: 'Unlock kiosk' },
  setup: { 'zh-CN': '设备设置', en: 'Device setup' },
};

/** Keys of the technician setup wizard's text. */
export type SetupTextKey =
  | 'title'
  | 'identity'
  | 'deviceId'
  | 'pointCode'
  | 'endpoint'
  | 'key'
  | 'generateKey'
  | 'fingerprint'
  | 'reader'
  | 'detectReaders'
  | 'noReaders'
  | 'camera'
  | 'operatingPoint'
  | 'operators'
  | 'operatorsHint'
  | 'operatorName'
  | 'operatorPin'
  | 'addOperator'
  | 'selfTest'
  | 'runSelfTest'
  | 'save'
  | 'saved'
  | 'savedRestartNeeded'
  | 'next'
  | 'back'
  | 'invalid';

/** Text of the technician's first-run wizard. */
export const SETUP_TEXT: Catalog<SetupTextKey> = {
  title: { 'zh-CN': '设备设置向导', en: 'Device setup' },
  identity: { 'zh-CN': '设备身份', en: 'Identity' },
  deviceId: { 'zh-CN': '设备编号', en: 'Device id' },
  pointCode: { 'zh-CN': '采集点代码', en: 'Point code' },
  endpoint: { 'zh-CN': '平台上传地址', en: 'Upload endpoint' },
  key: { 'zh-CN': '签名密钥', en: 'Signing key' },
  generateKey: {
    'zh-CN': '显示设备密钥（首次使用时生成）',
    en: 'Show the device key (made on first use)',
  },
  fingerprint: {
    'zh-CN': '公钥指纹（请在平台登记）',
    en: 'Public key fingerprint (register it at the platform)',
  },
  reader: { 'zh-CN': '读卡器', en: 'Card reader' },
  detectReaders: { 'zh-CN': '检测读卡器', en: 'Detect readers' },
  noReaders: {
    'zh-CN': '未找到读卡器，请检查连线后重试',
    en: 'No reader found. Check the cable and retry.',
  },
  camera: { 'zh-CN': '摄像头', en: 'Camera' },
  operatingPoint: { 'zh-CN': '比对阈值（误识率）', en: 'Operating point (false accept rate)' },
  operators: { 'zh-CN': '操作员账号', en: 'Operator accounts' },
  operatorsHint: {
    'zh-CN': '为本点操作员各建一个账号。PIN 码 6 到 12 位数字，不能是重复或连续的数字。',
    en: 'Add an account for each operator of this point. PINs are 6 to 12 digits, not repeated or sequential.',
  },
  operatorName: { 'zh-CN': '账号名', en: 'Account name' },
  operatorPin: { 'zh-CN': 'PIN 码', en: 'PIN' },
  addOperator: { 'zh-CN': '添加操作员', en: 'Add operator' },
  selfTest: { 'zh-CN': '自检', en: 'Self-test' },
  runSelfTest: { 'zh-CN': '开始自检', en: 'Run the self-test' },
  save: { 'zh-CN': '保存', en: 'Save' },
  saved: { 'zh-CN': '已保存', en: 'Saved' },
  savedRestartNeeded: {
    'zh-CN': '已保存。本机重启后生效，请在方便时重启。',
    en: 'Saved. It takes effect when the kiosk restarts: restart it when convenient.',
  },
  next: { 'zh-CN': '下一步', en: 'Next' },
  back: { 'zh-CN': '上一步', en: 'Back' },
  invalid: {
    'zh-CN': '格式不正确，请按提示修改',
    en: 'This is not in the expected form; please correct it.',
  },
};
