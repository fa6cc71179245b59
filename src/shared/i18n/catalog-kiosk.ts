import type { Catalog } from './locale';

/** Messages of the composition root: what the kiosk says when a service it built cannot serve. */
export type KioskMessageKey =
  | 'cardPhotoNoFace'
  | 'cardPhotoTooSmall'
  | 'readerHardwareNeeded'
  | 'settingSaved'
  | 'settingNotSaved'
  | 'notProvisioned'
  | 'cardUnrecordable'
  | 'printerAbsent'
  | 'printerOutOfPaper';

/** The kiosk's catalog. */
export const KIOSK_MESSAGES: Catalog<KioskMessageKey> = {
  cardPhotoNoFace: {
    'zh-CN': '证件照片中未检测到人脸，无法进行人脸比对。请联系工作人员人工核验。',
    en: 'No face was found in the card photo, so the face match cannot run. Ask the operator to verify in person.',
  },
  cardPhotoTooSmall: {
    'zh-CN': '证件照片太小，无法进行人脸比对。请联系工作人员人工核验。',
    en: 'The card photo is too small for the face match. Ask the operator to verify in person.',
  },
  readerHardwareNeeded: {
    'zh-CN': '此操作需要连接读卡器硬件，当前不可用。请连接读卡器后重试。',
    en: 'This needs reader hardware that is not available now. Connect the reader and try again.',
  },
  notProvisioned: {
    'zh-CN': '本机尚未完成设备登记（设备编号、采集点代码），记录无法保存。请联系技术人员。',
    en: 'This kiosk has no device id or point code yet, so records cannot be saved. Call a technician.',
  },
  cardUnrecordable: {
    'zh-CN': '证件字段“{field}”无法写入记录。请联系工作人员人工处理。',
    en: 'The card field "{field}" cannot be written to a record. Ask the operator for help.',
  },
  settingSaved: { 'zh-CN': '设置已保存。', en: 'Setting saved.' },
  printerAbsent: {
    'zh-CN':
      '凭条打印机没有响应，凭条未打印；采集照常进行，结果页已显示二维码。请检查打印机电源和连接线。',
    en: 'The slip printer does not answer, so no slip was printed; captures go on and the result screen shows the QR codes. Check the printer power and cable.',
  },
  printerOutOfPaper: {
    'zh-CN': '凭条打印机缺纸，凭条未打印；采集照常进行，结果页已显示二维码。请更换纸卷。',
    en: 'The slip printer is out of paper, so no slip was printed; captures go on and the result screen shows the QR codes. Replace the paper roll.',
  },
  settingNotSaved: {
    'zh-CN': '设置未能保存到配置文件：{detail}。请检查配置文件后重试。',
    en: 'The setting could not be saved to the configuration file: {detail}. Check the file and try again.',
  },
};
