// Typed failures of the record store. SQLite reports them as result codes; they are translated
// here once, so callers branch on `failure` and operators read what to do.
import { KioskError } from '../kiosk-error';
import { RECORD_TEXTS } from '../../shared/i18n/catalog-records';
import { localize } from '../../shared/i18n/locale';

/** Why the store failed: a damaged file, a full disk, or a lock held too long by another process. */
export type StoreFailure = 'corrupt' | 'disk-full' | 'busy';

const TEXT = {
  corrupt: RECORD_TEXTS.storeCorrupt,
  'disk-full': RECORD_TEXTS.storeDiskFull,
  busy: RECORD_TEXTS.storeBusy,
} as const;

/** An expected failure of the SQLite file; the file itself is never deleted or rewritten because of it. */
export class StoreError extends KioskError {
  constructor(
    readonly failure: StoreFailure,
    options?: { cause?: unknown },
  ) {
    super(`store-${failure}`, TEXT[failure], failure === 'busy', options);
  }
}

/** A record draft the store refuses before writing anything; `detail` names fields, never values. */
export class InvalidRecordError extends KioskError {
  constructor(readonly detail: string) {
    super('store-invalid-record', localize(RECORD_TEXTS.storeInvalidRecord, { detail }));
  }
}

function failureOf(code: string): StoreFailure | null {
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  // ENOSPC reaches us as SQLITE_FULL; other I/O errors are hardware faults, not a full disk.
  if (code === 'SQLITE_FULL') return 'disk-full';
  if (code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED') return 'busy';
  return null;
}

/** SQLite's expected failures as StoreError; anything else (a bug, a refused draft) unchanged. */
export function asStoreError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const failure = typeof code === 'string' ? failureOf(code) : null;
  return failure ? new StoreError(failure, { cause: error }) : error;
}

/** Runs `work`, turning SQLite's expected failures into StoreError; bugs pass through unchanged. */
export function withStoreErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asStoreError(error);
  }
}
