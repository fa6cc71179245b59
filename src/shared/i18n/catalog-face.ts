import type { Catalog } from './locale';

/** Failures of the face engine, read by operators and technicians. */
type FaceMessageKey =
  | 'modelMissing'
  | 'modelAltered'
  | 'manifestInvalid'
  | 'modelLoadFailed'
  | 'engineCrashed'
  | 'engineTimeout'
  | 'engineStopped'
  | 'frameInvalid'
  | 'frameUndecodable';

/** What the face engine says when it fails (the worker's guidance is GUIDANCE_TEXT's). */
export const FACE_MESSAGES: Catalog<FaceMessageKey> = {
  modelMissing: {
    'zh-CN': '人脸模型文件 {file} 不存在。请在程序目录运行 npm run models 下载并校验模型。',
    en: 'The face model file {file} is missing. Run npm run models in the application folder to fetch and verify the models.',
  },
  modelAltered: {
    'zh-CN': '人脸模型文件 {file} 已被改动（校验值不符）。请运行 npm run models 重新获取模型。',
    en: 'The face model file {file} has been altered (its sha256 does not match). Run npm run models to fetch it again.',
  },
  manifestInvalid: {
    'zh-CN': '模型清单 {file} 无效（{detail}）。请从发行版本恢复该文件，然后运行 npm run models。',
    en: 'The model manifest {file} is not valid ({detail}). Restore it from the release, then run npm run models.',
  },
  modelLoadFailed: {
    'zh-CN':
      '人脸模型 {file} 无法加载（{detail}）。请运行 npm run models；如仍失败请联系技术支持。',
    en: 'The face model {file} could not be loaded ({detail}). Run npm run models; if that does not help, call support.',
  },
  engineCrashed: {
    'zh-CN': '人脸引擎意外退出，正在自动重启。请让采集对象重新看向摄像头。',
    en: 'The face engine stopped unexpectedly and is restarting. Ask the person to look at the camera again.',
  },
  engineTimeout: {
    'zh-CN': '人脸引擎在 {ms} 毫秒内没有响应。请重试；如反复出现请联系技术支持。',
    en: 'The face engine did not answer within {ms} ms. Try again; if it keeps happening, call support.',
  },
  frameInvalid: {
    'zh-CN': '送入人脸引擎的图像无效（{detail}）。这是程序错误，请联系技术支持。',
    en: 'The image sent to the face engine is not valid ({detail}). This is a software fault: call support.',
  },
  frameUndecodable: {
    'zh-CN': '摄像头画面无法解码，已跳过该帧。如反复出现，请检查摄像头。',
    en: 'A camera picture could not be decoded and was skipped. If this keeps happening, check the camera.',
  },
  engineStopped: {
    'zh-CN': '人脸引擎已关闭。请重新启动程序。',
    en: 'The face engine has been shut down. Restart the application.',
  },
};
