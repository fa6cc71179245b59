/** Texts of the card policy: why a card is refused and what to do, and the operator's card review. */
import type { CardRefusalReason } from '../kiosk-api/card-checks';
import type { Catalog } from './locale';

/** One reason per refused card, with what the worker should do about it (shown and spoken). */
export const CARD_POLICY_REASON_TEXT: Catalog<CardRefusalReason | 'card-needs-review'> = {
  'card-expired': {
    'zh-CN': '此证件已过有效期，请到派出所换领新证后再来。',
    en: 'This card has expired. Please renew it at the police station, then come back.',
  },
  'card-not-yet-valid': {
    'zh-CN': '此证件尚未到有效期开始日期，请在生效后再来，或使用旧证件。',
    en: 'This card is not valid yet. Please come back once it is, or use your previous card.',
  },
  'card-number-invalid': {
    'zh-CN': '此证件号码校验不通过，请到派出所核查证件。',
    en: 'The number on this card does not check out. Please have the card checked at the police station.',
  },
  'card-data-inconsistent': {
    'zh-CN': '此证件上的信息前后不一致，请到派出所核查证件。',
    en: 'The details on this card do not agree with each other. Please have the card checked at the police station.',
  },
  'card-photo-unreadable': {
    'zh-CN': '证件照片无法读取，请找工作人员。',
    en: 'The photo on the card could not be read. Please ask a member of staff.',
  },
  'card-type-not-accepted': {
    'zh-CN': '本机不受理此类证件，请向工作人员咨询办理方式。',
    en: 'This kind of card is not accepted here. Please ask a member of staff how to register.',
  },
  'card-rejected-by-operator': {
    'zh-CN': '工作人员核对后未受理此证件，请听从工作人员的指引。',
    en: 'A member of staff checked this card and could not accept it. Please follow their advice.',
  },
  'card-needs-review': {
    'zh-CN': '请稍候，工作人员正在核对您的证件。',
    en: 'Please wait: a member of staff is checking your card.',
  },
};

/** The operator console's card review. */
export const CARD_REVIEW_TEXT: Catalog<
  'title' | 'hint' | 'accept' | 'refuse' | 'refusedTitle' | 'photoUnreadable' | 'typeNotAccepted'
> = {
  title: { 'zh-CN': '证件核对', en: 'Card check' },
  hint: {
    'zh-CN': '读卡时发现以下问题。请核对实物证件：可以受理时点“受理”，核验继续；否则点“不受理”。',
    en: 'The reader found the problems below. Check the card itself: choose Accept to go on with the capture, or Refuse.',
  },
  accept: { 'zh-CN': '受理', en: 'Accept' },
  refuse: { 'zh-CN': '不受理', en: 'Refuse' },
  refusedTitle: { 'zh-CN': '此证件不能办理', en: 'This card cannot be used' },
  photoUnreadable: {
    'zh-CN': '证件照片缺失或无法解码：无法进行人脸比对',
    en: 'The card photo is missing or cannot be decoded: the face cannot be compared with it',
  },
  typeNotAccepted: {
    'zh-CN': '本机配置不受理此类证件（{type}）',
    en: 'This deployment does not accept this kind of card ({type})',
  },
};
