import type { Catalog } from './locale';

/** Keys of the face matcher's messages (read by technicians provisioning a device). */
export type FaceMatchMessageKey =
  'calibrationMissing' | 'calibrationInvalid' | 'operatingPointUnknown';

/** What the face matcher tells a technician when its calibration cannot be used. */
export const FACE_MATCH_MESSAGES: Catalog<FaceMatchMessageKey> = {
  calibrationMissing: {
    'zh-CN':
      '人脸比对校准文件 {file} 不存在。请重新安装模型（npm run models）或运行 npm run eval:faces -- --calibrate {file} 生成。',
    en: 'The face-match calibration file {file} is missing. Reinstall the models (npm run models) or create it with npm run eval:faces -- --calibrate {file}.',
  },
  calibrationInvalid: {
    'zh-CN':
      '人脸比对校准文件 {file} 格式无效（{detail}）。请用 npm run eval:faces -- --calibrate {file} 重新生成。',
    en: 'The face-match calibration file {file} is not valid ({detail}). Recreate it with npm run eval:faces -- --calibrate {file}.',
  },
  operatingPointUnknown: {
    'zh-CN':
      '校准文件中没有工作点 {point}（可用：{available}）。请在设备配置中选择一个可用的工作点。',
    en: 'The calibration has no operating point {point} (available: {available}). Choose one of those in the device configuration.',
  },
};
