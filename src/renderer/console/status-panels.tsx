/** The console's read-only panels: device health, the upload queue and today's figures. */
import { REASON_TEXT } from '../../shared/i18n/catalog-capture';
import { HEALTH_TEXT } from '../../shared/i18n/catalog-console-health';
import { CONSOLE_TEXT } from '../../shared/i18n/catalog-screens-console';
import type { DeviceStatus, QueueStatus, TodayStats } from '../../shared/kiosk-api/device-status';
import { useText } from '../view/locale-context';
import { StateIcon } from '../view/state-icon';
import { failuresByCount, formatAge, healthRows, passRatePercent } from './console-figures';
import './console-layout.css';

/** Device health, one row per part; a fault is marked by a shape, a word and a colour. */
export function HealthPanel(props: {
  status: DeviceStatus;
  queue: QueueStatus | null;
  nowMs: number;
}) {
  const t = useText();
  return (
    <section class="panel" data-panel="health">
      <h2>{t(CONSOLE_TEXT.health)}</h2>
      <table>
        {healthRows(props.status, props.queue, props.nowMs).map((row) => (
          <tr key={row.key} data-row={row.key} data-ok={String(row.ok)}>
            <td class="icon">
              <StateIcon ok={row.ok} />
            </td>
            <th>{t(CONSOLE_TEXT[row.key])}</th>
            <td class={row.ok ? 'good' : 'bad'} data-field="state">
              {t(HEALTH_TEXT[row.state])}
            </td>
            <td class="detail">{row.detail}</td>
          </tr>
        ))}
      </table>
    </section>
  );
}

/** The upload queue: pending, acknowledged, quarantined and how long the oldest has waited. */
export function QueuePanel({ queue, nowMs }: { queue: QueueStatus; nowMs: number }) {
  const t = useText();
  const oldest = queue.oldestUnackedAtMs;
  return (
    <section class="panel" data-panel="queue">
      <h2>{t(CONSOLE_TEXT.queue)}</h2>
      <dl class="figures">
        <div>
          <dd data-figure="pending">{queue.pending + queue.sending}</dd>
          <dt>{t(CONSOLE_TEXT.pending)}</dt>
        </div>
        <div>
          <dd data-figure="acked">{queue.acked}</dd>
          <dt>{t(CONSOLE_TEXT.acked)}</dt>
        </div>
        <div>
          <dd data-figure="quarantined">{queue.quarantined}</dd>
          <dt>{t(CONSOLE_TEXT.quarantined)}</dt>
        </div>
        <div>
          <dd data-figure="oldest">
            {oldest === null ? t(CONSOLE_TEXT.none) : formatAge(nowMs - oldest)}
          </dd>
          <dt>{t(CONSOLE_TEXT.oldestAge)}</dt>
        </div>
      </dl>
    </section>
  );
}

/** Today's captures, pass rate and failures by reason. */
export function StatsPanel({ stats }: { stats: TodayStats }) {
  const t = useText();
  const rate = passRatePercent(stats);
  const failures = failuresByCount(stats);
  return (
    <section class="panel" data-panel="today">
      <h2>
        {t(CONSOLE_TEXT.today)} {stats.day}
      </h2>
      <dl class="figures">
        <div>
          <dd data-figure="captures">{stats.sessions}</dd>
          <dt>{t(CONSOLE_TEXT.captures)}</dt>
        </div>
        <div>
          <dd data-figure="pass-rate">{rate === null ? '–' : `${rate}%`}</dd>
          <dt>{t(CONSOLE_TEXT.passRate)}</dt>
        </div>
      </dl>
      <h3>{t(CONSOLE_TEXT.failuresByReason)}</h3>
      {failures.length === 0 ? (
        <p>{t(CONSOLE_TEXT.none)}</p>
      ) : (
        <ul>
          {failures.map(([reason, count]) => (
            <li key={reason} data-reason={reason}>
              {t(REASON_TEXT[reason])}: {count}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
