/** Records the platform refused for good: when, why, the masked card number; send again or discard. */
import { useEffect, useState } from 'preact/hooks';
import {
  DISCARD_REASONS,
  DISCARD_REASON_TEXT,
  LIFECYCLE_CONSOLE_TEXT as TEXT,
} from '../../shared/i18n/catalog-lifecycle-console';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import type { QuarantinedRecord } from '../../shared/kiosk-api/records-commands';
import type { Alarm } from '../../shared/kiosk-api/device-status';
import type { LocalizedText } from '../../shared/i18n/locale';
import { useText } from '../view/locale-context';

const time = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** The quarantine list with its two actions, and the alarm about records waiting too long. */
export function QuarantinePanel({ api, refreshKey }: { api: KioskApi; refreshKey: unknown }) {
  const t = useText();
  const [records, setRecords] = useState<readonly QuarantinedRecord[]>([]);
  const [alarm, setAlarm] = useState<Alarm | null>(null);
  const [discarding, setDiscarding] = useState<string | null>(null);
  const [problem, setProblem] = useState<LocalizedText | null>(null);
  const reload = async () => {
    const [list, retention] = await Promise.all([
      api['quarantine.list']({}),
      api['records.retention']({}),
    ]);
    if (list.ok) setRecords(list.value.records);
    if (retention.ok) setAlarm(retention.value.alarm);
  };
  useEffect(() => void reload(), [api, refreshKey]);
  const act = async (answer: Promise<{ ok: boolean; error?: { text: LocalizedText } }>) => {
    const result = await answer;
    setProblem(result.ok ? null : (result.error?.text ?? null));
    setDiscarding(null);
    await reload();
  };
  return (
    <section class="panel" data-panel="quarantine">
      <h2>{t(TEXT.quarantine)}</h2>
      {alarm && (
        <p class="bad" role="alert" data-alarm={alarm.code}>
          {t(alarm.text)}
        </p>
      )}
      {problem && <p class="bad">{t(problem)}</p>}
      {records.length === 0 ? (
        <p>{t(TEXT.quarantineEmpty)}</p>
      ) : (
        <table>
          <tr>
            <th>{t(TEXT.capturedAt)}</th>
            <th>{t(TEXT.idNumber)}</th>
            <th>{t(TEXT.refusal)}</th>
            <th />
          </tr>
          {records.map((record) => (
            <tr key={record.recordId} data-record={record.recordId}>
              <td>{time(record.capturedAtMs)}</td>
              <td>{record.maskedIdNumber ?? '–'}</td>
              <td>{record.refusal ?? '–'}</td>
              <td>
                {discarding === record.recordId ? (
                  <div class="discard-reasons">
                    <span>{t(TEXT.discardWhy)}</span>
                    {DISCARD_REASONS.map((reason) => (
                      <button
                        key={reason}
                        type="button"
                        data-reason={reason}
                        onClick={() =>
                          void act(api['quarantine.discard']({ recordId: record.recordId, reason }))
                        }
                      >
                        {t(DISCARD_REASON_TEXT[reason])}
                      </button>
                    ))}
                    <button type="button" onClick={() => setDiscarding(null)}>
                      {t(TEXT.cancel)}
                    </button>
                  </div>
                ) : (
                  <>
                    <button
                      type="button"
                      data-action="retry"
                      onClick={() =>
                        void act(api['quarantine.retry']({ recordId: record.recordId }))
                      }
                    >
                      {t(TEXT.retry)}
                    </button>
                    <button
                      type="button"
                      data-action="discard"
                      onClick={() => setDiscarding(record.recordId)}
                    >
                      {t(TEXT.discard)}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </table>
      )}
    </section>
  );
}
