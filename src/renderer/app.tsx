/** The kiosk screens: the worker flow by default, the staff console on request, one KioskApi for both. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { WORKER_TEXT } from '../shared/i18n/catalog-screens';
import type { Locale } from '../shared/i18n/locale';
import type { KioskApi } from '../shared/kiosk-api/kiosk-api';
import { FALLBACK_SETTINGS, type UiSettings } from './api/ui-settings';
import { useCamera } from './camera/use-camera';
import { ConsoleView } from './console/console-view';
import { TouchKeyboard } from './keyboard/touch-keyboard';
import { LocaleContext } from './view/locale-context';
import { useNow } from './view/use-now';
import { audioPlayer } from './voice/audio-player';
import { createVoiceQueue } from './voice/voice-queue';
import {
  INITIAL_WORKER_MODEL,
  applyWorkerEvent,
  withCameraFailed,
  type WorkerModel,
} from './worker/worker-model';
import { workerScreen } from './worker/worker-screen-model';
import { WorkerView } from './worker/worker-view';

// Subscribing hands the screen the current session state and device status first, then every
// change; until the snapshot arrives the kiosk is taken to be idle.

const CONNECTED_MODEL: WorkerModel = {
  ...INITIAL_WORKER_MODEL,
  session: { state: 'idle', endedBy: null },
};

/** Root component over a connected KioskApi. */
export function App({ api }: { api: KioskApi }) {
  const [model, setModel] = useState<WorkerModel>(CONNECTED_MODEL);
  const [settings, setSettings] = useState<UiSettings>(FALLBACK_SETTINGS);
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [staff, setStaff] = useState(false);
  const voice = useMemo(() => createVoiceQueue(audioPlayer, 0), []);
  const nowMs = useNow(250);

  useEffect(
    () => api.subscribe((event) => setModel((m) => applyWorkerEvent(m, event, Date.now()))),
    [api],
  );
  // Read again whenever the console closes: the setup wizard may have changed them.
  useEffect(() => {
    if (staff) return;
    void api['ui.settings']({}).then((r) => {
      if (!r.ok) return;
      setSettings(r.value);
      setLocale(r.value.locale);
      voice.setVolume(r.value.volume);
    });
  }, [api, voice, staff]);

  const state = model.session?.state;
  // Each new worker starts in the configured language.
  useEffect(() => {
    if (state === 'idle') setLocale(settings.locale);
  }, [state, settings.locale]);
  // From the card step on: the face work runs while the card is read (pipelined capture).
  const camera = useCamera((state === 'card' || state === 'face') && !staff, settings.camera, api);
  useEffect(() => setModel((m) => withCameraFailed(m, camera.kind === 'failed')), [camera.kind]);
  const screen = workerScreen(model, nowMs);

  return (
    <LocaleContext.Provider value={locale}>
      <div class="app" lang={locale} data-locale={locale}>
        {staff ? (
          <ConsoleView
            api={api}
            session={model.session}
            settings={settings}
            nowMs={nowMs}
            onClose={() => setStaff(false)}
          />
        ) : (
          <>
            <nav class="top-bar">
              <span class="brand">{WORKER_TEXT.appTitle[locale]}</span>
              <button
                type="button"
                data-action="language"
                onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
              >
                {WORKER_TEXT.switchLanguage[locale]}
              </button>
              <button
                type="button"
                class="staff-button"
                data-action="staff"
                onClick={() => setStaff(true)}
              >
                {WORKER_TEXT.staff[locale]}
              </button>
            </nav>
            <WorkerView
              screen={screen}
              api={api}
              settings={settings}
              camera={camera}
              voice={voice}
              nowMs={nowMs}
            />
          </>
        )}
        <TouchKeyboard />
      </div>
    </LocaleContext.Provider>
  );
}
