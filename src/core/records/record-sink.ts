/** The session's RecordSink: builds the record, then a (group) commit (sign, seal, chain), then wakes the uploader. */
import { err, ok } from '../../shared/result';
import type { RecordSink } from '../capture/ports';
import { KioskError } from '../kiosk-error';
import type { Logger } from '../log/logger';
import type { RecordStore } from '../store/record-store';
import { buildRecordDraft, type RecordContext } from './record-draft';

/** What the sink writes to and tells. */
export interface RecordSinkDeps {
  readonly store: Pick<RecordStore, 'commitRecord' | 'canAccept'>;
  readonly context: RecordContext;
  readonly logger: Logger;
  /** Called after a durable append (the uploader's wake and the queue event). */
  readonly appended: (recordId: string) => void;
}

/** Creates the record sink; store failures come back as problems (typed KioskErrors), bugs are thrown. */
export function recordSink(deps: RecordSinkDeps): RecordSink {
  return {
    canAccept() {
      try {
        return deps.store.canAccept().ok;
      } catch (error) {
        // A store that cannot even be measured (damaged, locked) could not keep the record either.
        if (!(error instanceof KioskError)) throw error;
        deps.logger.log('error', 'kiosk.store-unmeasured', { code: error.code });
        return false;
      }
    },
    async append(draft) {
      const built = await buildRecordDraft(draft, deps.context);
      if (!built.ok) {
        deps.logger.log('error', 'kiosk.record-refused', { code: built.error.code });
        return built;
      }
      try {
        const { recordId } = await deps.store.commitRecord(built.value);
        deps.logger.log('info', 'kiosk.record-appended', { recordId });
        deps.appended(recordId);
        return ok({ recordId });
      } catch (error) {
        if (!(error instanceof KioskError)) throw error;
        deps.logger.log('error', 'kiosk.record-not-saved', { code: error.code });
        return err(error.toProblem());
      }
    },
  };
}
