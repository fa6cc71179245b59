/** Texts of the capture flow, the KioskApi transport and the configuration, in zh-CN and en. */
import type { GuidanceKey, NextStepKey, ReasonKey } from '../kiosk-api/capture-keys';
import { CARD_POLICY_REASON_TEXT } from './catalog-card-policy';
import type { Catalog } from './locale';

/** One instruction at a time to the person in front of the camera (also spoken). */
export const GUIDANCE_TEXT: Catalog<GuidanceKey> = {
  'look-at-camera': { 'zh-CN': '请正对摄像头', en: 'Please look at the camera.' },
  'come-closer': { 'zh-CN': '请靠近一点', en: 'Please come a little closer.' },
  'move-back': { 'zh-CN': '请稍微后退', en: 'Please step back a little.' },
  'center-face': { 'zh-CN': '请把脸放在框内', en: 'Please put your face inside the frame.' },
  'hold-still': { 'zh-CN': '请保持不动', en: 'Please hold still.' },
  'more-light': { 'zh-CN': '光线太暗，请面向亮处', en: 'It is too dark. Please face the light.' },
  'one-person-only': {
    'zh-CN': '请一个人站在摄像头前',
    en: 'Only one person in front of the camera, please.',
  },
  'remove-face-covering': {
    'zh-CN': '请摘下口罩、帽子或墨镜',
    en: 'Please take off your mask, hat or sunglasses.',
  },
  blink: { 'zh-CN': '请眨眨眼', en: 'Please blink.' },
  'turn-head-left': { 'zh-CN': '请慢慢向左转头', en: 'Please turn your head slowly to the left.' },
  'turn-head-right': {
    'zh-CN': '请慢慢向右转头',
    en: 'Please turn your head slowly to the right.',
  },
};

/** Why a session or attempt ended: what happened, for the worker and the operator. */
export const REASON_TEXT: Catalog<ReasonKey> = {
  matched: { 'zh-CN': '人证核验通过', en: 'Your face matches your ID card.' },
  'operator-verified': {
    'zh-CN': '工作人员已当面核验',
    en: 'A member of staff has checked your identity in person.',
  },
  'operator-rejected': {
    'zh-CN': '工作人员核验未通过',
    en: 'The member of staff could not confirm your identity.',
  },
  'no-match': {
    'zh-CN': '人脸与证件照片不一致',
    en: 'Your face did not match the photo on the card.',
  },
  'spoof-suspected': {
    'zh-CN': '未检测到真人，请本人正对摄像头',
    en: 'No live person was detected. Please face the camera yourself.',
  },
  'no-face': { 'zh-CN': '没有看到人脸', en: 'No face was seen by the camera.' },
  'face-timeout': { 'zh-CN': '拍照超时', en: 'The photo took too long.' },
  'engine-failed': {
    'zh-CN': '人脸识别暂时不可用',
    en: 'Face checking is not available at the moment.',
  },
  'attempts-exhausted': {
    'zh-CN': '多次核验未通过',
    en: 'The check did not pass after several tries.',
  },
  'record-not-saved': { 'zh-CN': '信息未能保存', en: 'Your information could not be saved.' },
  'consent-declined': {
    'zh-CN': '您未同意采集，本次已结束',
    en: 'You did not agree, so nothing was collected.',
  },
  'consent-timeout': {
    'zh-CN': '长时间未操作，本次已结束',
    en: 'No answer was given, so the session ended.',
  },
  'card-timeout': {
    'zh-CN': '未读到身份证，本次已结束',
    en: 'No ID card was read, so the session ended.',
  },
  'card-removed': {
    'zh-CN': '身份证已拿走，本次已结束，信息已清除',
    en: 'The card was taken away; the session ended and was cleared.',
  },
  'card-changed': {
    'zh-CN': '换了一张证件，请重新开始',
    en: 'A different card was placed; starting again.',
  },
  'matching-timeout': { 'zh-CN': '核验超时', en: 'The check took too long.' },
  'review-timeout': { 'zh-CN': '等待工作人员超时', en: 'No member of staff came in time.' },
  cancelled: { 'zh-CN': '本次已取消，信息已清除', en: 'The session was cancelled and cleared.' },
  'locked-out': {
    'zh-CN': '设备暂停使用，请联系工作人员',
    en: 'The kiosk is paused. Please ask a member of staff.',
  },
  ...CARD_POLICY_REASON_TEXT,
};

/** What to do next, in the worker's words. */
export const NEXT_STEP_TEXT: Catalog<NextStepKey> = {
  'take-card': { 'zh-CN': '请取回您的身份证', en: 'Please take your ID card.' },
  'visit-personal-service': {
    'zh-CN': '扫描二维码登录个人服务平台',
    en: 'Scan the QR code to open the personal service site.',
  },
  'set-initial-password': {
    'zh-CN': '按提示设置初始密码',
    en: 'Set your first password as described.',
  },
  'try-again': {
    'zh-CN': '请重新放置身份证再试一次',
    en: 'Place your ID card again to try once more.',
  },
  'call-operator': { 'zh-CN': '请找工作人员帮助', en: 'Please ask a member of staff for help.' },
  'wait-for-unlock': {
    'zh-CN': '请稍后再试或找工作人员',
    en: 'Please try later or ask a member of staff.',
  },
};

/** Problems of the KioskApi itself, as the screens and the host report them. */
export const API_MESSAGES: Catalog<
  | 'unknownCommand'
  | 'unauthorized'
  | 'invalidRequest'
  | 'internal'
  | 'busy'
  | 'notNow'
  | 'operatorNotAllowed'
  | 'consentVersion'
  | 'operatorRequired'
  | 'disconnected'
> = {
  unknownCommand: {
    'zh-CN': '程序版本不一致，请重启设备',
    en: 'Screen and device versions differ. Restart the kiosk.',
  },
  unauthorized: {
    'zh-CN': '此操作需要相应权限的工作人员登录，请先登录后重试',
    en: 'This needs a staff login with the right role. Log in and try again.',
  },
  invalidRequest: {
    'zh-CN': '请求内容无效，请重试',
    en: 'The request was not valid. Please try again.',
  },
  internal: {
    'zh-CN': '设备内部错误，已记录，请重试或联系技术人员',
    en: 'Internal error (logged). Try again or call the technician.',
  },
  busy: { 'zh-CN': '设备忙，请稍候', en: 'The kiosk is busy. Please wait a moment.' },
  notNow: { 'zh-CN': '当前步骤不能执行此操作', en: 'That cannot be done at this step.' },
  operatorNotAllowed: {
    'zh-CN': '本机不允许此身份进行人工核验',
    en: 'This role may not verify identities in person on this kiosk.',
  },
  operatorRequired: {
    'zh-CN': '请先在管理界面输入工作人员密码登录',
    en: 'Log in at the operator console with your PIN first.',
  },
  disconnected: {
    'zh-CN': '与设备的连接已断开，正在重新连接',
    en: 'The connection to the kiosk was lost; reconnecting.',
  },
  consentVersion: {
    'zh-CN': '告知书版本已更新，请重新阅读',
    en: 'The consent text has changed. Please read it again.',
  },
};

/** Problems with the configuration, for the technician. */
export const CONFIG_MESSAGES: Catalog<
  'unreadable' | 'notJson' | 'invalid' | 'missingVersion' | 'tooNew' | 'noUpgrade'
> = {
  unreadable: {
    'zh-CN': '无法读取配置文件 {source}：{detail}。请检查文件是否存在及权限。',
    en: 'Cannot read the configuration file {source}: {detail}. Check that it exists and may be read.',
  },
  notJson: {
    'zh-CN': '配置文件 {source} 不是有效的 JSON 对象，请修正格式。',
    en: 'The configuration file {source} is not a valid JSON object. Fix its syntax.',
  },
  invalid: {
    'zh-CN': '配置项 {field}（来自 {source}）无效，允许的值：{allowed}。请在设置中修改。',
    en: 'The setting {field} (from {source}) is not valid; allowed: {allowed}. Change it in setup.',
  },
  missingVersion: {
    'zh-CN': '配置文件 {source} 缺少 version 字段，请加入 "version": 1。',
    en: 'The configuration file {source} has no version field. Add "version": 1.',
  },
  tooNew: {
    'zh-CN': '配置文件 {source} 是新版本（{version}）写的，请升级本软件。',
    en: 'The configuration file {source} was written by a newer version ({version}). Update this software.',
  },
  noUpgrade: {
    'zh-CN': '配置文件 {source} 的版本 {version} 无法升级，请联系技术支持。',
    en: 'The configuration file {source} of version {version} cannot be upgraded. Contact support.',
  },
};
