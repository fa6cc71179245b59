/**
 * The spoken prompts: one file per worker step and language (assets/voice/<id>.ogg in Mandarin,
 * assets/voice/en/<id>.ogg in English), generated from the same catalog text the screen shows
 * (scripts/make-voice-prompts.ts), replaceable by recordings.
 */
import type { GuidanceKey } from '../../shared/kiosk-api/capture-keys';
import {
  cardRefusalReasonSchema,
  type CardRefusalReason,
} from '../../shared/kiosk-api/card-checks';
import { CARD_POLICY_REASON_TEXT, CARD_REVIEW_TEXT } from '../../shared/i18n/catalog-card-policy';
import { GUIDANCE_TEXT } from '../../shared/i18n/catalog-capture';
import { WORKER_TEXT } from '../../shared/i18n/catalog-screens';
import type { Locale, LocalizedText } from '../../shared/i18n/locale';
import { assertNever } from '../../shared/result';
import type { WorkerScreen } from '../worker/worker-screen-model';

const SCREEN_PROMPTS = {
  attract: WORKER_TEXT.attractTitle,
  consent: WORKER_TEXT.consentTitle,
  card: WORKER_TEXT.cardHint,
  confirmed: WORKER_TEXT.confirmedNext,
  matching: WORKER_TEXT.matchingTitle,
  pass: WORKER_TEXT.passTitle,
  fail: WORKER_TEXT.failTitle,
  retry: WORKER_TEXT.retryTitle,
  review: WORKER_TEXT.reviewTitle,
  done: WORKER_TEXT.doneTitle,
  locked: WORKER_TEXT.lockedTitle,
  'reader-error': WORKER_TEXT.readerError,
  'camera-error': WORKER_TEXT.cameraError,
  'store-error': WORKER_TEXT.storeError,
} as const satisfies Record<string, LocalizedText>;

/** The id of a prompt, which is also its file name without extension. */
export type VoicePromptId =
  | keyof typeof SCREEN_PROMPTS
  | `guidance-${GuidanceKey}`
  | `refused-${CardRefusalReason}`;

// A refused card is spoken as the title and its one reason with what to do, in one prompt.
const refusedPrompt = (reason: CardRefusalReason): LocalizedText => ({
  'zh-CN': `${CARD_REVIEW_TEXT.refusedTitle['zh-CN']}。${CARD_POLICY_REASON_TEXT[reason]['zh-CN']}`,
  en: `${CARD_REVIEW_TEXT.refusedTitle.en}. ${CARD_POLICY_REASON_TEXT[reason].en}`,
});

/** Every prompt with the text it speaks in each language. */
export const VOICE_PROMPTS: ReadonlyMap<VoicePromptId, LocalizedText> = new Map<
  VoicePromptId,
  LocalizedText
>([
  ...(Object.entries(SCREEN_PROMPTS) as [VoicePromptId, LocalizedText][]),
  ...(Object.entries(GUIDANCE_TEXT) as [GuidanceKey, LocalizedText][]).map(
    ([key, text]): [VoicePromptId, LocalizedText] => [`guidance-${key}`, text],
  ),
  ...cardRefusalReasonSchema.options.map((reason): [VoicePromptId, LocalizedText] => [
    `refused-${reason}`,
    refusedPrompt(reason),
  ]),
]);

/** The prompt's file under assets/voice without extension: Mandarin at the top, English in en/. */
export function promptFile(locale: Locale, id: VoicePromptId): string {
  return locale === 'zh-CN' ? id : `${locale}/${id}`;
}

/** The prompt a worker screen speaks, or null for screens that stay silent. */
export function promptFor(screen: WorkerScreen): VoicePromptId | null {
  switch (screen.kind) {
    case 'connecting':
      return null;
    case 'face':
      return screen.instruction ? `guidance-${screen.instruction}` : 'guidance-look-at-camera';
    case 'device-error':
      return `${screen.fault}-error`;
    case 'refused':
      return `refused-${screen.reasonKey}`;
    case 'attract':
    case 'consent':
    case 'card':
    case 'confirmed':
    case 'matching':
    case 'pass':
    case 'fail':
    case 'retry':
    case 'review':
    case 'done':
    case 'locked':
      return screen.kind;
    default:
      return assertNever(screen, 'screen');
  }
}
