/** The logged-in console: health, queue, today's figures, review, lock/unlock, setup for technicians. */
import { useEffect, useState } from 'preact/hooks';
import { CONSOLE_TEXT } from '../../shared/i18n/catalog-screens-console';
import type { StaffRole } from '../../shared/kiosk-api/command-roles';
import type { DeviceStatus, QueueStatus, TodayStats } from '../../shared/kiosk-api/device-status';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import type { SessionStateView } from '../../shared/kiosk-api/session-events';
import { useText } from '../view/locale-context';
import { CardReviewPanel } from './card-review-panel';
import { DailyFigures } from './daily-figures';
import { QuarantinePanel } from './quarantine-panel';
import { ReviewPanel } from './review-panel';
import { HealthPanel, QueuePanel, StatsPanel } from './status-panels';

interface Figures {
  readonly status: DeviceStatus | null;
  readonly queue: QueueStatus | null;
  readonly stats: TodayStats | null;
}

async function loadFigures(api: KioskApi): Promise<Figures> {
  const [status, queue, stats] = await Promise.all([
    api['status.get']({}),
    api['queue.status']({}),
    api['stats.today']({}),
  ]);
  return {
    status: status.ok ? status.value : null,
    queue: queue.ok ? queue.value : null,
    stats: stats.ok ? stats.value : null,
  };
}

/** The console after login. */
export function Dashboard(props: {
  api: KioskApi;
  role: StaffRole;
  session: SessionStateView | null;
  nowMs: number;
  onSetup: () => void;
  onLogout: () => void;
}) {
  const t = useText();
  const { api, session } = props;
  const [figures, setFigures] = useState<Figures>({ status: null, queue: null, stats: null });
  // Status and queue are pushed (the subscription starts with their current values); today's
  // figures are re-read when a session ends or the queue moves, never on a timer.
  useEffect(() => {
    let live = true;
    const refresh = () => void loadFigures(api).then((next) => live && setFigures(next));
    const refreshStats = () =>
      void api['stats.today']({}).then(
        (r) => live && r.ok && setFigures((f) => ({ ...f, stats: r.value })),
      );
    refresh();
    const unsubscribe = api.subscribe((event) => {
      if (event.name === 'device.status') setFigures((f) => ({ ...f, status: event.payload }));
      if (event.name === 'queue.changed') setFigures((f) => ({ ...f, queue: event.payload }));
      if (event.name === 'session.result' || event.name === 'queue.changed') refreshStats();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);
  const locked = figures.status?.kioskLocked ?? session?.state === 'locked';
  const toggleLock = async () => {
    await api[locked ? 'kiosk.unlock' : 'kiosk.lock']({});
    setFigures(await loadFigures(api));
  };
  return (
    <section class="console dashboard" data-screen="dashboard" data-role={props.role}>
      <header>
        <h1>{t(CONSOLE_TEXT.title)}</h1>
        <div class="actions">
          <button
            type="button"
            data-action={locked ? 'unlock' : 'lock'}
            onClick={() => void toggleLock()}
          >
            {t(locked ? CONSOLE_TEXT.unlock : CONSOLE_TEXT.lock)}
          </button>
          {props.role === 'technician' && (
            <button type="button" data-action="setup" onClick={props.onSetup}>
              {t(CONSOLE_TEXT.setup)}
            </button>
          )}
          <button type="button" data-action="logout" onClick={props.onLogout}>
            {t(CONSOLE_TEXT.logout)}
          </button>
        </div>
      </header>
      {session?.state === 'operator-review' && (
        <ReviewPanel api={api} card={session.card} reasonKey={session.reasonKey} />
      )}
      {session?.state === 'card-review' && (
        <CardReviewPanel api={api} card={session.card} items={session.items} />
      )}
      <div class="panels">
        {figures.status && (
          <HealthPanel status={figures.status} queue={figures.queue} nowMs={props.nowMs} />
        )}
        {figures.queue && <QueuePanel queue={figures.queue} nowMs={props.nowMs} />}
        {figures.stats && <StatsPanel stats={figures.stats} />}
        <DailyFigures api={api} refreshKey={figures.stats} />
        <QuarantinePanel api={api} refreshKey={figures.queue} />
      </div>
    </section>
  );
}
