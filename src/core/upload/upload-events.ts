// What the uploader tells the operator console. Each event carries its text in both languages;
// none carries personal data (record ids and key ids are not personal).
import { UPLOAD_TEXT } from '../../shared/i18n/catalog-upload';
import { localize, type LocalizedText } from '../../shared/i18n/locale';
import type { Rejection } from './platform-adapter';

/** An event for the operator console. */
export type UploadEvent =
  | { readonly type: 'queue-drained'; readonly sentCount: number; readonly text: LocalizedText }
  /** Sends that failed for a reason outside the records (platform down or busy): they wait for a later attempt. */
  | { readonly type: 'sends-deferred'; readonly count: number; readonly text: LocalizedText }
  | { readonly type: 'device-not-registered'; readonly keyId: string; readonly text: LocalizedText }
  | { readonly type: 'clock-skew'; readonly skewMs: number; readonly text: LocalizedText }
  | {
      readonly type: 'record-quarantined';
      readonly recordId: string;
      readonly rejection: Rejection;
      readonly text: LocalizedText;
    };

/** The operator's explanation of a permanent rejection. */
function rejectionText(rejection: Rejection): LocalizedText {
  if (rejection.status === 409) return UPLOAD_TEXT['upload.quarantined-conflict'];
  if (rejection.code !== undefined)
    return localize(UPLOAD_TEXT['upload.quarantined-code'], {
      code: rejection.code,
      title: rejection.title ?? '-',
    });
  return localize(UPLOAD_TEXT['upload.quarantined-rejected'], {
    status: rejection.status,
    title: rejection.title ?? rejection.problemType ?? '-',
  });
}

/** The reason stored with a quarantined record: both languages, so any console can show it. */
export function quarantineReason(rejection: Rejection): string {
  const text = rejectionText(rejection);
  return `${text['zh-CN']} | ${text.en}`;
}

/** Builds the event for a record the platform refused for good. */
export function quarantinedEvent(recordId: string, rejection: Rejection): UploadEvent {
  return { type: 'record-quarantined', recordId, rejection, text: rejectionText(rejection) };
}

/** Builds the event for a platform that does not know the device key. */
export function notRegisteredEvent(keyId: string): UploadEvent {
  return {
    type: 'device-not-registered',
    keyId,
    text: localize(UPLOAD_TEXT['upload.device-not-registered'], { keyId }),
  };
}

/** Builds the event for a clock that differs from the platform's beyond the threshold. */
export function clockSkewEvent(skewMs: number): UploadEvent {
  return {
    type: 'clock-skew',
    skewMs,
    text: localize(UPLOAD_TEXT['upload.clock-skew'], { seconds: Math.round(skewMs / 1000) }),
  };
}

/** Builds the event for a platform that refused a request's timestamp: the clock is off by `skewMs`. */
export function clockRefusedEvent(skewMs: number): UploadEvent {
  return {
    type: 'clock-skew',
    skewMs,
    text: localize(UPLOAD_TEXT['upload.clock-refused'], { seconds: Math.round(skewMs / 1000) }),
  };
}

/** Builds the event for `count` sends put back until the platform can be tried again in `inMs`. */
export function deferredEvent(count: number, inMs: number): UploadEvent {
  return {
    type: 'sends-deferred',
    count,
    text: localize(UPLOAD_TEXT['upload.sends-deferred'], {
      count,
      seconds: Math.max(0, Math.round(inMs / 1000)),
    }),
  };
}

/** Builds the event for an outbox with nothing left to send. */
export function drainedEvent(sentCount: number): UploadEvent {
  return {
    type: 'queue-drained',
    sentCount,
    text: localize(UPLOAD_TEXT['upload.queue-drained'], { count: sentCount }),
  };
}
