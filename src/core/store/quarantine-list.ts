// The quarantined records as the console and `kiosk queue quarantine list` show them: when, what
// the platform said, and the masked card number, so an operator can tell records apart without
// seeing personal data.
import type { Database } from 'better-sqlite3';
import type { QuarantinedRecord } from '../../shared/kiosk-api/records-commands';
import { maskedRecordCardNumber } from '../records/record-card-number';
import { SealTamperedError } from '../records/record-seal';
import type { DataKeyRing } from './data-keys';
import { readEnvelope } from './record-reader';

interface Row {
  readonly recordId: string;
  readonly capturedAtMs: number;
  readonly quarantinedAtMs: number;
  readonly refusal: string | null;
}

function maskedNumberOf(db: Database, keys: DataKeyRing, recordId: string): string | null {
  try {
    const envelope = readEnvelope(db, keys, recordId);
    return envelope ? maskedRecordCardNumber(envelope.record.card) : null;
  } catch (error) {
    // A damaged payload is exactly what lands here; list it all the same.
    if (error instanceof SealTamperedError) return null;
    throw error;
  }
}

/** Every quarantined record, oldest first. */
export function listQuarantined(db: Database, keys: DataKeyRing): QuarantinedRecord[] {
  return db
    .prepare<[], Row>(
      `SELECT o.record_id AS recordId, r.created_at_ms AS capturedAtMs, o.updated_at_ms AS quarantinedAtMs,
              o.last_error AS refusal
         FROM outbox o JOIN records r USING (record_id)
        WHERE o.state = 'quarantined' ORDER BY r.seq`,
    )
    .all()
    .map((row) => ({ ...row, maskedIdNumber: maskedNumberOf(db, keys, row.recordId) }));
}
