/**
 * The card policy applied to a card that was read: accept it, refuse it with one reason the worker
 * can act on, or hold it for an operator's review. Pure: the card, the policy and the time in.
 */
import type { CardPolicy } from '../../shared/config/card-policy-schema';
import { CARD_REVIEW_TEXT } from '../../shared/i18n/catalog-card-policy';
import { localize } from '../../shared/i18n/locale';
import type {
  CardCheckCode,
  CardRefusalReason,
  CardReviewItem,
} from '../../shared/kiosk-api/card-checks';
import { checkCard } from '../idcard/card/check-card';
import { checkCardDates } from '../idcard/card/check-card-dates';
import { DAY_MS } from '../clock';
import type { SessionCard } from './ports';

/** What the policy makes of a card. */
export type CardVerdict =
  | { readonly kind: 'accept' }
  | {
      readonly kind: 'refuse';
      readonly check: CardCheckCode;
      readonly reasonKey: CardRefusalReason;
    }
  | { readonly kind: 'review'; readonly items: readonly [CardReviewItem, ...CardReviewItem[]] };

// Rank (lower is told first) and the reason the worker hears. Validity comes first: renewing the
// card is what the worker can do, and it also replaces a card whose data is wrong.
const CHECKS: { readonly [C in CardCheckCode]: readonly [number, CardRefusalReason] } = {
  'card-type-not-accepted': [0, 'card-type-not-accepted'],
  expired: [1, 'card-expired'],
  'not-yet-valid': [2, 'card-not-yet-valid'],
  'checksum-mismatch': [3, 'card-number-invalid'],
  'id-number-malformed': [3, 'card-number-invalid'],
  'region-mismatch': [3, 'card-number-invalid'],
  'pr-number-malformed': [3, 'card-number-invalid'],
  'pr-number-check-mismatch': [3, 'card-number-invalid'],
  'birth-date-mismatch': [4, 'card-data-inconsistent'],
  'gender-digit-mismatch': [4, 'card-data-inconsistent'],
  'nationality-mismatch': [4, 'card-data-inconsistent'],
  'invalid-date': [4, 'card-data-inconsistent'],
  'empty-field': [4, 'card-data-inconsistent'],
  'unknown-nation-code': [5, 'card-data-inconsistent'],
  'unknown-gender-code': [5, 'card-data-inconsistent'],
  'unknown-card-flag': [5, 'card-data-inconsistent'],
  'photo-unreadable': [6, 'card-photo-unreadable'],
};

/** Every check the card fails, with the text the operator reads, most important first. */
export function cardCheckItems(
  held: SessionCard,
  policy: CardPolicy,
  nowMs: number,
): CardReviewItem[] {
  const { card } = held;
  // The grace moves only the end of validity: judged `expiryGraceDays` ago, has the card expired?
  const expiredAfterGrace = checkCardDates(
    card,
    new Date(nowMs - policy.expiryGraceDays * DAY_MS),
  ).some((finding) => finding.code === 'expired');
  const items: CardReviewItem[] = checkCard(card, new Date(nowMs))
    .filter((finding) => finding.code !== 'expired' || expiredAfterGrace)
    .map(({ code, text }) => ({ code, text }));
  if (!policy.acceptedCardTypes.includes(card.type))
    items.push({
      code: 'card-type-not-accepted',
      text: localize(CARD_REVIEW_TEXT.typeNotAccepted, { type: card.type }),
    });
  if (!held.photo) items.push({ code: 'photo-unreadable', text: CARD_REVIEW_TEXT.photoUnreadable });
  return items.sort((a, b) => CHECKS[a.code][0] - CHECKS[b.code][0]);
}

/** The reason a worker is told when the card is refused over `check`. */
const refusalReasonOf = (check: CardCheckCode): CardRefusalReason => CHECKS[check][1];

/** Applies the policy: any refused check refuses (the most important one is told); any other holds for review. */
export function judgeCard(held: SessionCard, policy: CardPolicy, nowMs: number): CardVerdict {
  const items = cardCheckItems(held, policy, nowMs);
  const refused = items.find((item) => policy.findings[item.code] === 'refuse');
  if (refused)
    return { kind: 'refuse', check: refused.code, reasonKey: refusalReasonOf(refused.code) };
  const [first, ...rest] = items;
  return first ? { kind: 'review', items: [first, ...rest] } : { kind: 'accept' };
}
