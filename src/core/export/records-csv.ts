// The records export (`kiosk export`): one CSV row per record captured in a date range, for the
// point's own books. Card numbers and names are masked unless a technician asked for the full
// form; purged records keep their row, without any personal field. Format: docs/export-format.md.
import type { Database } from 'better-sqlite3';
import {
  maskedRecordCardNumber,
  recordCardNumber,
  recordHolderName,
} from '../records/record-card-number';
import type { CardFields } from '../records/card-fields';
import type { DataKeyRing } from '../store/data-keys';
import { readEnvelope } from '../store/record-reader';
import { csvLine } from './csv-text';

/** The header of the records CSV. */
const RECORDS_CSV_HEADER = [
  'record_id',
  'captured_at',
  'point_code',
  'method',
  'decision',
  'upload_state',
  'acknowledged_at',
  'purged_at',
  'card_type',
  'name',
  'id_number',
] as const;

/** Masked (the default) or full names and card numbers. */
export type IdentityDetail = 'masked' | 'full';

interface Row {
  readonly recordId: string;
  readonly createdAtMs: number;
  readonly pointCode: string | null;
  readonly method: string | null;
  readonly decision: string | null;
  readonly state: string;
  readonly ackedAtMs: number | null;
  readonly purgedAtMs: number | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function identity(card: CardFields | null, detail: IdentityDetail): [string | null, string | null] {
  if (!card) return [null, null];
  if (detail === 'full') return [recordHolderName(card), recordCardNumber(card)];
  const name = [...recordHolderName(card)];
  return [
    `${name[0] ?? ''}${'*'.repeat(Math.max(0, name.length - 1))}`,
    maskedRecordCardNumber(card),
  ];
}

/** The CSV lines (header first) of the records captured in [fromMs, toMs), in chain order. */
export function* recordsCsvLines(
  db: Database,
  keys: DataKeyRing,
  range: { readonly fromMs: number; readonly toMs: number },
  detail: IdentityDetail,
): Generator<string> {
  yield csvLine(RECORDS_CSV_HEADER);
  const rows = db
    .prepare<[number, number], Row>(
      `SELECT r.record_id AS recordId, r.created_at_ms AS createdAtMs,
              json_extract(r.clear_json, '$.device.pointCode') AS pointCode,
              json_extract(r.clear_json, '$.verification.method') AS method,
              json_extract(r.clear_json, '$.verification.decision') AS decision,
              o.state, o.acked_at_ms AS ackedAtMs, r.purged_at_ms AS purgedAtMs
         FROM records r JOIN outbox o USING (record_id)
        WHERE r.created_at_ms >= ? AND r.created_at_ms < ? ORDER BY r.seq`,
    )
    .all(range.fromMs, range.toMs);
  for (const row of rows) {
    const card =
      row.purgedAtMs === null ? (readEnvelope(db, keys, row.recordId)?.record.card ?? null) : null;
    yield csvLine([
      row.recordId,
      iso(row.createdAtMs),
      row.pointCode,
      row.method,
      row.decision,
      row.state,
      iso(row.ackedAtMs),
      iso(row.purgedAtMs),
      card?.type ?? null,
      ...identity(card, detail),
    ]);
  }
}
