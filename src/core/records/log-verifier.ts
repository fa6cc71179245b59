// Verifies the local record log: every signature, every stored hash and every link of the chain,
// and names the first break. Purged records (payload deleted after acknowledgement) keep their
// stored hash and previous hash, so the chain still links across them.
import { assertNever } from '../../shared/result';
import { envelopeHash, verifyEnvelope } from './envelope';

/** One record of the log as the store hands it to the verifier, in chain order. */
export type LogEntry =
  | {
      readonly kind: 'present';
      readonly recordId: string;
      readonly storedHash: string;
      readonly envelope: unknown;
    }
  | {
      readonly kind: 'purged';
      readonly recordId: string;
      readonly storedHash: string;
      readonly previousHash: string | null;
    }
  | { readonly kind: 'seal-tampered'; readonly recordId: string; readonly storedHash: string };

/** What broke at a record. */
type ChainBreakKind =
  | 'record-invalid'
  | 'bad-public-key'
  | 'key-id-mismatch'
  | 'signature-invalid'
  | 'record-id-mismatch'
  | 'hash-mismatch'
  | 'link-broken'
  | 'seal-tampered'
  | 'head-mismatch';

/** The first break in the log: where (1-based position, record id) and what. */
interface ChainBreak {
  readonly position: number;
  readonly recordId: string;
  readonly kind: ChainBreakKind;
  readonly detail: string;
}

/** The outcome of verifying a log. */
export type LogReport =
  | { readonly ok: true; readonly records: number; readonly purged: number }
  | { readonly ok: false; readonly records: number; readonly firstBreak: ChainBreak };

type Check =
  | { kind: ChainBreakKind; detail: string; previousHash?: never }
  | { kind?: never; previousHash: string | null };

function checkEntry(entry: LogEntry): Check {
  switch (entry.kind) {
    case 'purged':
      return { previousHash: entry.previousHash };
    case 'seal-tampered':
      return { kind: 'seal-tampered', detail: 'the sealed personal payload does not authenticate' };
    case 'present': {
      const verified = verifyEnvelope(entry.envelope);
      if (!verified.ok) {
        const problem = verified.error;
        const kind =
          problem.kind === 'invalid-schema'
            ? 'record-invalid'
            : problem.kind === 'bad-signature'
              ? 'signature-invalid'
              : problem.kind;
        return { kind, detail: problem.detail };
      }
      const { envelope } = verified.value;
      if (envelope.record.recordId !== entry.recordId) {
        return {
          kind: 'record-id-mismatch',
          detail: `the signed record carries id ${envelope.record.recordId}`,
        };
      }
      if (envelopeHash(envelope) !== entry.storedHash) {
        return {
          kind: 'hash-mismatch',
          detail: `stored hash ${entry.storedHash} is not the hash of the signed record`,
        };
      }
      return { previousHash: envelope.record.previousRecordHash };
    }
    default:
      return assertNever(entry, 'log entry');
  }
}

/** Verifies entries in chain order; `expectedHead` is the stored hash of the last record, if the store keeps one. */
export function verifyLog(entries: Iterable<LogEntry>, expectedHead?: string | null): LogReport {
  let previous: string | null = null;
  let position = 0;
  let purged = 0;
  let lastId = '';
  for (const entry of entries) {
    position += 1;
    lastId = entry.recordId;
    const check = checkEntry(entry);
    if (check.kind)
      return {
        ok: false,
        records: position,
        firstBreak: { position, recordId: entry.recordId, ...check },
      };
    if (check.previousHash !== previous) {
      const detail = `previousRecordHash ${check.previousHash ?? 'null'} is not the hash of the record before (${previous ?? 'none'})`;
      return {
        ok: false,
        records: position,
        firstBreak: { position, recordId: entry.recordId, kind: 'link-broken', detail },
      };
    }
    if (entry.kind === 'purged') purged += 1;
    previous = entry.storedHash;
  }
  if (expectedHead !== undefined && expectedHead !== previous) {
    const detail = `the log ends at ${previous ?? 'nothing'} but the store recorded head ${expectedHead ?? 'none'}: records are missing at the end`;
    return {
      ok: false,
      records: position,
      firstBreak: { position, recordId: lastId, kind: 'head-mismatch', detail },
    };
  }
  return { ok: true, records: position, purged };
}
