import type { Catalog } from './locale';

/** One instruction to the worker in front of the camera, from the face quality gates. */
export type FaceGuidanceKey =
  | 'onlyOnePerson'
  | 'moveIntoOval'
  | 'comeCloser'
  | 'stepBack'
  | 'faceCamera'
  | 'openEyes'
  | 'moreLight'
  | 'holdStill';

/** An active liveness challenge asked of the worker. */
type FaceChallengeKey = 'challengeBlink' | 'challengeTurn';

/** Failures of the face engine, read by operators and technicians. */
type FaceEngineMessageKey =
  | 'modelMissing'
  | 'modelAltered'
  | 'manifestInvalid'
  | 'modelLoadFailed'
  | 'engineCrashed'
  | 'engineTimeout'
  | 'engineStopped'
  | 'frameInvalid';

/** Every key of the face engine's catalog. */
export type FaceMessageKey = FaceGuidanceKey | FaceChallengeKey | FaceEngineMessageKey;

/** What the face engine says: worker guidance first, then technician-facing failures. */
export const FACE_MESSAGES: Catalog<FaceMessageKey> = {
  onlyOnePerson: {
    'zh-CN': '请只留一人在镜头前，其他人请稍候。',
    en: 'Only one person in front of the camera, please. Others, please wait.',
  },
  moveIntoOval: {
    'zh-CN': '请把脸移到屏幕上的椭圆框内。',
    en: 'Move your face into the oval on the screen.',
  },
  comeCloser: { 'zh-CN': '请再靠近一点。', en: 'Please come a little closer.' },
  stepBack: { 'zh-CN': '请稍微后退一点。', en: 'Please step back a little.' },
  faceCamera: { 'zh-CN': '请正对摄像头。', en: 'Please look straight at the camera.' },
  openEyes: { 'zh-CN': '请睁开眼睛。', en: 'Please open your eyes.' },
  moreLight: {
    'zh-CN': '光线太暗，请面向光源或请工作人员开灯。',
    en: 'It is too dark. Face the light or ask the staff to turn on a light.',
  },
  holdStill: { 'zh-CN': '请保持不动。', en: 'Please hold still.' },
  challengeBlink: { 'zh-CN': '请眨一下眼睛。', en: 'Please blink once.' },
  challengeTurn: {
    'zh-CN': '请慢慢向左或向右转头，再转回来。',
    en: 'Slowly turn your head to one side, then back.',
  },
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
  engineStopped: {
    'zh-CN': '人脸引擎已关闭。请重新启动程序。',
    en: 'The face engine has been shut down. Restart the application.',
  },
};
