/** Typed failures of the face engine: callers branch on the class and its `problem` / `code`. */
import { FACE_MESSAGES } from '../../shared/i18n/catalog-face';
import { localize } from '../../shared/i18n/locale';
import { KioskError } from '../kiosk-error';

/** What is wrong with a model file or the manifest. */
export type ModelProblem = 'missing' | 'altered' | 'manifest-invalid' | 'load-failed';

const MODEL_TEXT = {
  missing: FACE_MESSAGES.modelMissing,
  altered: FACE_MESSAGES.modelAltered,
  'manifest-invalid': FACE_MESSAGES.manifestInvalid,
  'load-failed': FACE_MESSAGES.modelLoadFailed,
} as const;

/** A model or the manifest cannot be used: the engine does not start. Names the file. */
export class FaceModelError extends KioskError {
  constructor(
    readonly problem: ModelProblem,
    readonly file: string,
    readonly detail = '',
    options?: { cause?: unknown },
  ) {
    super(`face.model.${problem}`, localize(MODEL_TEXT[problem], { file, detail }), false, options);
  }
}

/** The engine process died while this request was pending; it is restarted for the next call. */
export class FaceEngineCrashedError extends KioskError {
  constructor(
    readonly exitCode: number | null,
    readonly signal: string | null,
  ) {
    super('face.engine.crashed', FACE_MESSAGES.engineCrashed, true);
  }
}

/** The engine did not answer in time; the process is restarted so a hung model cannot stall the kiosk. */
export class FaceEngineTimeoutError extends KioskError {
  constructor(readonly timeoutMs: number) {
    super('face.engine.timeout', localize(FACE_MESSAGES.engineTimeout, { ms: timeoutMs }), true);
  }
}

/** A call after `stop()`. */
export class FaceEngineStoppedError extends KioskError {
  constructor() {
    super('face.engine.stopped', FACE_MESSAGES.engineStopped, false);
  }
}

/** An image handed to the engine does not match its declared size: a caller bug, refused before sending. */
export class FaceFrameInvalidError extends KioskError {
  constructor(readonly detail: string) {
    super('face.frame.invalid', localize(FACE_MESSAGES.frameInvalid, { detail }), false);
  }
}

/** A camera frame's compressed bytes do not decode: that frame is skipped, the attempt goes on. */
export class FaceFrameUndecodableError extends KioskError {
  constructor() {
    super('face.frame.undecodable', FACE_MESSAGES.frameUndecodable, true);
  }
}

/** Whether an engine failure concerns only the frame it was given (the next frame may well do). */
export function isUnusableFrame(error: unknown): boolean {
  return error instanceof KioskError && error.code === 'face.frame.undecodable';
}
