// How a signed record reaches a platform. The record is ours; each platform's wire format is an
// adapter behind this interface (the reference adapter speaks docs/upload-api.md).
import type { SignedEnvelope } from '../records/envelope';

/** Why a platform refused a record for good: the HTTP status and what its problem+json said. */
export interface Rejection {
  readonly status: number;
  /** The problem type URI (RFC 9457), when the platform sent one. */
  readonly problemType?: string;
  /** The problem title, cut to a sane length; may be shown to the operator, never logged. */
  readonly title?: string;
  /** The platform's own answer code, for platforms that answer `{code, message}` (status is then 200). */
  readonly code?: string;
}

/** What a platform did with one record. */
export type SendOutcome = (
  | { readonly kind: 'stored' }
  | { readonly kind: 'already-stored' }
  | { readonly kind: 'rejected'; readonly rejection: Rejection }
  /** The platform refused who we are ('credentials', the default) or when we said we sent ('clock'). */
  | { readonly kind: 'unauthorized'; readonly cause?: 'credentials' | 'clock' }
  | { readonly kind: 'retry-later'; readonly afterMs?: number; readonly reason: string }
  | { readonly kind: 'network-error'; readonly cause: 'timeout' | 'aborted' | 'connection' }
) & {
  /** Server clock minus ours when the answer carried a readable Date header (for skew alarms). */
  readonly skewMs?: number;
};

/** One platform endpoint. */
export interface PlatformAdapter {
  /** Sends one signed record under its id; resolves to an outcome and never throws for network or HTTP failures. */
  send(recordId: string, envelope: SignedEnvelope, signal: AbortSignal): Promise<SendOutcome>;
}
