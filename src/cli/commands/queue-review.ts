// `kiosk queue purge` and `kiosk queue quarantine list|retry|discard`: the same retention run and
// quarantine review as the console, for a technician at the shell. Decisions are audited under
// `cli:<login name>`, the person at the terminal.
import { userInfo } from 'node:os';
import { LIFECYCLE_TEXTS } from '../../shared/i18n/catalog-lifecycle';
import { discardReasonSchema } from '../../shared/kiosk-api/records-commands';
import { localize, type LocalizedText } from '../../shared/i18n/locale';
import type { RecordStore } from '../../core/store/record-store';
import { UsageError } from '../command';

/** What the review subcommands are given. */
export interface ReviewInput {
  readonly store: RecordStore;
  /** Positionals after `quarantine`: the action and its record id. */
  readonly args: readonly string[];
  readonly reason: string | undefined;
  readonly json: boolean;
  readonly say: (text: LocalizedText, stream?: NodeJS.WriteStream) => void;
}

/** Purges what `retentionMs` after acknowledgement allows and reports it; exit code 0. */
export function runPurge(
  store: RecordStore,
  retentionMs: number,
  json: boolean,
  say: ReviewInput['say'],
): number {
  const report = store.purgeExpired(retentionMs);
  if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else
    say(
      localize(LIFECYCLE_TEXTS.purgeDone, {
        purged: report.purged,
        kilobytes: Math.round(report.reclaimedBytes / 1024),
      }),
    );
  return 0;
}

function listLines(store: RecordStore): string[] {
  return store
    .quarantined()
    .map((record) =>
      [
        record.recordId,
        new Date(record.capturedAtMs).toISOString(),
        new Date(record.quarantinedAtMs).toISOString(),
        record.maskedIdNumber ?? '-',
        record.refusal ?? '-',
      ].join('\t'),
    );
}

// The console's rule for the reason (trimmed, its length bounded), so the audit log holds the same.
function discardReason(reason: string | undefined): string {
  const parsed = discardReasonSchema.safeParse(reason ?? '');
  if (parsed.success) return parsed.data;
  const { minLength, maxLength } = discardReasonSchema;
  throw new UsageError(
    `A discard needs --reason TEXT (${minLength} to ${maxLength} characters), kept in the audit log`,
  );
}

/** `quarantine list|retry ID|discard ID --reason TEXT`; exit 1 when the record is not quarantined. */
export function runQuarantine({ store, args, reason, json, say }: ReviewInput): number {
  const [action, recordId] = args;
  const actor = `cli:${userInfo().username}`;
  if (action === 'list') {
    if (json) process.stdout.write(`${JSON.stringify(store.quarantined())}\n`);
    else for (const line of listLines(store)) process.stdout.write(`${line}\n`);
    return 0;
  }
  if ((action !== 'retry' && action !== 'discard') || !recordId)
    throw new UsageError(
      'Say "quarantine list", "quarantine retry ID" or "quarantine discard ID --reason TEXT"',
    );
  const done = store.resolveQuarantined(
    recordId,
    actor,
    action === 'retry' ? { kind: 'requeue' } : { kind: 'reject', reason: discardReason(reason) },
  );
  if (!done) {
    say(LIFECYCLE_TEXTS.notQuarantined, process.stderr);
    return 1;
  }
  return 0;
}
