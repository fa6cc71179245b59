/** Worker screen text (shown and spoken); guidance, reasons and next steps live in catalog-capture. */
import type { Catalog } from './locale';

/** Keys of the worker screens' own text. */
export type WorkerTextKey =
  | 'appTitle'
  | 'attractTitle'
  | 'attractHint'
  | 'attractTouch'
  | 'consentTitle'
  | 'consentCollected'
  | 'consentPurpose'
  | 'consentTransmitCardPhoto'
  | 'consentTransmitLivePhoto'
  | 'consentTransmitNeither'
  | 'consentRetention'
  | 'consentVersion'
  | 'consentAgree'
  | 'consentDecline'
  | 'cardTitle'
  | 'cardHint'
  | 'confirmedTitle'
  | 'confirmedName'
  | 'confirmedId'
  | 'confirmedNext'
  | 'faceTitle'
  | 'faceAttempt'
  | 'matchingTitle'
  | 'passTitle'
  | 'passAddress'
  | 'passPassword'
  | 'passMiniProgram'
  | 'passEmployer'
  | 'failTitle'
  | 'retryTitle'
  | 'reviewTitle'
  | 'doneTitle'
  | 'lockedTitle'
  | 'readerError'
  | 'cameraError'
  | 'storeError'
  | 'networkNotice'
  | 'connecting'
  | 'cancel'
  | 'backInSeconds'
  | 'switchLanguage'
  | 'staff';

/** Text of the worker screens; zh-CN is the default language. */
export const WORKER_TEXT: Catalog<WorkerTextKey> = {
  appTitle: { 'zh-CN': '实名制信息采集', en: 'Real-name registration' },
  attractTitle: { 'zh-CN': '请将身份证放在读卡区', en: 'Place your ID card on the reader' },
  attractHint: {
    'zh-CN': '放好后请看屏幕和摄像头，无需输入任何内容',
    en: 'Then look at the screen and the camera. You do not need to type anything.',
  },
  attractTouch: { 'zh-CN': '轻触开始', en: 'Touch to start' },
  consentTitle: { 'zh-CN': '个人信息采集告知', en: 'About the information we collect' },
  consentCollected: {
    'zh-CN': '采集内容：身份证信息（姓名、证件号码、证件照片）和现场人脸照片。',
    en: 'We collect: your ID card details (name, ID number, card photo) and a photo of your face.',
  },
  consentPurpose: {
    'zh-CN': '用途：核实是您本人，完成实名制登记。人脸比对在本机完成。',
    en: 'Why: to check that you are the card holder and register you. The face check runs on this device.',
  },
  consentTransmitCardPhoto: {
    'zh-CN': '上传内容：证件信息和证件照片，加密发送至省级平台；现场照片不上传。',
    en: 'Sent: the card details and card photo, encrypted, to the provincial platform; not your live photo.',
  },
  consentTransmitLivePhoto: {
    'zh-CN': '上传内容：证件信息和现场照片，加密发送至省级平台。',
    en: 'Sent: the card details and your live photo, encrypted, to the provincial platform.',
  },
  consentTransmitNeither: {
    'zh-CN': '上传内容：仅证件文字信息，加密发送至省级平台；不上传任何照片。',
    en: 'Sent: only the card text, encrypted, to the provincial platform; no photo is sent.',
  },
  consentRetention: {
    'zh-CN': '保存期限：平台确认收到后，本机数据按规定期限删除；人脸特征不保存。',
    en: 'Kept: on this device only until the platform confirms receipt and the retention period ends; face features are never stored.',
  },
  consentVersion: { 'zh-CN': '告知书版本 {version}', en: 'Notice version {version}' },
  consentAgree: { 'zh-CN': '同意并继续', en: 'I agree' },
  consentDecline: { 'zh-CN': '不同意', en: 'I do not agree' },
  cardTitle: { 'zh-CN': '正在读取身份证', en: 'Reading your ID card' },
  cardHint: {
    'zh-CN': '请将身份证平放在读卡区，不要移动',
    en: 'Keep the card flat on the reader and do not move it.',
  },
  confirmedTitle: { 'zh-CN': '已读取身份证', en: 'ID card read' },
  confirmedName: { 'zh-CN': '姓名', en: 'Name' },
  confirmedId: { 'zh-CN': '证件号码', en: 'ID number' },
  confirmedNext: { 'zh-CN': '接下来请看摄像头', en: 'Next, please look at the camera.' },
  faceTitle: { 'zh-CN': '请看摄像头', en: 'Look at the camera' },
  faceAttempt: { 'zh-CN': '第 {attempt} 次，共 {allowed} 次', en: 'Try {attempt} of {allowed}' },
  matchingTitle: { 'zh-CN': '正在核验，请稍候', en: 'Checking, please wait' },
  passTitle: { 'zh-CN': '核验通过，登记完成', en: 'Check passed: you are registered' },
  passAddress: { 'zh-CN': '个人服务平台：{url}', en: 'Personal service site: {url}' },
  passPassword: { 'zh-CN': '初始密码规则：', en: 'First password rule:' },
  passMiniProgram: { 'zh-CN': '微信扫码进入小程序', en: 'Scan for the mini program' },
  passEmployer: {
    'zh-CN': '之后由用工单位发起劳动关系，您在平台上确认即可。',
    en: 'Then your employer starts the employment relation, and you confirm it on the platform.',
  },
  failTitle: { 'zh-CN': '核验未通过', en: 'The check did not pass' },
  retryTitle: { 'zh-CN': '请再试一次', en: 'Let us try once more' },
  reviewTitle: {
    'zh-CN': '请稍候，工作人员将为您核验',
    en: 'Please wait: a member of staff will check your identity',
  },
  doneTitle: { 'zh-CN': '请取回您的身份证', en: 'Please take your ID card' },
  lockedTitle: { 'zh-CN': '设备暂停使用', en: 'The kiosk is paused' },
  readerError: {
    'zh-CN': '读卡器未连接，暂时无法读卡。请找工作人员检查读卡器连线。',
    en: 'The card reader is not connected. Please ask a member of staff to check its cable.',
  },
  cameraError: {
    'zh-CN': '摄像头无法使用。请找工作人员检查摄像头。',
    en: 'The camera cannot be used. Please ask a member of staff to check it.',
  },
  storeError: {
    'zh-CN': '本机暂时不能保存新的登记记录，暂停采集。请告诉工作人员。',
    en: 'The kiosk cannot keep new records right now, so capture is paused. Please tell a member of staff.',
  },
  networkNotice: {
    'zh-CN': '网络暂时中断：登记可以继续，信息安全保存在本机，恢复后自动上传。',
    en: 'The network is down: you can still register. Records are kept safely here and sent later.',
  },
  connecting: { 'zh-CN': '正在连接设备，请稍候', en: 'Connecting to the kiosk, please wait' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  backInSeconds: { 'zh-CN': '{seconds} 秒后返回首页', en: 'Back to the start in {seconds} s' },
  switchLanguage: { 'zh-CN': 'English', en: '中文' },
  staff: { 'zh-CN': '工作人员', en: 'Staff' },
};
