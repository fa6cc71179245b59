/** The session's verified capture as a record draft (format v1): card fields, photos, verification. */
import { KIOSK_MESSAGES } from '../../shared/i18n/catalog-kiosk';
import { localize } from '../../shared/i18n/locale';
import { REASON_TEXT } from '../../shared/i18n/catalog-capture';
import type { Problem } from '../../shared/problem';
import { err, ok, type Result } from '../../shared/result';
import type { CaptureDraft } from '../capture/ports';
import type { RecordDraft } from './record-schema';
import { createRecordId } from './record-id';
import { frameToJpeg, rgbToJpeg } from '../devices/frame-image';
import { recordCardFields } from './record-card-fields';

/** What a record says about the device and the models, fixed for the kiosk's lifetime. */
export interface RecordContext {
  readonly deviceId: string | null;
  readonly pointCode: string | null;
  readonly appVersion: string;
  /** The models behind a face decision (role, file name, sha256). */
  readonly models: Extract<RecordDraft['verification'], { method: 'face' }>['models'];
  /** Target false accept rate of the configured operating point. */
  readonly targetFar: number;
}

/** RFC 3339 local time with milliseconds and the UTC offset, as the record format wants it. */
export function localTimestamp(ms: number): string {
  const at = new Date(ms);
  const offsetMin = -at.getTimezoneOffset();
  const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 23);
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

const jpegPhoto = async (bytes: Buffer) => ({
  mediaType: 'image/jpeg' as const,
  data: bytes.toString('base64'),
});

async function photosOf(draft: CaptureDraft): Promise<RecordDraft['photos']> {
  if (draft.cardPhoto)
    return { transmitted: 'card', cardPhoto: await jpegPhoto(await rgbToJpeg(draft.cardPhoto)) };
  if (draft.livePhoto) {
    return { transmitted: 'live', livePhoto: await jpegPhoto(await frameToJpeg(draft.livePhoto)) };
  }
  return { transmitted: 'none' };
}

function verificationOf(draft: CaptureDraft, context: RecordContext): RecordDraft['verification'] {
  const v = draft.verification;
  if (v.method === 'operator-in-person')
    return {
      method: 'operator-in-person',
      decision: 'pass',
      reason: REASON_TEXT[v.reasonKey].en,
      faceAttempts: v.faceAttempts,
    };
  return {
    method: 'face',
    decision: 'pass',
    match: {
      score: v.match.score,
      threshold: v.match.threshold,
      operatingPoint: { name: v.match.operatingPoint, targetFalseAcceptRate: context.targetFar },
    },
    liveness: { passed: true, score: v.liveness.score, threshold: v.liveness.threshold },
    attempts: v.attempts,
    models: context.models,
  };
}

/** Builds the record draft, or the problem that keeps it from being recorded. */
export async function buildRecordDraft(
  draft: CaptureDraft,
  context: RecordContext,
): Promise<Result<RecordDraft, Problem>> {
  const { deviceId, pointCode } = context;
  if (!deviceId || !pointCode)
    return err({
      code: 'kiosk.not-provisioned',
      text: KIOSK_MESSAGES.notProvisioned,
      retryable: false,
    });
  const card = recordCardFields(draft.card);
  if (!card.ok)
    return err({
      code: 'kiosk.card-unrecordable',
      text: localize(KIOSK_MESSAGES.cardUnrecordable, { field: card.error.field }),
      retryable: false,
    });
  const operatorId =
    draft.verification.method === 'operator-in-person' ? draft.verification.operator.id : null;
  return ok({
    formatVersion: 1,
    recordId: createRecordId(draft.capturedAtMs),
    capturedAt: localTimestamp(draft.capturedAtMs),
    device: { deviceId, pointCode, appVersion: context.appVersion },
    operatorId,
    consent: {
      textVersion: draft.consent.version,
      acceptedAt: localTimestamp(draft.consent.acceptedAtMs),
    },
    card: card.value,
    photos: await photosOf(draft),
    verification: verificationOf(draft, context),
    ...(draft.cardReview && {
      cardReview: {
        findings: [...draft.cardReview.checks],
        confirmedBy: draft.cardReview.operator.id,
        confirmedAt: localTimestamp(draft.cardReview.confirmedAtMs),
      },
    }),
  });
}
