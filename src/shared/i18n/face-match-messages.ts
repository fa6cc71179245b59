import type { Catalog } from './locale';

/** Keys of the face matcher's messages (read by technicians provisioning a device). */
export type FaceMatchMessageKey =
  | 'calibrationMissing'
  | 'calibrationInvalid'
  | 'operatingPointUnknown'
  | 'calibrationModelMismatch';

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
  calibrationModelMismatch: {
    'zh-CN':
      '人脸比对校准文件 {file} 不是用当前模型生成的：模型 {model} 的 sha256 在校准文件中为 {calibrated}，实际加载的为 {loaded}。请用当前模型运行 npm run eval:faces -- --calibrate {file} 重新校准，或重新安装与校准文件配套的模型。',
    en: 'The face-match calibration file {file} was not made with the loaded models: model {model} has sha256 {calibrated} in the calibration but {loaded} as loaded. Recalibrate with the current models (npm run eval:faces -- --calibrate {file}) or install the models the calibration was made with.',
  },
};
